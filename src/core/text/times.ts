/**
 * Clock times as minutes write them: "19 giờ 30 phút", "19 giờ 30", "19 giờ", "19h30", "19h30'",
 * "8h00'", "7g30", "14:00", hour number words ("tám giờ ba mươi phút") and a part of the day ("2 giờ
 * chiều" = 14:00). Durations ("trong 2 giờ", "kéo dài 3 giờ") are not clock times and are skipped.
 */
import type { TimeFact } from "../facts/types";
import { NUMBER_WORDS_SOURCE, parseCount } from "./numbers";

export type FoundTime = Omit<TimeFact, "paragraph">;

const MINUTE_TAIL = String.raw`(?:\s*(?:phut(?![a-z])|p(?![a-z])|'|’))?`;
/** "19 giờ 30 phút", "19 giờ 30", "19 giờ". */
const GIO = new RegExp(String.raw`(?<![\d/.,:])(\d{1,2})\s*gio(?![a-z])(?:\s*(\d{1,2})(?!\d)(?![/.\-]\d)${MINUTE_TAIL})?`, "g");
/** "19h30", "19h30'", "8h00'", "19h", "7g30": the letter is attached and not the start of a word ("3 ha", "2 gà"). */
const HG = new RegExp(String.raw`(?<![\d/.,:a-z])(\d{1,2})\s?[hg](?:\s?(\d{2})(?!\d))?(?![a-z])${MINUTE_TAIL}`, "g");
/** "14:00". */
const COLON = new RegExp(String.raw`(?<![\d:/.])(\d{1,2}):(\d{2})(?![\d:])(?:'|’)?`, "g");
/** "tám giờ ba mươi phút", "mười chín giờ", "bảy giờ 30". */
const WORDS = new RegExp(String.raw`(${NUMBER_WORDS_SOURCE})\s+gio(?![a-z])(?:\s+(${NUMBER_WORDS_SOURCE}|\d{1,2}(?!\d))${MINUTE_TAIL})?`, "dg");
const HAS_HG = /\d\s?[hg]/;
const PART_OF_DAY = /^\s*,?\s*(sang|trua|chieu|toi|dem)(?![a-z])/;
const DURATION_BEFORE = /(?:trong(?: vong)?|keo dai|thoi luong[^.;:]{0,25}:?|mat|hon|it nhat|toi thieu|toi da|tong cong)\s*$/;
const DURATION_AFTER = /^\s*(?:dong ho|lien|lien tuc)(?![a-z])/;

const DIGIT_OR_GIO = /\d|gio/;

/** The first match of a global regex from the start (none of these match an empty string). */
function first(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

interface Candidate {
  start: number;
  end: number;
  hour: number;
  minute: number;
}

function adjustForPartOfDay(hour: number, part: string): number {
  if ((part === "chieu" || part === "toi") && hour < 12) return hour + 12;
  if (part === "trua" && hour <= 4) return hour + 12;
  if (part === "dem" && hour >= 6 && hour < 12) return hour + 12;
  return hour;
}

/**
 * Every clock time in a paragraph; `folded` is fold(text); `toned` says the text is typed with tone
 * marks, so number words must carry theirs ("sau giờ làm việc" is not six o'clock).
 */
export function findTimes(text: string, folded: string, toned: boolean): FoundTime[] {
  const candidates: Candidate[] = [];
  const add = (start: number, end: number, hour: number | undefined, minute: number | undefined) => {
    if (hour === undefined || minute === undefined) return;
    candidates.push({ start, end, hour, minute });
  };
  if (!DIGIT_OR_GIO.test(folded)) return [];
  const hasGio = folded.includes("gio");
  // exec loops rather than matchAll: matchAll copies the regex on every call (every paragraph).
  if (hasGio) for (let m = first(GIO, folded); m; m = GIO.exec(folded)) add(m.index, m.index + m[0].length, Number(m[1]), m[2] ? Number(m[2]) : 0);
  if (HAS_HG.test(folded)) for (let m = first(HG, folded); m; m = HG.exec(folded)) add(m.index, m.index + m[0].length, Number(m[1]), m[2] ? Number(m[2]) : 0);
  if (folded.includes(":")) for (let m = first(COLON, folded); m; m = COLON.exec(folded)) add(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]));
  if (hasGio) for (let m = first(WORDS, folded); m; m = WORDS.exec(folded)) {
    // Parse the words as written (group indices map folded offsets back onto the text).
    const written = (group: number) => {
      const at = m.indices?.[group];
      return at ? text.slice(at[0], at[1]) : undefined;
    };
    const minuteText = written(2);
    add(m.index, m.index + m[0].length, parseCount(written(1) ?? "", toned), minuteText === undefined ? 0 : parseCount(minuteText, toned));
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundTime[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    if (DURATION_BEFORE.test(folded.slice(Math.max(0, c.start - 40), c.start))) continue;
    if (DURATION_AFTER.test(folded.slice(c.end))) continue;
    let { end, hour } = c;
    const part = PART_OF_DAY.exec(folded.slice(end));
    if (part) {
      hour = adjustForPartOfDay(hour, part[1]!);
      end += part[0].length;
    }
    lastEnd = end;
    const valid = (hour >= 0 && hour <= 23 && c.minute >= 0 && c.minute <= 59) || (hour === 24 && c.minute === 0);
    out.push({ start: c.start, end, hour, minute: c.minute, text: text.slice(c.start, end), valid });
  }
  return out;
}
