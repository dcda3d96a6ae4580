/** BB.PRESENT: how many members were present (G-HD12 II.1.2). "Dự họp đầy đủ" with the total known gives the count. */
import { defineRule } from "../types";
import { missingWithLine } from "./report";

export default defineRule({
  meta: {
    id: "bienban/require-present",
    elementId: "BB.PRESENT",
    description: "Biên bản ghi số đảng viên có mặt.",
    guidance: ["G-HD12"],
    fixable: true,
    messages: {
      missing: "Biên bản chưa ghi số đảng viên có mặt.",
    },
  },
  check(ctx) {
    const a = ctx.facts.attendance;
    if (a.present !== undefined || (a.full && a.total !== undefined)) return [];
    return [missingWithLine(ctx, "BB.PRESENT", "Có mặt: …/… đồng chí (chính thức …, dự bị …).")];
  },
});
