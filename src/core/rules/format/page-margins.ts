/**
 * FMT.MARGINS (format.md §8, ⚠): the expected margins ± the tolerance pass; margins inside the
 * profile's info range are reported as info; anything else is a warning. Unknown margins: nothing.
 */
import type { PageMargins } from "../../model/types";
import { defineRule, type Report } from "../types";
import { viNumber } from "./number-text";

const SIDES: readonly (readonly [keyof Omit<PageMargins, "header" | "footer">, string])[] = [
  ["top", "trên"],
  ["bottom", "dưới"],
  ["left", "trái"],
  ["right", "phải"],
];

export default defineRule({
  meta: {
    id: "bienban/page-margins",
    elementId: "FMT.MARGINS",
    description: "Lề trang trên, dưới, trái, phải theo hướng dẫn thể thức (mặc định 20, 20, 30, 15 mm).",
    guidance: ["G-HD36"],
    fixable: false,
    messages: {
      outside: "Lề trang{{where}} chưa đúng: {{sides}}.",
      acceptable: "Lề trang{{where}} khác mức khuyến nghị nhưng vẫn trong khoảng chấp nhận: {{sides}}.",
    },
  },
  check(ctx) {
    const { margins: expected, marginToleranceMm: tol, marginInfoRange: range } = ctx.profile.settings.layout;
    const sections = ctx.doc.sections;
    const reports: Report[] = [];
    sections.forEach((s, i) => {
      if (!s.margins) return;
      const off: string[] = [];
      let outside = false;
      for (const [side, label] of SIDES) {
        // A negative top or bottom margin means "fixed": its size is the absolute value.
        const value = Math.abs(s.margins[side]);
        if (Math.abs(value - expected[side]) <= tol) continue;
        off.push(`lề ${label} ${viNumber(value)} mm (khuyến nghị ${viNumber(expected[side])} mm)`);
        if (value < range.min[side] - tol || value > range.max[side] + tol) outside = true;
      }
      if (!off.length) return;
      const where = sections.length > 1 ? ` (phần ${i + 1})` : "";
      reports.push(outside ? { messageId: "outside", data: { where, sides: off.join(", ") } } : { messageId: "acceptable", data: { where, sides: off.join(", ") }, severity: "info" });
    });
    return reports;
  },
});
