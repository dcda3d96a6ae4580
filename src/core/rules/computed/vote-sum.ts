/**
 * CHK.VOTE_SUM (process.md §6): tán thành + không tán thành + ý kiến khác ≤ voters (the official
 * members present). Without attendance, the y of "x/y" bounds the sum: whichever base y is (voters,
 * N or C), none is smaller than the voters.
 */
import { officialPresent } from "../../arithmetic/member-counts";
import { defineRule, type Report } from "../types";
import { voteLabel } from "./lib/display";
import { spanLocation } from "./lib/location";
import { meetingAttendance, sourceNote } from "./lib/meeting-attendance";

export default defineRule({
  meta: {
    id: "bienban/vote-sum",
    elementId: "CHK.VOTE_SUM",
    description: "Tán thành + không tán thành + ý kiến khác không vượt số đảng viên chính thức có mặt.",
    guidance: ["G-HD16", "G-DL9"],
    fixable: false,
    messages: {
      sumAboveVoters:
        "{{vote}}: {{yes}} tán thành + {{no}} không tán thành + {{other}} ý kiến khác = {{sum}}, nhiều hơn số đảng viên chính thức có mặt ({{voters}}).{{basis}}",
      sumAboveOutOf: "{{vote}}: {{yes}} tán thành + {{no}} không tán thành + {{other}} ý kiến khác = {{sum}}, nhiều hơn {{outOf}} trong “{{yes}}/{{outOf}}”.",
    },
  },
  check(ctx) {
    const { attendance, source } = meetingAttendance(ctx);
    const op = officialPresent(attendance);
    const voters = op.exact ?? op.max;
    const reports: Report[] = [];
    for (const vote of ctx.facts.votes) {
      if (vote.yes === undefined) continue;
      const no = vote.no ?? 0;
      const other = vote.other ?? 0;
      const sum = vote.yes + no + other;
      const data = { vote: voteLabel(vote.subject), yes: vote.yes, no, other, sum };
      const location = spanLocation(ctx.doc, vote);
      if (voters !== undefined) {
        // tán thành alone above the voters is CHK.VOTE_PROBATIONARY's finding.
        if (sum > voters && vote.yes <= voters) reports.push({ messageId: "sumAboveVoters", data: { ...data, voters, basis: sourceNote(source) }, location });
      } else if (vote.outOf !== undefined && sum > vote.outOf) {
        reports.push({ messageId: "sumAboveOutOf", data: { ...data, outOf: vote.outOf }, location });
      }
    }
    return reports;
  },
});
