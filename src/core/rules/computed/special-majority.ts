/**
 * CHK.SPECIAL_MAJORITY (process.md §6, G-DL4): kết nạp and công nhận chính thức need 3 × tán thành
 * ≥ 2 × N. G-DL4 speaks of "official members"; whether the 9.3.2 exclusions apply unchanged is not
 * confirmed, so when N ≠ C both results are shown. The vote is by secret ballot or party card: a
 * show of hands is a warning.
 */
import { isAtLeastTwoThirds, twoThirdsNeeded } from "../../arithmetic/majority";
import { officialPresent } from "../../arithmetic/member-counts";
import { voteDenominator } from "../../arithmetic/vote-denominator";
import { yesCount } from "../../arithmetic/vote-yes";
import type { VoteSubject } from "../../facts/types";
import { defineRule, type Report } from "../types";
import { excerpt, voteLabel } from "./lib/display";
import { spanLocation } from "./lib/location";
import { meetingAttendance, sourceNote } from "./lib/meeting-attendance";

const special: readonly VoteSubject[] = ["admission", "confirmation"];

const INFERRED = " (không ghi số, tính bằng số đảng viên chính thức có mặt)";

export default defineRule({
  meta: {
    id: "bienban/special-majority",
    elementId: "CHK.SPECIAL_MAJORITY",
    description: "Kết nạp, công nhận đảng viên chính thức cần ít nhất hai phần ba đảng viên chính thức tán thành, bằng phiếu kín hoặc thẻ đảng viên.",
    guidance: ["G-DL4", "G-QD24"],
    fixable: false,
    messages: {
      belowTwoThirds:
        "{{vote}}: {{yes}} đồng chí tán thành{{yesNote}}, chưa đạt hai phần ba số đảng viên chính thức (N = {{n}}); cần ít nhất {{needed}} đồng chí tán thành.{{basis}}",
      belowTwoThirdsBoth:
        "{{vote}}: {{yes}} đồng chí tán thành{{yesNote}}, chưa đạt hai phần ba: cần ít nhất {{needed}} đồng chí khi tính trên N = {{n}}, {{neededOfficial}} đồng chí khi tính trên tổng số {{official}} đảng viên chính thức.{{basis}}",
      dependsOnBase:
        "{{vote}}: {{yes}} đồng chí tán thành{{yesNote}}, đạt hai phần ba khi tính trên N = {{n}} nhưng chưa đạt khi tính trên tổng số {{official}} đảng viên chính thức (cần {{neededOfficial}}); cần xác định căn cứ tính tỷ lệ.{{basis}}",
      showOfHands: "{{vote}} bằng hình thức giơ tay; việc này biểu quyết bằng phiếu kín hoặc bằng thẻ đảng viên.",
      askCounts: "{{vote}} chỉ ghi “{{text}}”, chưa ghi cụ thể số đồng chí tán thành, không tán thành.",
    },
  },
  check(ctx) {
    const { attendance, source } = meetingAttendance(ctx);
    const den = voteDenominator(attendance, ctx.profile.settings.voteDenominator);
    const op = officialPresent(attendance).exact;
    const basis = sourceNote(source);
    const reports: Report[] = [];
    for (const vote of ctx.facts.votes) {
      if (!special.includes(vote.subject)) continue;
      const location = spanLocation(ctx.doc, vote);
      const label = voteLabel(vote.subject);
      if (vote.method === "gio-tay") reports.push({ messageId: "showOfHands", data: { vote: label }, location, severity: "warning" });
      if (vote.yes === undefined && vote.countless) {
        reports.push({ messageId: "askCounts", data: { vote: label, text: excerpt(vote.text) }, location, severity: "info" });
      }
      const counted = yesCount(vote, op);
      if (vote.adopted === false || !den || den.n <= 0 || !counted) continue;
      const { yes } = counted;
      const data = {
        vote: label,
        yes,
        yesNote: counted.inferred ? INFERRED : "",
        n: den.n,
        needed: twoThirdsNeeded(den.n),
        official: den.official,
        neededOfficial: twoThirdsNeeded(den.official),
        basis,
      };
      const passesN = isAtLeastTwoThirds(yes, den.n);
      const passesC = isAtLeastTwoThirds(yes, den.official);
      if (!passesN) reports.push({ messageId: den.n === den.official ? "belowTwoThirds" : "belowTwoThirdsBoth", data, location });
      else if (!passesC) reports.push({ messageId: "dependsOnBase", data, location, severity: "warning" });
    }
    return reports;
  },
});
