/**
 * Dates as minutes write them: the words form of the header and the opening ("ngày 05 tháng 11 năm
 * 2025", "ngày mồng 5 tháng 11 năm 2025") and the numeric forms of the body (05/11/2025, 5-11-2025,
 * 05.11.2025). Day and month are kept exactly as written for the zero-padding rule.
 */
import type { DateFact } from "../facts/types";

export type FoundDate = Omit<DateFact, "paragraph">;

/** On folded text: "ngay [mong|mung] D thang M [,] nam YYYY". */
const WORDS = /(?<![a-z])ngay\s*(?:mong\s+|mung\s+)?(\d{1,2})\s*,?\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4})(?!\d)/g;
/** D/M/YYYY with one separator used twice; not part of a longer number or a "Số 05-NQ/CB" code. */
const NUMERIC = /(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?!\d)(?![/.\-]\d)/g;

const HAS_NUMERIC = /\d[/.\-]\d{1,2}[/.\-]\d{4}/;

export function daysInMonth(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(day: number, month: number, year: number): boolean {
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

function make(text: string, start: number, end: number, dayText: string, monthText: string, yearText: string, form: FoundDate["form"]): FoundDate {
  const day = Number(dayText);
  const month = Number(monthText);
  const year = Number(yearText);
  return { start, end, day, month, year, text: text.slice(start, end), form, dayText, monthText, valid: isRealDate(day, month, year) };
}

/** Every full date (with a year) in a paragraph; `folded` is fold(text). Sorted by position. */
export function findDates(text: string, folded: string): FoundDate[] {
  const out: FoundDate[] = [];
  // exec loops rather than matchAll: matchAll copies the regex on every call (every paragraph).
  WORDS.lastIndex = 0;
  if (folded.includes("thang")) for (let m = WORDS.exec(folded); m; m = WORDS.exec(folded)) {
    const start = m.index;
    out.push(make(text, start, start + m[0].length, m[1]!, m[2]!, m[3]!, "words"));
  }
  NUMERIC.lastIndex = 0;
  if (HAS_NUMERIC.test(folded)) for (let m = NUMERIC.exec(folded); m; m = NUMERIC.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((d) => d.start < end && start < d.end)) continue;
    out.push(make(text, start, end, m[1]!, m[3]!, m[4]!, "numeric"));
  }
  return out.sort((a, b) => a.start - b.start);
}
