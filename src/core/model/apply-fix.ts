/**
 * The meaning of a Fix on the neutral model: tests, previews and the .docx writer use it; the Word
 * adapter mirrors it with Office.js. A stale fix (the text changed since the check) is refused.
 */
import type { Fix } from "../rules/types";
import { nfc } from "../text/normalize";
import type { DocModel, Paragraph, Run } from "./types";

export class StaleFixError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StaleFixError";
  }
}

/** Replaces raw[start, end) across runs: the new text goes into the first touched run. */
function replaceInRuns(runs: readonly Run[], start: number, end: number, text: string, font?: string): Run[] {
  const out: Run[] = [];
  let pos = 0;
  let inserted = false;
  for (const run of runs) {
    const runStart = pos;
    const runEnd = pos + run.text.length;
    pos = runEnd;
    if (runEnd <= start || runStart >= end) {
      // Untouched run; an empty range at a run boundary inserts into the earlier run below.
      if (!inserted && start === end && runEnd === start && run.text.length > 0) {
        out.push({ ...run, text: run.text + text });
        inserted = true;
        continue;
      }
      out.push(run);
      continue;
    }
    const before = run.text.slice(0, Math.max(0, start - runStart));
    const after = run.text.slice(Math.max(0, end - runStart));
    if (!inserted) {
      if (font !== undefined) {
        if (before) out.push({ ...run, text: before });
        // Drop the hAnsi font too: legacy text is drawn with it, so keeping it would leave the
        // converted characters in .VnTime.
        const { fontHAnsi: _legacy, ...format } = run.format;
        out.push({ text, format: { ...format, font } });
        if (after) out.push({ ...run, text: after });
      } else {
        out.push({ ...run, text: before + text + after });
      }
      inserted = true;
    } else if (before + after) {
      out.push({ ...run, text: before + after });
    }
  }
  if (!inserted) out.push({ text, format: font !== undefined ? { font } : {} });
  return out.filter((r) => r.text.length > 0);
}

function reindex(paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.map((p, index) => (p.index === index ? p : { ...p, index }));
}

export function applyFix(doc: DocModel, fix: Fix): DocModel {
  if (fix.kind === "replace-text") {
    const p = doc.paragraphs[fix.paragraph];
    if (!p || p.ref !== fix.ref) throw new StaleFixError("Đoạn văn cần sửa không còn ở vị trí cũ; hãy kiểm tra lại.");
    if (p.raw.slice(fix.start, fix.end) !== fix.expected) {
      throw new StaleFixError("Nội dung đã thay đổi từ lần kiểm tra trước; hãy kiểm tra lại trước khi sửa.");
    }
    const raw = p.raw.slice(0, fix.start) + fix.text + p.raw.slice(fix.end);
    const runs = replaceInRuns(p.runs, fix.start, fix.end, fix.text, fix.font);
    const paragraphs = doc.paragraphs.slice();
    paragraphs[fix.paragraph] = { ...p, raw, text: nfc(raw), runs };
    return { ...doc, paragraphs };
  }
  const after = fix.after;
  if (after >= 0) {
    const anchor = doc.paragraphs[after];
    if (!anchor || anchor.ref !== fix.ref) throw new StaleFixError("Đoạn văn làm mốc chèn không còn ở vị trí cũ; hãy kiểm tra lại.");
  }
  const anchor = after >= 0 ? doc.paragraphs[after] : undefined;
  const inserted: Paragraph[] = fix.paragraphs.map((np, i) => ({
    index: after + 1 + i,
    ref: `new-${after}-${i}`,
    text: nfc(np.text),
    raw: np.text,
    runs: [{ text: np.text, format: { bold: np.bold, italic: np.italic } }],
    alignment: np.alignment,
    container: anchor?.container === "table" ? "body" : anchor?.container ?? "body",
    controlTags: np.tag ? [np.tag] : [],
  }));
  const paragraphs = [...doc.paragraphs.slice(0, after + 1), ...inserted, ...doc.paragraphs.slice(after + 1)];
  // Paragraph indices after the insertion point shift; tables and controls follow them.
  const shift = (i: number) => (i > after ? i + inserted.length : i);
  return {
    ...doc,
    paragraphs: reindex(paragraphs),
    tables: doc.tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ cells: r.cells.map((c) => ({ paragraphs: c.paragraphs.map(shift) })) })) })),
    controls: doc.controls.map((c) => ({ ...c, first: c.first < 0 ? c.first : shift(c.first), last: c.last < 0 ? c.last : shift(c.last) })),
  };
}
