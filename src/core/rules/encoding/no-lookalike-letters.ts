/**
 * ENC.LOOKALIKE: Icelandic eth "Ð"/"ð" (U+00D0/U+00F0) typed for Vietnamese "Đ"/"đ" (U+0110/U+0111).
 * They look the same but search, sorting and spell-checking fail. Text pasted from TCVN3 or mojibake
 * also holds these characters; those paragraphs are the other ENC rules' findings.
 */
import { detectLegacyText } from "../../encoding/legacy-text";
import { mojibakeWords } from "../../encoding/mojibake";
import type { DocModel } from "../../model/types";
import { defineRule, type Report } from "../types";
import { groupEditsByRun, groupReports, type Edit } from "./group-edits";
import { ETH as ANY_ETH, textScan } from "./text-scan";
import { unicodeSegmentsAt } from "./unicode-segments";

const ETH: Record<string, string> = { "\u00d0": "\u0110", "\u00f0": "\u0111" };

/** The edits of doc.paragraphs[k] (its Unicode segments are shared by the ENC rules). */
function edits(doc: DocModel, k: number): Edit[] {
  const out: Edit[] = [];
  for (const seg of unicodeSegmentsAt.at(doc, k)) {
    if (!/[\u00d0\u00f0]/.test(seg.text)) continue;
    const legacy = detectLegacyText(seg.text);
    if (legacy.best || legacy.tie || mojibakeWords(seg.text).length) continue;
    for (const m of seg.text.matchAll(/[\u00d0\u00f0]/g)) {
      out.push({ start: seg.start + m.index, end: seg.start + m.index + 1, text: ETH[m[0]]! });
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: "bienban/no-lookalike-letters",
    elementId: "ENC.LOOKALIKE",
    description: "Chữ “Ð/ð” (eth, chữ Iceland) dùng thay cho “Đ/đ” tiếng Việt.",
    guidance: ["G-HD36"],
    fixable: true,
    messages: {
      lookalike: "Đoạn văn có {{count}} chữ “Ð/ð” (eth, chữ Iceland) thay cho “Đ/đ” tiếng Việt; trông giống nhau nhưng tìm kiếm và sắp xếp sẽ sai.",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    // Unicode segments are stretches of `raw`: without an eth there is nothing to replace.
    const scan = textScan(ctx.doc);
    if (!(scan.any & ANY_ETH)) return reports;
    for (let k = 0; k < ctx.doc.paragraphs.length; k++) {
      if (!(scan.paragraphs[k]! & ANY_ETH)) continue;
      const p = ctx.doc.paragraphs[k]!;
      const found = edits(ctx.doc, k);
      if (found.length) reports.push(...groupReports(p, groupEditsByRun(p, found), (g) => ({ messageId: "lookalike", data: { count: g.edits.length } })));
    }
    return reports;
  },
});
