/**
 * CHK.DURATION (process.md §5): end − start ≥ 90 minutes, ≥ 120 when a regular meeting also holds its
 * thematic part in the same session (minutes from the profile). Exactly the minimum passes; a meeting
 * running past midnight counts to the next day. Times out of order are CHK.TIME_ORDER's finding.
 */
import { elapsedMinutes, formatClock, requiredMinutes } from "../../arithmetic/meeting-duration";
import { defineRule } from "../types";
import { spanLocation } from "./lib/location";

export default defineRule({
  meta: {
    id: "bienban/meeting-duration",
    elementId: "CHK.DURATION",
    description: "Buổi sinh hoạt kéo dài ít nhất 90 phút (120 phút khi sinh hoạt thường kỳ kết hợp chuyên đề).",
    guidance: ["G-HD12", "G-HD42"],
    fixable: false,
    messages: {
      tooShort: "Buổi sinh hoạt kéo dài {{minutes}} phút (từ {{start}} đến {{end}}), ít hơn {{required}} phút.",
      tooShortCombined:
        "Buổi sinh hoạt thường kỳ kết hợp chuyên đề kéo dài {{minutes}} phút (từ {{start}} đến {{end}}), ít hơn {{required}} phút.",
    },
  },
  check(ctx) {
    const { startTime: start, endTime: end, thematic } = ctx.facts;
    if (!start || !end || !start.valid || !end.valid) return [];
    const elapsed = elapsedMinutes(start, end);
    if (!elapsed) return [];
    const required = requiredMinutes(ctx.type, thematic, ctx.profile.settings);
    if (elapsed.minutes >= required) return [];
    const combined = required !== ctx.profile.settings.duration.regularMinutes;
    return [
      {
        messageId: combined ? "tooShortCombined" : "tooShort",
        data: { minutes: elapsed.minutes, start: formatClock(start), end: formatClock(end), required },
        location: spanLocation(ctx.doc, end),
      },
    ];
  },
});
