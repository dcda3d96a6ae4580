/**
 * NQ.VOTE_RESULT: the nghị quyết states how it was adopted, "…/… đồng chí tán thành" (G-DL9, G-QD24).
 * A percentage or "nhất trí" alone is reported at info level, asking for the count (process.md §6).
 */
import { defineRule } from "../types";
import { at, missingWithLine } from "./report";

export default defineRule({
  meta: {
    id: "bienban/require-vote-result",
    elementId: "NQ.VOTE_RESULT",
    description: "Nghị quyết ghi kết quả biểu quyết thông qua: số đồng chí tán thành trên tổng số (và tỷ lệ).",
    guidance: ["G-DL9", "G-QD24"],
    fixable: true,
    messages: {
      missing: "Nghị quyết chưa ghi kết quả biểu quyết thông qua (số đồng chí tán thành).",
      noCount: "Nghị quyết chỉ ghi tỷ lệ hoặc \"nhất trí\", chưa ghi số đồng chí tán thành.",
    },
  },
  check(ctx) {
    const votes = ctx.facts.votes.filter((v) => v.subject !== "agenda" && v.subject !== "minutes" && v.subject !== "grade");
    if (votes.length === 0) {
      return [missingWithLine(ctx, "NQ.VOTE_RESULT", "Nghị quyết được Chi bộ thông qua ngày …, …/… đồng chí tán thành (…%).")];
    }
    if (votes.some((v) => !v.countless)) return [];
    return [{ messageId: "noCount", severity: "info", ...at(ctx, votes[0]) }];
  },
});
