/**
 * CHK.DATE_FORMAT (format.md §4): in "ngày … tháng … năm …" (the header's place-date line and the
 * body), days 01–09 and months 01, 02 take a leading zero; months 3–12 do not. Slash dates are
 * normal in the body and left alone. Re-padding digits is a safe fix.
 */
import type { DateFact } from "../../facts/types";
import type { DocModel } from "../../model/types";
import { defineRule, type Fix, type Report } from "../types";
import { allDates } from "./lib/all-dates";
import { spanLocation } from "./lib/location";

const pad2 = (n: number) => String(n).padStart(2, "0");

function expectedDay(day: number): string {
  return pad2(day);
}

function expectedMonth(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

interface Located {
  /** The date as it should read. */
  expected: string;
  /** Offsets (paragraph text) of the day … month stretch and its corrected text. */
  start: number;
  end: number;
  replacement: string;
}

/** Finds the day and month digits inside the date's span; undefined when they cannot be matched. */
function locate(doc: DocModel, d: DateFact, day: string, month: string): Located | undefined {
  const p = doc.paragraphs[d.paragraph];
  if (!p) return undefined;
  const seg = p.text.slice(d.start, d.end);
  const runs = [...seg.matchAll(/\d+/g)];
  const [dayRun, monthRun] = runs;
  if (!dayRun || !monthRun || dayRun[0] !== d.dayText || monthRun[0] !== d.monthText) return undefined;
  const dayAt = dayRun.index;
  const monthAt = monthRun.index;
  const middle = seg.slice(dayAt + dayRun[0].length, monthAt);
  const replacement = day + middle + month;
  return {
    expected: seg.slice(0, dayAt) + replacement + seg.slice(monthAt + monthRun[0].length),
    start: d.start + dayAt,
    end: d.start + monthAt + monthRun[0].length,
    replacement,
  };
}

export default defineRule({
  meta: {
    id: "bienban/date-format",
    elementId: "CHK.DATE_FORMAT",
    description: "Ngày 01–09 và tháng 01, 02 ghi có số 0 ở trước; tháng 3 đến 12 không có số 0.",
    guidance: ["G-HD36"],
    fixable: true,
    messages: {
      padding: "Ngày tháng “{{text}}” cần ghi là “{{expected}}” (ngày 01–09 và tháng 01, 02 có số 0 ở trước; tháng 3 đến 12 thì không).",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const d of allDates(ctx.facts)) {
      if (d.form !== "words" || !/^\d+$/.test(d.dayText) || !/^\d+$/.test(d.monthText)) continue;
      if (d.day < 1 || d.day > 31 || d.month < 1 || d.month > 12) continue;
      const day = expectedDay(d.day);
      const month = expectedMonth(d.month);
      if (d.dayText === day && d.monthText === month) continue;
      const found = locate(ctx.doc, d, day, month);
      const p = ctx.doc.paragraphs[d.paragraph];
      let fix: Fix | undefined;
      // Offsets are into the NFC text: a fix is offered only where raw is the same string.
      if (found && p && p.raw === p.text) {
        fix = { kind: "replace-text", paragraph: p.index, ref: p.ref, start: found.start, end: found.end, expected: p.raw.slice(found.start, found.end), text: found.replacement };
      }
      reports.push({
        messageId: "padding",
        data: { text: d.text, expected: found?.expected ?? `ngày ${day} tháng ${month} năm ${d.year}` },
        location: spanLocation(ctx.doc, d),
        fix,
      });
    }
    return reports;
  },
});
