/**
 * FMT.PAGE: A4 portrait (format.md §8). Page size comes from the sections; a section whose size the
 * producer did not give is not judged.
 */
import { defineRule, type Report } from "../types";
import { viNumber } from "./number-text";

export default defineRule({
  meta: {
    id: "bienban/page-size",
    elementId: "FMT.PAGE",
    description: "Văn bản trình bày trên khổ giấy A4 (210 × 297 mm), đặt đứng.",
    guidance: ["G-HD36"],
    fixable: false,
    messages: {
      notA4: "Khổ giấy{{where}} là {{width}} × {{height}} mm, không phải khổ A4 ({{expectedWidth}} × {{expectedHeight}} mm).",
      landscape: "Trang{{where}} đặt nằm ngang; văn bản trình bày trên khổ A4 đứng.",
    },
  },
  check(ctx) {
    const { pageWidthMm, pageHeightMm, pageToleranceMm } = ctx.profile.settings.layout;
    const near = (a: number, b: number) => Math.abs(a - b) <= pageToleranceMm;
    const sections = ctx.doc.sections;
    const reports: Report[] = [];
    sections.forEach((s, i) => {
      const where = sections.length > 1 ? ` (phần ${i + 1})` : "";
      const { pageWidth: w, pageHeight: h } = s;
      if (w === undefined || h === undefined) {
        if (s.orientation === "landscape") reports.push({ messageId: "landscape", data: { where } });
        return;
      }
      if (near(w, pageWidthMm) && near(h, pageHeightMm)) return;
      if (near(w, pageHeightMm) && near(h, pageWidthMm)) {
        reports.push({ messageId: "landscape", data: { where } });
        return;
      }
      reports.push({
        messageId: "notA4",
        data: { where, width: viNumber(w), height: viNumber(h), expectedWidth: viNumber(pageWidthMm), expectedHeight: viNumber(pageHeightMm) },
      });
    });
    return reports;
  },
});
