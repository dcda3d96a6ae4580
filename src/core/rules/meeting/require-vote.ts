/**
 * BB.VOTE: the resolution or conclusion (and any admission or confirmation) is voted with a stated
 * method and counts (G-HD16, G-DL9). A vote with no method is an error of its own; "nhất trí" or a
 * bare percentage with no count is reported at info level, asking for explicit counts (process.md §6).
 */
import type { VoteFact } from "../../facts/types";
import { defineRule, type Report } from "../types";
import { at, missingWithLine } from "./report";

/** Votes that adopt the meeting's decisions (not the agenda, the minutes or the grade). */
const isDecision = (v: VoteFact) => v.subject !== "agenda" && v.subject !== "minutes" && v.subject !== "grade";

export default defineRule({
  meta: {
    id: "bienban/require-vote",
    elementId: "BB.VOTE",
    description: "Biên bản ghi biểu quyết thông qua kết luận, nghị quyết: hình thức biểu quyết và số tán thành, không tán thành, ý kiến khác.",
    guidance: ["G-HD16", "G-DL9"],
    fixable: true,
    messages: {
      missing: "Biên bản chưa ghi việc biểu quyết thông qua kết luận hoặc nghị quyết.",
      noMethod: "Biểu quyết chưa ghi hình thức (giơ tay, thẻ đảng viên, phiếu kín hoặc ứng dụng).",
      noCount: "Kết quả biểu quyết chưa ghi số đồng chí tán thành, không tán thành và ý kiến khác.",
    },
  },
  check(ctx) {
    const decisions = ctx.facts.votes.filter(isDecision);
    if (decisions.length === 0) {
      return [missingWithLine(ctx, "BB.VOTE", "Biểu quyết bằng hình thức …: …/… đồng chí tán thành, … không tán thành, … ý kiến khác.")];
    }
    const reports: Report[] = [];
    for (const v of decisions) {
      if (!v.method) reports.push({ messageId: "noMethod", ...at(ctx, v) });
      if (v.countless) reports.push({ messageId: "noCount", severity: "info", ...at(ctx, v) });
    }
    return reports;
  },
});
