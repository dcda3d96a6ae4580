/**
 * Dates of the drafts: ISO answers in, Party-style words out. The zero-padding rule of format.md §4
 * (CHK.DATE_FORMAT): days 01–09 and months 01–02 take a leading zero, months 3–12 do not.
 */
import { isRealDate } from "../text/dates";

export interface CalendarDate {
  day: number;
  month: number;
  year: number;
}

export interface CalendarMonth {
  month: number;
  year: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** "2025-11-05" → the date; undefined when malformed or not a real calendar date (2025-02-31). */
export function parseIsoDate(iso: string): CalendarDate | undefined {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(date.day, date.month, date.year) ? date : undefined;
}

/** "2025-12" → the month; undefined when malformed. */
export function parseIsoMonth(iso: string): CalendarMonth | undefined {
  const m = ISO_MONTH.exec(iso.trim());
  if (!m) return undefined;
  const month = { year: Number(m[1]), month: Number(m[2]) };
  return month.month >= 1 && month.month <= 12 ? month : undefined;
}

export function dayText(day: number): string {
  return String(day).padStart(2, "0");
}

export function monthText(month: number): string {
  return month <= 2 ? String(month).padStart(2, "0") : String(month);
}

/** "ngày 05 tháng 11 năm 2025". */
export function dateWords(d: CalendarDate): string {
  return `ngày ${dayText(d.day)} tháng ${monthText(d.month)} năm ${d.year}`;
}

/** "tháng 11 năm 2025". */
export function monthWords(m: CalendarMonth): string {
  return `tháng ${monthText(m.month)} năm ${m.year}`;
}

export function addMonths(m: CalendarMonth, n: number): CalendarMonth {
  const k = m.year * 12 + (m.month - 1) + n;
  return { year: Math.floor(k / 12), month: (k % 12) + 1 };
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function isoOf(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
