/**
 * BB.MEMBERSHIP: the cell's total with its chính thức / dự bị split (G-HD09; needed for the vote
 * denominator of G-QD24 9.3.2). One side of the split written with the total gives the other.
 */
import { defineRule } from "../types";
import { at, missingWithLine } from "./report";

export default defineRule({
  meta: {
    id: "bienban/require-membership",
    elementId: "BB.MEMBERSHIP",
    description: "Biên bản ghi tổng số đảng viên của chi bộ, chia đảng viên chính thức và dự bị.",
    guidance: ["G-HD09", "G-QD24"],
    fixable: true,
    messages: {
      missing: "Biên bản chưa ghi tổng số đảng viên của chi bộ.",
      noSplit: "Biên bản ghi tổng số {{total}} đảng viên nhưng chưa ghi số đảng viên chính thức, dự bị.",
    },
  },
  check(ctx) {
    const a = ctx.facts.attendance;
    if (a.total === undefined) return [missingWithLine(ctx, "BB.MEMBERSHIP", "Tổng số đảng viên: … đồng chí (chính thức …, dự bị …).")];
    if (a.official === undefined && a.probationary === undefined) {
      return [{ messageId: "noSplit", data: { total: a.total }, ...at(ctx, a.spans.membership) }];
    }
    return [];
  },
});
