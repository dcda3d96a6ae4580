/**
 * ENC.NFD: Vietnamese typed as base letter + combining marks (tổ hợp, e.g. Windows' own Vietnamese
 * keyboard). It looks right but breaks search and sorting ("Đảng" ≠ "Đa\u0309ng"). Fix: NFC.
 */
import type { Paragraph } from "../../model/types";
import { defineRule, type Report } from "../types";
import { groupEditsByRun, groupReports, type Edit } from "./group-edits";
import { unicodeSegments } from "./unicode-segments";

/** A Vietnamese vowel (maybe already carrying a mark) followed by combining marks. */
const CLUSTER = /[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY][\u0300-\u036f]+/g;

function edits(p: Paragraph): Edit[] {
  const out: Edit[] = [];
  for (const seg of unicodeSegments(p)) {
    if (!/[\u0300-\u036f]/.test(seg.text)) continue;
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
    for (const p of ctx.doc.paragraphs) {
      const found = edits(p);
      if (found.length) reports.push(...groupReports(p, groupEditsByRun(p, found), (g) => ({ messageId: "decomposed", data: { count: g.edits.length } })));
    }
    return reports;
  },
});
