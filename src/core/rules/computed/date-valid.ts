/**
 * CHK.DATE_VALID: every date is a real calendar date; the document's own date is not before the
 * meeting it records and not after today (ctx.today: the core has no clock).
 */
import { isoDate } from "../../facts/iso-date";
import { defineRule, type Report } from "../types";
import { allDates } from "./lib/all-dates";
import { formatDate } from "./lib/display";
import { spanLocation } from "./lib/location";

export default defineRule({
  meta: {
    id: "bienban/date-valid",
    elementId: "CHK.DATE_VALID",
    description: "Ngày tháng có thật; ngày văn bản không trước ngày họp và không sau ngày hiện tại.",
    guidance: ["G-HD36", "G-QD66", "G-QD399"],
    fixable: false,
    messages: {
      invalidDate: "Ngày “{{text}}” không có trên lịch.",
      beforeMeeting: "Ngày của văn bản ({{documentDate}}) trước ngày họp ({{meetingDate}}).",
      future: "Ngày của văn bản ({{documentDate}}) sau ngày hiện tại ({{today}}).",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const d of allDates(ctx.facts)) {
      if (!d.valid) reports.push({ messageId: "invalidDate", data: { text: d.text }, location: spanLocation(ctx.doc, d) });
    }
    const doc = ctx.facts.documentDate;
    const docIso = isoDate(doc);
    if (!doc || !docIso) return reports;
    const meeting = ctx.facts.meetingDate;
    const meetingIso = isoDate(meeting);
    const location = spanLocation(ctx.doc, doc);
    if (meeting && meetingIso && docIso < meetingIso) {
      reports.push({ messageId: "beforeMeeting", data: { documentDate: formatDate(doc), meetingDate: formatDate(meeting) }, location });
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(ctx.today) && docIso > ctx.today) {
      const [y, m, day] = ctx.today.split("-").map(Number) as [number, number, number];
      reports.push({ messageId: "future", data: { documentDate: formatDate(doc), today: formatDate({ day, month: m, year: y }) }, location });
    }
    return reports;
  },
});
