/**
 * ENC.INVISIBLE: zero-width characters (U+200B–U+200D, U+2060, U+FEFF) anywhere, and soft hyphens
 * (U+00AD) inside words. A soft hyphen inside a word that reads as TCVN3 is the letter ư ("ng\u00adêi"
 * = người): that is ENC.LEGACY_TEXT's finding, as is any U+00AD in a TCVN3-font run (never seen
 * here). U+00A0 is often deliberate ("Số\u00a005") and is left alone.
 */
import { convertTcvn3 } from "../../encoding/tcvn3";
import { isVietnameseSyllable } from "../../encoding/vietnamese-syllable";
import { legacyWordSpans } from "../../encoding/word-spans";
import type { DocModel, Paragraph } from "../../model/types";
import { defineRule, type Report } from "../types";
import { groupEditsByRun, groupReports, type Edit, type EditGroup } from "./group-edits";
import { INVISIBLE, textScan } from "./text-scan";
import { unicodeSegmentsAt } from "./unicode-segments";

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const SOFT_HYPHEN = "\u00ad";

const kindNames = { zeroWidth: "ký tự độ rộng 0", softHyphen: "gạch nối mềm" } as const;

function softHyphenEdits(text: string, offset: number): Edit[] {
  const out: Edit[] = [];
  for (const w of legacyWordSpans(text)) {
    if (!w.text.includes(SOFT_HYPHEN)) continue;
    if (isVietnameseSyllable(convertTcvn3(w.text))) continue;
    for (let i = w.start + 1; i < w.end - 1; i++) {
      if (text[i] === SOFT_HYPHEN && /\p{L}/u.test(text[i - 1]!) && /\p{L}/u.test(text[i + 1]!)) {
        out.push({ start: offset + i, end: offset + i + 1, text: "" });
      }
    }
  }
  return out;
}

/** The edits of doc.paragraphs[k] (its Unicode segments are shared by the ENC rules). */
function edits(doc: DocModel, k: number): Edit[] {
  const out: Edit[] = [];
  for (const seg of unicodeSegmentsAt.at(doc, k)) {
    for (const m of seg.text.matchAll(ZERO_WIDTH)) out.push({ start: seg.start + m.index, end: seg.start + m.index + 1, text: "" });
    if (seg.text.includes(SOFT_HYPHEN)) out.push(...softHyphenEdits(seg.text, seg.start));
  }
  return out;
}

function kinds(p: Paragraph, group: EditGroup): string {
  const soft = group.edits.some((e) => p.raw[e.start] === SOFT_HYPHEN);
  const zero = group.edits.some((e) => p.raw[e.start] !== SOFT_HYPHEN);
  return [zero ? kindNames.zeroWidth : null, soft ? kindNames.softHyphen : null].filter(Boolean).join(", ");
}

export default defineRule({
  meta: {
    id: "bienban/no-invisible-characters",
    elementId: "ENC.INVISIBLE",
    description: "Ký tự ẩn (độ rộng 0, gạch nối mềm giữa từ) làm sai tìm kiếm và kiểm tra chính tả.",
    guidance: ["G-HD36"],
    fixable: true,
    messages: {
      invisible: "Đoạn văn có {{count}} ký tự ẩn ({{kinds}}); không nhìn thấy nhưng làm sai tìm kiếm và kiểm tra chính tả.",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    // Unicode segments are stretches of `raw`: a paragraph without these characters has no edit.
    const scan = textScan(ctx.doc);
    if (!(scan.any & INVISIBLE)) return reports;
    for (let k = 0; k < ctx.doc.paragraphs.length; k++) {
      if (!(scan.paragraphs[k]! & INVISIBLE)) continue;
      const p = ctx.doc.paragraphs[k]!;
      const found = edits(ctx.doc, k);
      if (found.length) {
        reports.push(...groupReports(p, groupEditsByRun(p, found), (g) => ({ messageId: "invisible", data: { count: g.edits.length, kinds: kinds(p, g) } })));
      }
    }
    return reports;
  },
});
