/**
 * The date of the place-date line: "ngày 05 tháng 11 năm 2025", also typed without tone marks, with
 * number words ("ngày mười lăm"), or as "05/11/2025". Self-contained on purpose: the header must not
 * wait for the body date parser.
 */
import { fold } from "../text/normalize";
import type { DateFact } from "./types";

const UNITS: Record<string, number> = {
  khong: 0, mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9,
};

/** "5", "05", "mười lăm", "hai mươi mốt", "mồng 5" → number; blanks and dots → undefined. */
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;

export function parseDayOrMonth(written: string): number | undefined {
  // The usual "05": digits fold, trim and split to themselves.
  if (ONE_OR_TWO_DIGITS.test(written)) return Number(written);
  const words = fold(written).replace(/^(mong|mung)\s+/, "").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  if (words.length === 1 && /^\d{1,2}$/.test(words[0]!)) return Number(words[0]);
  const unit = (w: string | undefined) => (w === undefined ? undefined : UNITS[w]);
  const [a, b, c] = words;
  if (words.length > 3) return undefined;
  if (a === "muoi") {
    if (b === undefined) return 10;
    const u = unit(b);
    return c === undefined && u !== undefined && u > 0 ? 10 + u : undefined;
  }
  const tens = unit(a);
  if (tens === undefined) return undefined;
  if (b === undefined) return tens;
  if (b !== "muoi" || tens < 2) return undefined;
  if (c === undefined) return tens * 10;
  const u = unit(c);
  return u !== undefined && u > 0 ? tens * 10 + u : undefined;
}

export function isRealDate(day: number, month: number, year: number): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return false;
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** A "ngày … tháng … năm …" phrase, even with blanks left for the registry ("ngày    tháng 11 năm 2021"). */
export interface DatePhrase {
  start: number;
  end: number;
  dayText: string;
  monthText: string;
  yearText: string;
}

// On folded text: lazy captures keep "tháng năm năm 2025" (month five) readable.
const WORDS_WITH_YEAR = /\bngay\s*([^,;:\d]{0,24}?|\d{1,2})\s*thang\s*([^,;:\d]{0,24}?|\d{1,2})\s*nam\s*(\d{4})/d;
const WORDS = /\bngay\s*([^,;:\d]{0,24}?|\d{1,2})\s*thang\s*([^,;:\d]{0,24}?|\d{1,2})\s*nam(?![a-z])\s*(\d{4})?/d;
const NUMERIC = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/d;

export function findDatePhrase(text: string): DatePhrase | undefined {
  const folded = fold(text);
  // Both patterns need "ngay": most header lines are spared two scans.
  if (!folded.includes("ngay")) return undefined;
  const m = WORDS_WITH_YEAR.exec(folded) ?? WORDS.exec(folded);
  if (!m || !m.indices) return undefined;
  const slice = (k: number) => {
    const r = m.indices?.[k];
    return r ? text.slice(r[0], r[1]).trim() : "";
  };
  return { start: m.index, end: m.index + m[0].length, dayText: slice(1), monthText: slice(2), yearText: slice(3) };
}

/** The first date in `text` (words form first, then numeric), as a DateFact of paragraph `paragraph`. */
export function parseHeaderDate(text: string, paragraph: number, offset = 0): DateFact | undefined {
  const phrase = findDatePhrase(text);
  if (phrase) {
    const day = parseDayOrMonth(phrase.dayText);
    const month = parseDayOrMonth(phrase.monthText);
    if (day !== undefined && month !== undefined && phrase.yearText) {
      const year = Number(phrase.yearText);
      return {
        paragraph,
        start: offset + phrase.start,
        end: offset + phrase.end,
        day,
        month,
        year,
        text: text.slice(phrase.start, phrase.end),
        form: "words",
        dayText: phrase.dayText,
        monthText: phrase.monthText,
        valid: isRealDate(day, month, year),
      };
    }
  }
  const n = NUMERIC.exec(text);
  if (!n || !n.indices) return undefined;
  const [, d, , mo, y] = n;
  const day = Number(d);
  const month = Number(mo);
  const year = Number(y);
  return {
    paragraph,
    start: offset + n.index,
    end: offset + n.index + n[0].length,
    day,
    month,
    year,
    text: n[0],
    form: "numeric",
    dayText: d ?? "",
    monthText: mo ?? "",
    valid: isRealDate(day, month, year),
  };
}
