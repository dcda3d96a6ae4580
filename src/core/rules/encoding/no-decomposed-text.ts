/**
 * ENC.NFD: Vietnamese typed as base letter + combining marks (tổ hợp, e.g. Windows' own Vietnamese
 * keyboard). It looks right but breaks search and sorting ("Đảng" ≠ "Đa\u0309ng"). Fix: NFC.
 */
import type { DocModel } from "../../model/types";
import { defineRule, type Report } from "../types";
import { groupEditsByRun, groupReports, type Edit } from "./group-edits";
import { COMBINING as ANY_COMBINING, textScan } from "./text-scan";
import { unicodeSegmentsAt } from "./unicode-segments";

/** A Vietnamese vowel (maybe already carrying a mark) followed by combining marks. */
const CLUSTER = /[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY][\u0300-\u036f]+/g;

const COMBINING = /[\u0300-\u036f]/;

/** The edits of doc.paragraphs[k] (its Unicode segments are shared by the ENC rules). */
function edits(doc: DocModel, k: number): Edit[] {
  const out: Edit[] = [];
  for (const seg of unicodeSegmentsAt.at(doc, k)) {
    if (!COMBINING.test(seg.text)) continue;
    for (const m of seg.text.matchAll(CLUSTER)) {
      const composed = m[0].normalize("NFC");
      if (composed === m[0]) continue;
      out.push({ start: seg.start + m.index, end: seg.start + m.index + m[0].length, text: composed });
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: "bienban/no-decomposed-text",
    elementId: "ENC.NFD",
    description: "Chữ tiếng Việt viết dạng tổ hợp (dấu tách rời) cần chuyển sang dạng dựng sẵn (NFC).",
    guidance: ["G-HD36"],
    fixable: true,
    messages: {
      decomposed: "Đoạn văn có {{count}} chữ viết dạng tổ hợp (dấu tách rời khỏi chữ); trông giống nhau nhưng tìm kiếm, sắp xếp và kiểm tra chính tả sẽ sai.",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    // Unicode segments are stretches of `raw`: without a combining mark there is nothing to compose.
    const scan = textScan(ctx.doc);
    if (!(scan.any & ANY_COMBINING)) return reports;
    for (let k = 0; k < ctx.doc.paragraphs.length; k++) {
      if (!(scan.paragraphs[k]! & ANY_COMBINING)) continue;
      const p = ctx.doc.paragraphs[k]!;
      const found = edits(ctx.doc, k);
      if (found.length) reports.push(...groupReports(p, groupEditsByRun(p, found), (g) => ({ messageId: "decomposed", data: { count: g.edits.length } })));
    }
    return reports;
  },
});
