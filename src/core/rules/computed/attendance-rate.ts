/**
 * CHK.ATTENDANCE_RATE (process.md §6): (present − E_in) / (T − exempted − away − suspended) against
 * the profile's threshold and comparator (hd12: > 85 %, so 85,0 % fails; hd42: ≥ 90 %), and any
 * unexcused absence when the profile says it warns. A quality criterion, not validity: warnings.
 */
import { attendanceRate } from "../../arithmetic/attendance-rate";
import { absenceCount } from "../../arithmetic/member-counts";
import { describeThreshold } from "../../arithmetic/percent";
import { defineRule, type Report } from "../types";
import { spanLocation } from "./lib/location";

export default defineRule({
  meta: {
    id: "bienban/attendance-rate",
    elementId: "CHK.ATTENDANCE_RATE",
    description: "Tỷ lệ đảng viên dự họp đạt ngưỡng của hồ sơ quy định; không có đảng viên vắng không lý do.",
    guidance: ["G-HD12", "G-HD42"],
    fixable: false,
    messages: {
      belowThreshold: "Tỷ lệ đảng viên dự họp là {{rate}} ({{counted}}/{{expected}} đồng chí), chưa đạt mức {{threshold}}.",
      unexcused: "Có {{count}} đồng chí vắng không lý do{{names}}.",
    },
  },
  check(ctx) {
    const att = ctx.facts.attendance;
    const settings = ctx.profile.settings;
    const reports: Report[] = [];
    const rate = attendanceRate(att, settings);
    if (rate && !rate.meets) {
      reports.push({
        messageId: "belowThreshold",
        data: { rate: rate.text, counted: rate.counted, expected: rate.expected, threshold: describeThreshold(settings.attendance.percent, settings.attendance.comparator) },
        location: spanLocation(ctx.doc, att.spans.present),
      });
    }
    const unexcused = absenceCount(att.unexcused);
    if (settings.attendance.unexcusedWarns && att.unexcused && unexcused !== undefined && unexcused > 0) {
      const names = att.unexcused.names.length > 0 ? ` (${att.unexcused.names.join(", ")})` : "";
      reports.push({ messageId: "unexcused", data: { count: unexcused, names }, location: spanLocation(ctx.doc, att.unexcused) });
    }
    return reports;
  },
});
