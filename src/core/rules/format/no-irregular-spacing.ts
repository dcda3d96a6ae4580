/**
 * FMT.SPACING (format.md §12): two or three spaces between words, and spaces before , ; : . ! ?.
 * Left alone: the header block (aligned with tabs and spaces), leading indentation, longer runs of
 * spaces (deliberate alignment, e.g. signature lines), tabs, NBSP, and the spaces before "…", "..."
 * and a closing "./.". Fix: remove the extra spaces; never touches words.
 */
import type { Paragraph } from "../../model/types";
import { groupEditsByRun, groupReports, type Edit } from "../encoding/group-edits";
import { SPACING, textScan } from "../encoding/text-scan";
import { defineRule, type Report } from "../types";

/** Longer runs of spaces are layout, not a typing slip. */
const MAX_SLIP = 3;

const kindNames = { double: "hai dấu cách liền nhau", beforePunct: "dấu cách trước dấu câu" } as const;
type Kind = keyof typeof kindNames;

/** Every edit needs two spaces in a row or a space before punctuation. */
const MAY_NEED_EDIT = / {2}| [,;:.!?]/;

function spacingEdits(raw: string): (Edit & { kind: Kind })[] {
  const out: (Edit & { kind: Kind })[] = [];
  if (!MAY_NEED_EDIT.test(raw)) return out;
  for (const m of raw.matchAll(/ +/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0 || end === raw.length) continue; // indentation and trailing spaces
    if (/[\t\n]/.test(raw[start - 1]!)) continue;
    const next = raw.slice(end, end + 3);
    if (/^[,;:.!?]/.test(next) && !/^(\.\.\.|\.\/\.|\.\d)/.test(next)) {
      out.push({ start, end, text: "", kind: "beforePunct" });
    } else if (m[0].length >= 2 && m[0].length <= MAX_SLIP && !/^[\t\n]/.test(next)) {
      out.push({ start, end, text: " ", kind: "double" });
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: "bienban/no-irregular-spacing",
    elementId: "FMT.SPACING",
    description: "Không gõ thừa dấu cách giữa các từ hoặc trước dấu câu.",
    guidance: ["G-HD36"],
    fixable: true,
    messages: {
      spacing: "Đoạn văn có {{count}} chỗ thừa dấu cách ({{kinds}}).",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    const start = ctx.facts.header.bodyStart;
    // SPACING is MAY_NEED_EDIT on raw, read once per model: a paragraph without it has no edit.
    const scan = textScan(ctx.doc);
    if (!(scan.any & SPACING)) return reports;
    const paragraphs = ctx.doc.paragraphs;
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      if (p.index < start || p.container === "comment" || !(scan.paragraphs[k]! & SPACING)) continue;
      reports.push(...paragraphReports(p));
    }
    return reports;
  },
});

function paragraphReports(p: Paragraph): Report[] {
  const edits = spacingEdits(p.raw);
  if (!edits.length) return [];
  const kindOf = new Map(edits.map((e) => [e.start, e.kind]));
  return groupReports(p, groupEditsByRun(p, edits), (g) => {
    const kinds = new Set(g.edits.map((e) => kindOf.get(e.start)!));
    return { messageId: "spacing", data: { count: g.edits.length, kinds: [...kinds].map((k) => kindNames[k]).join(", ") } };
  });
}
