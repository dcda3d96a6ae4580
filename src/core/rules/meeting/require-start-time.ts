/** BB.START_TIME: the meeting's clock time and full date (G-HD16). "Thời gian: ngày 05/11/2025" alone lacks the time. */
import { defineRule } from "../types";
import { at, missingWithLine } from "./report";

export default defineRule({
  meta: {
    id: "bienban/require-start-time",
    elementId: "BB.START_TIME",
    description: "Biên bản ghi giờ, phút và ngày tháng năm bắt đầu cuộc họp.",
    guidance: ["G-HD16"],
    fixable: true,
    messages: {
      missing: "Biên bản chưa ghi thời gian bắt đầu cuộc họp (giờ, phút, ngày tháng năm).",
      noClock: "Biên bản ghi ngày họp ({{date}}) nhưng chưa ghi giờ bắt đầu.",
      noDate: "Biên bản ghi giờ bắt đầu ({{time}}) nhưng chưa ghi ngày họp.",
    },
  },
  check(ctx) {
    const { startTime, meetingDate } = ctx.facts;
    if (startTime && meetingDate) return [];
    if (meetingDate) return [{ messageId: "noClock", data: { date: meetingDate.text }, ...at(ctx, meetingDate) }];
    if (startTime) return [{ messageId: "noDate", data: { time: startTime.text }, ...at(ctx, startTime) }];
    return [missingWithLine(ctx, "BB.START_TIME", "Thời gian: … giờ … phút, ngày … tháng … năm …")];
  },
});
