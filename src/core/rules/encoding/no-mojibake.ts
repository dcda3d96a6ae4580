/**
 * ENC.MOJIBAKE: UTF-8 text read as Windows-1252 ("Ä‘", "áº¡", "á»‡"). Words whose bytes survived
 * are restored exactly; when a tool dropped bytes on the way the paragraph needs retyping.
 */
import { mojibakeWords } from "../../encoding/mojibake";
import type { Paragraph } from "../../model/types";
import { defineRule, type Report } from "../types";
import { groupEditsByRun, groupReports } from "./group-edits";
import { MOJIBAKE, textScan } from "./text-scan";
import { unicodeSegmentsAt, type Segment } from "./unicode-segments";

/** C1 controls (bytes Windows-1252 leaves undefined) are invisible in a message. */
function visible(word: string): string {
  return word.replace(/[\u0080-\u009f]/g, "");
}

function segmentReports(p: Paragraph, seg: Segment): Report[] {
  const words = mojibakeWords(seg.text);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return [];
  const lost = words.find((w) => w.decoded === null);
  if (lost) {
    return [
      {
        messageId: "lossy",
        data: { count: words.length, word: visible(lost.text) },
        location: { paragraph: p.index, ref: p.ref, start: seg.start + first.start, end: seg.start + last.end },
      },
    ];
  }
  const edits = words.map((w) => ({ start: seg.start + w.start, end: seg.start + w.end, text: w.decoded! }));
  return groupReports(p, groupEditsByRun(p, edits), (g) => {
    const e = g.edits[0]!;
    return { messageId: "mojibake", data: { count: g.edits.length, word: visible(p.raw.slice(e.start, e.end)), decoded: e.text } };
  });
}

export default defineRule({
  meta: {
    id: "bienban/no-mojibake",
    elementId: "ENC.MOJIBAKE",
    description: "Chữ lỗi mã: văn bản UTF-8 bị đọc nhầm thành Windows-1252 khi sao chép từ web, e-mail, CSV.",
    guidance: ["G-HD36"],
    fixable: true,
    messages: {
      mojibake: "Đoạn văn có {{count}} từ lỗi mã (chữ UTF-8 bị đọc nhầm thành Windows-1252): “{{word}}” là “{{decoded}}”.",
      lossy:
        "Đoạn văn có {{count}} từ lỗi mã (chữ UTF-8 bị đọc nhầm thành Windows-1252, ví dụ “{{word}}”) đã mất ký tự, không khôi phục tự động được; cần gõ lại.",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    const scan = textScan(ctx.doc);
    if (!(scan.any & MOJIBAKE)) return reports;
    const paragraphs = ctx.doc.paragraphs;
    for (let k = 0; k < paragraphs.length; k++) {
      // mojibakeWords finds nothing in a stretch of a raw text that fails its pre-check.
      if (!(scan.paragraphs[k]! & MOJIBAKE)) continue;
      for (const seg of unicodeSegmentsAt.at(ctx.doc, k)) for (const r of segmentReports(paragraphs[k]!, seg)) reports.push(r);
    }
    return reports;
  },
});
