/**
 * Counts as minutes write them: digits with or without a leading zero ("03", "3") or Vietnamese
 * number words ("ba", "mười lăm", "hai mươi mốt", "một trăm linh năm"). Matching runs on folded
 * text (see normalize.fold), so the word pattern below is diacritic-free; parsing then looks at the
 * words as written, because folding merges words that differ only by tone ("sáu" six / "sau" after,
 * "tám" eight / "tạm" temporary).
 */
import { fold, lower } from "./normalize";

/** Folded number words, for building regexes over folded text. */
const FOLDED_WORDS = "mot|hai|ba|bon|tu|nam|lam|nham|sau|bay|tam|chin|muoi|tram|linh|le";

/** One or more number words in folded text (no surrounding white space captured). */
export const NUMBER_WORDS_SOURCE = `(?:(?<![a-z])(?:${FOLDED_WORDS})(?![a-z0-9])(?:\\s+(?:${FOLDED_WORDS})(?![a-z0-9])){0,4})`;

/** A count in folded text: up to three digits or number words. */
export const COUNT_SOURCE = `(?:\\d{1,3}(?![\\d/])(?![.,]\\d)|${NUMBER_WORDS_SOURCE})`;

/** Units with their tone marks (what a writer who types tones means). */
const TONED_UNITS: ReadonlyMap<string, number> = new Map([
  ["không", 0],
  ["một", 1],
  ["mốt", 1],
  ["hai", 2],
  ["ba", 3],
  ["bốn", 4],
  ["tư", 4],
  ["năm", 5],
  ["lăm", 5],
  ["nhăm", 5],
  ["sáu", 6],
  ["bảy", 7],
  ["bẩy", 7],
  ["tám", 8],
  ["chín", 9],
]);
const TONED_TENS = new Set(["mười", "mươi"]);
const TONED_HUNDRED = "trăm";
const TONED_ZERO_TENS = new Set(["linh", "lẻ"]);

const FOLDED_UNITS: ReadonlyMap<string, number> = new Map(
  [...TONED_UNITS].map(([w, n]) => [fold(w), n] as [string, number]),
);

/** True when the text carries Vietnamese tone or vowel marks (so untoned words are meant as written). */
export function hasVietnameseMarks(text: string): boolean {
  return /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i.test(text);
}

/**
 * The value of number words. `strict`: words must carry their tone marks (use it when the
 * surrounding text is typed with tones, so "sau giờ làm việc" is not six o'clock).
 */
export function parseNumberWords(words: string, strict: boolean): number | undefined {
  const tokens = lower(words).split(/[\s-]+/).filter(Boolean);
  if (tokens.length === 0) return undefined;
  let hundreds = 0;
  let below = 0;
  let lastWasUnit = false;
  for (const token of tokens) {
    const key = strict ? token : fold(token);
    const unit = strict ? TONED_UNITS.get(key) : FOLDED_UNITS.get(key);
    if (unit !== undefined) {
      below += unit;
      lastWasUnit = true;
      continue;
    }
    if (strict ? TONED_TENS.has(key) : key === "muoi") {
      // "hai mươi" multiplies the unit before it; "mười" at the start is ten.
      below = lastWasUnit && below >= 1 && below <= 9 ? below * 10 : below + 10;
    } else if (key === (strict ? TONED_HUNDRED : "tram")) {
      hundreds += (below || 1) * 100;
      below = 0;
    } else if (!(strict ? TONED_ZERO_TENS.has(key) : key === "linh" || key === "le")) {
      return undefined;
    }
    lastWasUnit = false;
  }
  return hundreds + below;
}

/** A count written in digits ("03") or words ("mười lăm"); undefined when it is neither. */
export function parseCount(written: string, strict = false): number | undefined {
  const s = written.trim();
  if (/^\d+$/.test(s)) return Number(s);
  return parseNumberWords(s, strict);
}

/** A percentage as written ("88,9", "93.3", "100") → number. */
export function parsePercent(written: string): number | undefined {
  const n = Number(written.trim().replace(",", "."));
  return Number.isFinite(n) ? n : undefined;
}
