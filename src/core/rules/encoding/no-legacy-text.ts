/**
 * ENC.LEGACY_TEXT: TCVN3 or VNI text pasted into Unicode-font runs ("cña", "§¶ng", "cuûa", "Ñaûng").
 * Words are scored, never single characters. The fix converts the changed words only when no real
 * Unicode word would change with them; otherwise the paragraph needs retyping and no fix is offered.
 */
import { legacyKindLabel } from "../../encoding/legacy-font";
import { detectLegacyText, mayHoldLegacyText, type KindAnalysis } from "../../encoding/legacy-text";
import type { Paragraph } from "../../model/types";
import { defineRule, type Report } from "../types";
import { groupEditsByRun, groupReports } from "./group-edits";
import { LEGACY_FONT_RUN, LEGACY_WORD, textScan } from "./text-scan";
import { unicodeSegmentsAt, type Segment } from "./unicode-segments";

function example(best: KindAnalysis) {
  const w = best.words.find((x) => x.strong) ?? best.words.find((x) => x.class === "legacy") ?? best.words[0]!;
  return { word: w.text, converted: w.converted };
}

function segmentReports(p: Paragraph, seg: Segment): Report[] {
  if (!mayHoldLegacyText(seg.text)) return [];
  const analysis = detectLegacyText(seg.text);
  if (analysis.tie) {
    const range = analysis.tcvn3.range;
    return [{ messageId: "unknownEncoding", location: { paragraph: p.index, ref: p.ref, start: seg.start + range.start, end: seg.start + range.end } }];
  }
  const best = analysis.best;
  if (!best) return [];
  const encoding = legacyKindLabel[best.kind];
  const legacyCount = best.words.filter((w) => w.class === "legacy").length;
  if (!best.confident) {
    return [
      {
        messageId: "mixed",
        data: { count: legacyCount, encoding, ...example(best) },
        location: { paragraph: p.index, ref: p.ref, start: seg.start + best.range.start, end: seg.start + best.range.end },
      },
    ];
  }
  const edits = best.words.map((w) => ({ start: seg.start + w.start, end: seg.start + w.end, text: w.converted }));
  return groupReports(p, groupEditsByRun(p, edits), (g) => ({
    messageId: "legacyText",
    data: { count: g.edits.length, encoding, ...example(best) },
  }));
}

export default defineRule({
  meta: {
    id: "bienban/no-legacy-text",
    elementId: "ENC.LEGACY_TEXT",
    description: "Chữ mã TCVN3 hoặc VNI dán vào phông Unicode hiện thành chữ lỗi, cần chuyển mã.",
    guidance: ["G-HD36"],
    fixable: true,
    messages: {
      legacyText: "Đoạn văn có {{count}} từ gõ bằng bảng mã {{encoding}} trong phông Unicode, hiện thành chữ lỗi (“{{word}}” là “{{converted}}”).",
      mixed:
        "Đoạn văn có {{count}} từ gõ bằng bảng mã {{encoding}} (“{{word}}” là “{{converted}}”) lẫn với chữ Unicode hoặc từ đọc được theo cả hai cách; không chuyển mã tự động được, cần kiểm tra và gõ lại.",
      unknownEncoding: "Đoạn văn có chữ gõ bằng bảng mã cũ (TCVN3 hoặc VNI) trong phông Unicode, hiện thành chữ lỗi; cần gõ lại.",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    const paragraphs = ctx.doc.paragraphs;
    // Without a legacy-font run a paragraph's one segment is raw itself (or none), and the scan has
    // already asked mayHoldLegacyText of raw.
    const scan = textScan(ctx.doc);
    if (!(scan.any & (LEGACY_WORD | LEGACY_FONT_RUN))) return reports;
    for (let k = 0; k < paragraphs.length; k++) {
      if (!(scan.paragraphs[k]! & (LEGACY_WORD | LEGACY_FONT_RUN))) continue;
      for (const seg of unicodeSegmentsAt.at(ctx.doc, k)) for (const r of segmentReports(paragraphs[k]!, seg)) reports.push(r);
    }
    return reports;
  },
});
