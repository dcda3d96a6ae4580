/**
 * CHK.VOTE_PROBATIONARY (process.md §6, G-DL3): probationary members never vote. A tán thành count
 * above the official members present is an error, and so is an "x/y" whose y counts everyone
 * present (when probationary members attended) or the whole register (when it has any). A y that is
 * none of the usual bases (official present, N, C) is worth a word, no more.
 */
import { officialCount, officialPresent, presentCount, probationaryCount, registerTotal } from "../../arithmetic/member-counts";
import { voteDenominator } from "../../arithmetic/vote-denominator";
import { defineRule, type Report } from "../types";
import { voteLabel } from "./lib/display";
import { spanLocation } from "./lib/location";
import { meetingAttendance, sourceNote } from "./lib/meeting-attendance";

export default defineRule({
  meta: {
    id: "bienban/vote-probationary",
    elementId: "CHK.VOTE_PROBATIONARY",
    description: "Đảng viên dự bị không biểu quyết: số biểu quyết không vượt số đảng viên chính thức có mặt.",
    guidance: ["G-DL3"],
    fixable: false,
    messages: {
      yesAboveOfficial:
        "{{vote}}: {{yes}} đồng chí tán thành, nhiều hơn số đảng viên chính thức có mặt ({{official}}); đảng viên dự bị không biểu quyết.{{basis}}",
      yesAboveOfficialMax:
        "{{vote}}: {{yes}} đồng chí tán thành, nhiều hơn số đảng viên chính thức có thể có mặt (nhiều nhất {{official}}); đảng viên dự bị không biểu quyết.{{basis}}",
      outOfPresent:
        "{{vote}}: “{{yes}}/{{outOf}}” lấy cả {{probationary}} đảng viên dự bị có mặt làm người biểu quyết; đảng viên dự bị không biểu quyết, chỉ {{official}} đảng viên chính thức có mặt được biểu quyết.{{basis}}",
      outOfTotal:
        "{{vote}}: “{{yes}}/{{outOf}}” tính trên tổng số đảng viên kể cả {{probationary}} đảng viên dự bị; tỷ lệ biểu quyết chỉ tính trên đảng viên chính thức ({{official}}).{{basis}}",
      outOfUnclear:
        "{{vote}}: trong “{{yes}}/{{outOf}}”, số {{outOf}} không phải số đảng viên chính thức có mặt ({{present}}), số tính tỷ lệ (N = {{n}}) hay tổng số đảng viên chính thức ({{official}}); nên ghi rõ căn cứ.{{basis}}",
    },
  },
  check(ctx) {
    const { attendance, source } = meetingAttendance(ctx);
    const op = officialPresent(attendance);
    const present = presentCount(attendance);
    const c = officialCount(attendance);
    const d = probationaryCount(attendance);
    const t = registerTotal(attendance);
    const den = voteDenominator(attendance, ctx.profile.settings.voteDenominator);
    const basis = sourceNote(source);
    const reports: Report[] = [];
    for (const vote of ctx.facts.votes) {
      const location = spanLocation(ctx.doc, vote);
      const label = voteLabel(vote.subject);
      const bound = op.exact ?? op.max;
      if (vote.yes !== undefined && bound !== undefined && vote.yes > bound) {
        reports.push({ messageId: op.exact !== undefined ? "yesAboveOfficial" : "yesAboveOfficialMax", data: { vote: label, yes: vote.yes, official: bound, basis }, location });
        continue;
      }
      const y = vote.outOf;
      if (y === undefined || vote.yes === undefined) continue;
      // y may legitimately be the voters, N (either reading of X) or C: never flag those.
      const legitimate = [op.exact, den?.n, den?.nExcusedAccepted, den?.nExcusedNotAccepted, c].filter((v): v is number => v !== undefined);
      if (legitimate.includes(y)) continue;
      const probationaryPresent = present !== undefined && op.exact !== undefined ? present - op.exact : attendance.presentProbationary;
      if (present !== undefined && y === present && probationaryPresent !== undefined && probationaryPresent > 0 && op.exact !== undefined) {
        reports.push({ messageId: "outOfPresent", data: { vote: label, yes: vote.yes, outOf: y, probationary: probationaryPresent, official: op.exact, basis }, location });
      } else if (t !== undefined && d !== undefined && d > 0 && y === t && c !== undefined) {
        reports.push({ messageId: "outOfTotal", data: { vote: label, yes: vote.yes, outOf: y, probationary: d, official: c, basis }, location });
      } else if (op.exact !== undefined && den && c !== undefined) {
        reports.push({
          messageId: "outOfUnclear",
          severity: "info",
          data: { vote: label, yes: vote.yes, outOf: y, present: op.exact, n: den.n, official: c, basis },
          location,
        });
      }
    }
    return reports;
  },
});
