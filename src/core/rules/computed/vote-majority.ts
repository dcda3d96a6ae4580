/**
 * CHK.VOTE_MAJORITY (process.md §6): a decision is adopted only when 2 × tán thành > N, N being the
 * official members less the G-QD24 9.3.2 exclusions, never those present. When the count of
 * "vắng có lý do" decides the outcome, both readings are shown (whether the chi ủy accepted the
 * reasons is seldom written). Countless votes count the official members present and ask for numbers.
 */
import { isMoreThanHalf, majorityNeeded } from "../../arithmetic/majority";
import { officialPresent } from "../../arithmetic/member-counts";
import { voteDenominator } from "../../arithmetic/vote-denominator";
import { yesCount } from "../../arithmetic/vote-yes";
import type { VoteFact, VoteSubject } from "../../facts/types";
import { defineRule, type Report } from "../types";
import { excerpt, voteLabel } from "./lib/display";
import { spanLocation } from "./lib/location";
import { meetingAttendance, sourceNote } from "./lib/meeting-attendance";

/** Admission and confirmation need two thirds: CHK.SPECIAL_MAJORITY checks them. */
const special: readonly VoteSubject[] = ["admission", "confirmation"];
/** Votes whose counts the minutes and the nghị quyết must state (not agenda or read-back). */
const decisions: readonly VoteSubject[] = ["resolution", "conclusion"];

const INFERRED = " (không ghi số, tính bằng số đảng viên chính thức có mặt)";

function outcome(yes: number, n: number): string {
  return isMoreThanHalf(yes, n) ? "đạt quá nửa" : `không đạt quá nửa (cần ít nhất ${majorityNeeded(n)})`;
}

export default defineRule({
  meta: {
    id: "bienban/vote-majority",
    elementId: "CHK.VOTE_MAJORITY",
    description: "Số tán thành phải quá nửa số đảng viên chính thức tính tỷ lệ (N), không tính trên số có mặt.",
    guidance: ["G-DL9", "G-QD24"],
    fixable: false,
    messages: {
      notMajority:
        "{{vote}}: {{yes}} đồng chí tán thành{{yesNote}}, không quá nửa số đảng viên chính thức tính tỷ lệ (N = {{n}}); cần ít nhất {{needed}} đồng chí tán thành mới được thông qua.{{basis}}",
      exactlyHalf:
        "{{vote}}: {{yes}} đồng chí tán thành{{yesNote}}, đúng một nửa số đảng viên chính thức tính tỷ lệ (N = {{n}}), chưa phải quá nửa; cần ít nhất {{needed}} đồng chí tán thành mới được thông qua.{{basis}}",
      dependsOnExcuses:
        "{{vote}}: {{yes}} đồng chí tán thành{{yesNote}}; kết quả phụ thuộc việc chi ủy có chấp nhận lý do vắng của {{excused}} đồng chí: nếu chấp nhận, N = {{nAccepted}} và {{resultAccepted}}; nếu không, N = {{nNotAccepted}} và {{resultNotAccepted}}. Biên bản cần ghi rõ lý do vắng đã được chấp nhận.{{basis}}",
      askCounts:
        "{{vote}} chỉ ghi “{{text}}”, chưa ghi cụ thể số đồng chí tán thành, không tán thành và ý kiến khác.",
    },
  },
  check(ctx) {
    const { attendance, source } = meetingAttendance(ctx);
    const den = voteDenominator(attendance, ctx.profile.settings.voteDenominator);
    const op = officialPresent(attendance).exact;
    const reports: Report[] = [];
    for (const vote of ctx.facts.votes) {
      if (special.includes(vote.subject)) continue;
      const location = spanLocation(ctx.doc, vote);
      const label = voteLabel(vote.subject);
      if (vote.yes === undefined && vote.countless && decisions.includes(vote.subject)) {
        reports.push({ messageId: "askCounts", data: { vote: label, text: excerpt(vote.text) }, location, severity: "info" });
      }
      const report = judge(vote, label, den, op);
      if (report) reports.push({ ...report, data: { ...report.data, basis: sourceNote(source) }, location });
    }
    return reports;
  },
});

function judge(vote: VoteFact, label: string, den: ReturnType<typeof voteDenominator>, op: number | undefined): Report | undefined {
  // A vote the text records as not adopted claims nothing the majority could contradict.
  if (vote.adopted === false || !den || den.n <= 0) return undefined;
  const counted = yesCount(vote, op);
  if (!counted) return undefined;
  const { yes } = counted;
  const yesNote = counted.inferred ? INFERRED : "";
  const passes = isMoreThanHalf(yes, den.n);
  const ambiguous = den.excused > 0 && !den.excusedCertain && isMoreThanHalf(yes, den.nExcusedAccepted) !== isMoreThanHalf(yes, den.nExcusedNotAccepted);
  if (ambiguous) {
    return {
      messageId: "dependsOnExcuses",
      severity: passes ? "warning" : "error",
      data: {
        vote: label,
        yes,
        yesNote,
        excused: den.excused,
        nAccepted: den.nExcusedAccepted,
        nNotAccepted: den.nExcusedNotAccepted,
        resultAccepted: outcome(yes, den.nExcusedAccepted),
        resultNotAccepted: outcome(yes, den.nExcusedNotAccepted),
      },
    };
  }
  if (passes) return undefined;
  return {
    messageId: 2 * yes === den.n ? "exactlyHalf" : "notMajority",
    data: { vote: label, yes, yesNote, n: den.n, needed: majorityNeeded(den.n) },
  };
}
