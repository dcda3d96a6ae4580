/**
 * CHK.TIME_ORDER: times are real clock times and the meeting ends after it starts (an evening
 * meeting may end after midnight; see arithmetic/meeting-duration).
 */
import { elapsedMinutes, formatClock } from "../../arithmetic/meeting-duration";
import { defineRule, type Report } from "../types";
import { spanLocation } from "./lib/location";

export default defineRule({
  meta: {
    id: "bienban/time-order",
    elementId: "CHK.TIME_ORDER",
    description: "Giờ ghi trong biên bản là giờ có thật; giờ kết thúc sau giờ bắt đầu.",
    guidance: ["G-HD16"],
    fixable: false,
    messages: {
      invalidTime: "Giờ “{{text}}” không phải giờ có thật.",
      endNotAfterStart: "Giờ kết thúc ({{end}}) không sau giờ bắt đầu ({{start}}).",
    },
  },
  check(ctx) {
    const { startTime: start, endTime: end, times } = ctx.facts;
    const seen = new Set<string>();
    const reports: Report[] = [];
    for (const t of [start, end, ...times]) {
      if (!t) continue;
      const key = `${t.paragraph}:${t.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!t.valid) reports.push({ messageId: "invalidTime", data: { text: t.text }, location: spanLocation(ctx.doc, t) });
    }
    if (start?.valid && end?.valid && !elapsedMinutes(start, end)) {
      reports.push({ messageId: "endNotAfterStart", data: { start: formatClock(start), end: formatClock(end) }, location: spanLocation(ctx.doc, end) });
    }
    return reports;
  },
});
