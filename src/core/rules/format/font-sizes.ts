/**
 * FMT.SIZES (format.md §2, Phụ lục 3 of 36-HD/VPTW): party title 15 bold, issuing cell 14 bold, type
 * name 15–16 bold, body 14–15, all from the profile. The header lines are found through the header
 * facts, whatever mechanism lays them out; the body size is the size carrying the most body text.
 * Sizes or bold the model does not know are not judged.
 */
import type { Span } from "../../facts/types";
import type { DocModel, Paragraph } from "../../model/types";
import type { Range } from "../../profiles/types";
import { defineRule, type Report } from "../types";
import { rangeText, viNumber } from "./number-text";
import { allBold, dominant, dominantInParagraphs, runParts, sizeOf } from "./run-stats";

/** The runs of a header line: the span's own range when offsets carry over (raw is NFC). */
function lineParts(p: Paragraph, span: Span) {
  return p.raw === p.text ? runParts(p, span.start, span.end) : runParts(p);
}

function lineReports(doc: DocModel, span: Span | undefined, line: string, range: Range): Report[] {
  const p = span && doc.paragraphs[span.paragraph];
  if (!span || !p) return [];
  const parts = lineParts(p, span);
  const location = { paragraph: p.index, ref: p.ref };
  const reports: Report[] = [];
  const size = dominant(parts, sizeOf(doc));
  if (size !== undefined && (size < range.min || size > range.max)) {
    reports.push({ messageId: "lineSize", data: { line, size: viNumber(size), expected: rangeText(range) }, location });
  }
  if (allBold(parts) === false) reports.push({ messageId: "lineNotBold", data: { line }, location });
  return reports;
}

export default defineRule({
  meta: {
    id: "bienban/font-sizes",
    elementId: "FMT.SIZES",
    description: "Cỡ chữ: tiêu đề 15 đậm, tên chi bộ 14 đậm, tên loại văn bản 15–16 đậm, nội dung 14–15.",
    guidance: ["G-HD36"],
    fixable: false,
    messages: {
      lineSize: "{{line}} cỡ chữ {{size}}; quy định cỡ {{expected}}.",
      lineNotBold: "{{line}} chưa in đậm.",
      bodySize: "Phần nội dung cỡ chữ {{size}}; quy định cỡ {{expected}}.",
      bodyStateSize: "Phần nội dung cỡ chữ {{size}}, là cỡ chữ quen dùng của văn bản hành chính nhà nước; văn bản của Đảng dùng cỡ {{expected}}.",
    },
  },
  check(ctx) {
    const { sizes, stateBodySize } = ctx.profile.settings.layout;
    const { doc } = ctx;
    const header = ctx.facts.header;
    const reports = [
      ...lineReports(doc, header.partyTitle, "Dòng tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”", sizes.partyTitle),
      ...lineReports(doc, header.issuer, "Tên chi bộ ban hành", sizes.issuer),
      ...lineReports(doc, header.typeTitle, "Tên loại văn bản", sizes.typeTitle),
    ];
    const size = dominantInParagraphs(doc, (p) => p.index >= header.bodyStart && p.container === "body", sizeOf(doc));
    if (size !== undefined && (size < sizes.body.min || size > sizes.body.max)) {
      const messageId = size === stateBodySize ? "bodyStateSize" : "bodySize";
      reports.push({ messageId, data: { size: viNumber(size), expected: rangeText(sizes.body) } });
    }
    return reports;
  },
});
