/**
 * Person names in minutes: 2–5 capitalised words ("Nguyễn Văn An", "Y Bih Niê", "K'Thương Ksor",
 * "NGUYỄN VĂN AN"), usually after "đồng chí" / "đ/c" / "Đ/c", often followed by a position ("…, Bí
 * thư Chi bộ"). A name stops before a title ("Bí thư", "Chi ủy viên") and, in ALL CAPS text where
 * case no longer separates words, before the usual verbs ("CHỦ TRÌ", "PHÁT BIỂU").
 */
import { detached } from "./detached";
import { fold, lower } from "./normalize";
import { squishWhiteSpace } from "./white-space";

/** "đồng chí", "đ/c", "đ.c", with a following space, on folded text. */
export const HONORIFIC_SOURCE = String.raw`(?<![a-z])(?:dong chi|d\s?\/\s?c|d\.c\.?)(?![a-z])`;
const HONORIFIC_AT = new RegExp(String.raw`${HONORIFIC_SOURCE}\s*`, "y");
const HONORIFIC_ALL = new RegExp(String.raw`${HONORIFIC_SOURCE}\s*`, "g");

const WORD = /[\p{Lu}][\p{L}\p{M}'’]*/uy;
const GAP = /[ \u00a0]+/y;

/** Two-word titles and nouns that end a name (toned, lower-case). */
const TITLE_PAIRS = new Set([
  "bí thư", "chi bộ", "chi ủy", "chi uỷ", "đảng ủy", "đảng uỷ", "đảng viên", "đảng bộ", "tổ trưởng", "tổ phó",
  "tổ đảng", "chủ tịch", "chủ trì", "chủ tọa", "chủ toạ", "chủ nhiệm", "thư ký", "cán bộ", "thường trực",
  "cấp ủy", "cấp uỷ", "ban chấp", "công an", "kế toán", "trưởng thôn", "phụ trách", "ủy viên", "uỷ viên",
  "giám đốc", "hiệu trưởng", "chính thức", "dự bị",
]);
/** Words that are never part of a name (toned, lower-case). */
const TITLE_WORDS = new Set(["bí", "phó", "trưởng", "ủy", "uỷ", "đ/c", "các", "những", "ông", "bà"]);
/** In ALL CAPS text, the verbs and function words that follow names. */
const CAPS_STOP = new Set([
  "phát", "đề", "nêu", "làm", "ghi", "tuyên", "trình", "kết", "nhất", "thống", "tham", "góp", "kiến", "bổ",
  "tiếp", "giải", "trao", "liên", "tự", "vắng", "có", "không", "đi", "ốm", "dự", "tại", "về", "và", "là",
  "với", "được", "đã", "cho", "đọc", "báo", "hoàn", "thực", "theo", "chịu", "chủ", "đồng", "đảng", "chi",
  "thư", "bí", "phó", "tổ", "cán", "giới", "thiệu", "trong", "đó", "gồm", "lý", "do",
]);
const TITLE_PAIRS_FOLDED = new Set([...TITLE_PAIRS].map(fold));
const TITLE_WORDS_FOLDED = new Set(["pho", "uy", "d/c", "cac", "nhung"]);

/**
 * Common Vietnamese family names (including frequent Central Highlands ones). Used only where a
 * title precedes the name with no "đồng chí" ("Bí thư Chi bộ Nguyễn Văn An"), to tell a person from
 * a place ("Bí thư Chi bộ Hòa Bình").
 */
const SURNAMES = new Set(
  (
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào trịnh mai trương lâm hà tạ " +
    "lưu châu chu quách cao kiều tô thái triệu văn lương mạc tôn thân khúc kim giang hứa la lại lò quan vương doãn " +
    "đoàn đàm đồng hầu nông phùng âu bạch bế cù diệp đậu đường hán hàn khổng khuất lục lã nghiêm ninh ông phí tăng " +
    "thạch tiêu ung vi yên ksor rơ nay siu rmah kpă niê y điểu"
  ).split(" "),
);
const SURNAMES_FOLDED = new Set([...SURNAMES].map(fold));

export interface FoundName {
  name: string;
  start: number;
  end: number;
}

/**
 * A word's lower-case form and whether it is in capitals, memoised by the word: names are read at
 * every honorific and clause, the same few words recur, and changing the case of non-ASCII text is
 * a slow call into the engine. Keys and values are detached (no document kept alive).
 */
interface WordCase {
  lower: string;
  allCaps: boolean;
}
const WORD_MEMO_LIMIT = 4096;
const wordMemo = new Map<string, WordCase>();

function wordCase(w: string): WordCase {
  let c = wordMemo.get(w);
  if (c === undefined) {
    const low = w.toLowerCase();
    c = { lower: detached(low), allCaps: w.length > 1 && w === w.toUpperCase() && w !== low };
    if (wordMemo.size >= WORD_MEMO_LIMIT) wordMemo.clear();
    wordMemo.set(detached(w), c);
  }
  return c;
}

const isAllCaps = (w: string) => wordCase(w).allCaps;

function isSurname(word: string, toned: boolean): boolean {
  const w = wordCase(word).lower;
  if (/^[hyk]['’]/.test(w)) return true;
  return toned ? SURNAMES.has(w) : SURNAMES_FOLDED.has(fold(w));
}

/** Words come from NFC paragraph text: lower-casing needs no normalisation. */
const key = (word: string, toned: boolean) => (toned ? wordCase(word).lower : fold(word));

/**
 * TITLE_PAIRS as first word → second words: words hold no space, so "w next" is a pair exactly when
 * next is among w's seconds, and most words (no pair starts with them) need no key of the next word.
 */
function pairIndex(pairs: ReadonlySet<string>): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const pair of pairs) {
    const [first, second] = pair.split(" ") as [string, string];
    let seconds = out.get(first);
    if (!seconds) out.set(first, (seconds = new Set()));
    seconds.add(second);
  }
  return out;
}
const TITLE_PAIR_INDEX = pairIndex(TITLE_PAIRS);
const TITLE_PAIR_INDEX_FOLDED = pairIndex(TITLE_PAIRS_FOLDED);

/** A word read at a name's position; `key` (see key()) is filled on first use, once per word. */
interface Word {
  word: string;
  start: number;
  end: number;
  key: string | undefined;
}

/** A word's key, computed at most once (it serves again as the next word of the word before it). */
function keyAt(words: readonly Word[], i: number, toned: boolean): string {
  const w = words[i]!;
  return (w.key ??= key(w.word, toned));
}

/** Whether words[i] ends a name (given the word after it, if any). */
function endsName(words: readonly Word[], i: number, toned: boolean): boolean {
  const word = words[i]!.word;
  const w = keyAt(words, i, toned);
  if (toned ? TITLE_WORDS.has(w) : TITLE_WORDS_FOLDED.has(w)) return true;
  if (i + 1 < words.length) {
    const seconds = (toned ? TITLE_PAIR_INDEX : TITLE_PAIR_INDEX_FOLDED).get(w);
    if (seconds?.has(keyAt(words, i + 1, toned))) return true;
  }
  // CAPS_STOP first: it rules out most words without upper-casing them (both tests are pure).
  return CAPS_STOP.has(toned ? w : wordCase(word).lower) && isAllCaps(word);
}

/** The words starting at `at` (skipping spaces): each with its offsets. */
function wordsAtRegex(text: string, at: number, max: number): Word[] {
  const out: Word[] = [];
  let pos = at;
  GAP.lastIndex = pos;
  if (GAP.exec(text)) pos = GAP.lastIndex;
  while (out.length < max) {
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m) break;
    out.push({ word: m[0], start: pos, end: pos + m[0].length, key: undefined });
    pos += m[0].length;
    GAP.lastIndex = pos;
    if (!GAP.exec(text)) break;
    pos = GAP.lastIndex;
  }
  return out;
}

/** Per UTF-16 unit: 1 computed, 2 an upper-case letter (\p{Lu}), 4 a word character ([\p{L}\p{M}'’]). */
const UNIT_CLASS = new Uint8Array(0x10000);
const UPPER_START = /^\p{Lu}$/u;
const WORD_CHAR = /^[\p{L}\p{M}'’]$/u;

function unitClass(code: number): number {
  let c = UNIT_CLASS[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = 1 | (UPPER_START.test(ch) ? 2 : 0) | (WORD_CHAR.test(ch) ? 4 : 0);
    UNIT_CLASS[code] = c;
  }
  return c;
}

const isGap = (code: number) => code === 0x20 || code === 0xa0;
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * wordsAtRegex without a regex match per word (names are read at every "đồng chí" and clause): a
 * per-unit class table. Text with surrogate pairs where words are read goes the regex way.
 */
function wordsAt(text: string, at: number, max: number): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let pos = at;
  while (pos < n && isGap(text.charCodeAt(pos))) pos++;
  while (out.length < max && pos < n) {
    const first = text.charCodeAt(pos);
    if (isSurrogate(first)) return wordsAtRegex(text, at, max);
    if (!(unitClass(first) & 2)) break;
    let end = pos + 1;
    for (; end < n; end++) {
      const code = text.charCodeAt(end);
      if (isSurrogate(code)) return wordsAtRegex(text, at, max);
      if (!(unitClass(code) & 4)) break;
    }
    out.push({ word: text.slice(pos, end), start: pos, end, key: undefined });
    pos = end;
    if (pos >= n || !isGap(text.charCodeAt(pos))) break;
    while (pos < n && isGap(text.charCodeAt(pos))) pos++;
  }
  return out;
}

/**
 * A name of 2–5 capitalised words starting at `at` (leading spaces skipped). `toned`: the text is
 * typed with tone marks (title words are then compared with their marks, so "Trương" is a surname
 * and "Trưởng" a title).
 */
export function readName(text: string, at: number, toned = true): FoundName | undefined {
  // Most places names are tried at hold none: no capital after the spaces, no words to read.
  let pos = at;
  while (pos < text.length && isGap(text.charCodeAt(pos))) pos++;
  const firstUnit = text.charCodeAt(pos);
  if (pos >= text.length || (!isSurrogate(firstUnit) && !(unitClass(firstUnit) & 2))) return undefined;
  const words = wordsAt(text, at, 7);
  const taken: typeof words = [];
  for (let i = 0; i < words.length && taken.length < 5; i++) {
    if (endsName(words, i, toned)) break;
    taken.push(words[i]!);
  }
  if (taken.length < 2) return undefined;
  // A run longer than five words is a sentence in capitals, not a name.
  if (taken.length === 5 && words.length > 5 && !endsName(words, 5, toned) && taken.every((w) => isAllCaps(w.word))) {
    return undefined;
  }
  // In capitals, case no longer separates a name from a heading ("THÔNG TIN THỜI SỰ"): require a family name.
  if (taken.every((w) => isAllCaps(w.word) || w.word.length === 1) && !isSurname(taken[0]!.word, toned)) return undefined;
  const first = taken[0]!;
  const last = taken[taken.length - 1]!;
  return { name: text.slice(first.start, last.end), start: first.start, end: last.end };
}

/** A name right after an honorific at `at` ("đồng chí Nguyễn Văn An"); `folded` is fold(text). */
export function readHonorificName(text: string, folded: string, at: number, toned = true): FoundName | undefined {
  HONORIFIC_AT.lastIndex = at;
  const m = HONORIFIC_AT.exec(folded);
  if (!m) return undefined;
  return readName(text, HONORIFIC_AT.lastIndex, toned) ?? highlandName(text, HONORIFIC_AT.lastIndex);
}

/** "đ/c K'Thương", "đồng chí H'Hen": a one-word Central Highlands name, only after an honorific. */
const HIGHLAND = /[HKYhky]['’]\p{Lu}[\p{L}\p{M}]*(?![\p{L}'’])/uy;

function highlandName(text: string, at: number): FoundName | undefined {
  HIGHLAND.lastIndex = at;
  const m = HIGHLAND.exec(text);
  return m ? { name: m[0], start: at, end: at + m[0].length } : undefined;
}

/** Every "đồng chí <Name>" in text[from, to). */
export function honorificNames(text: string, folded: string, from = 0, to = text.length, toned = true): FoundName[] {
  const out: FoundName[] = [];
  HONORIFIC_ALL.lastIndex = from;
  for (;;) {
    const m = HONORIFIC_ALL.exec(folded);
    if (!m || m.index >= to) break;
    const name = readName(text, HONORIFIC_ALL.lastIndex, toned) ?? highlandName(text, HONORIFIC_ALL.lastIndex);
    if (name && name.end <= to) out.push(name);
  }
  return out;
}

/** Normalised key for comparing names ("NGUYỄN VĂN AN" = "Nguyễn Văn An"). */
export function nameKey(name: string): string {
  // Memoised like wordCase: the same few names recur (speakers, absentees) and lower-casing non-ASCII
  // text is a slow call into the engine.
  let k = nameKeyMemo.get(name);
  if (k === undefined) {
    k = detached(squishWhiteSpace(lower(name)));
    if (nameKeyMemo.size >= WORD_MEMO_LIMIT) nameKeyMemo.clear();
    nameKeyMemo.set(detached(name), k);
  }
  return k;
}
const nameKeyMemo = new Map<string, string>();

const POSITION_LEAD = /^\s*(?:[,–—(:]|\s-)\s*/;
const POSITION_END = /[);.]|\s[-–—]\s|,\s*(?:đồng chí|đ\/c|Đ\/c|Đồng chí)/;

/**
 * The position written after a name ("…, Bí thư Chi bộ", "… – Đảng ủy viên", "… (Chi ủy viên)"):
 * from `at` up to the end of the clause; undefined when nothing follows.
 */
export function readPosition(text: string, at: number): { text: string; start: number; end: number } | undefined {
  const rest = text.slice(at);
  const lead = POSITION_LEAD.exec(rest);
  if (!lead) return undefined;
  const body = rest.slice(lead[0].length);
  const stop = POSITION_END.exec(body);
  const raw = stop ? body.slice(0, stop.index) : body;
  const value = raw.replace(/[\s,:]+$/, "");
  if (!/\p{L}/u.test(value)) return undefined;
  const start = at + lead[0].length;
  return { text: value, start, end: start + value.length };
}

/** The last name in text[from, to) that starts with a common family name. */
export function surnameNameIn(text: string, from: number, to: number, toned = true): FoundName | undefined {
  let found: FoundName | undefined;
  const word = /[\p{Lu}][\p{L}\p{M}'’]*/gu;
  word.lastIndex = from;
  for (;;) {
    const m = word.exec(text);
    if (!m || m.index >= to) break;
    if (!isSurname(m[0], toned)) continue;
    const name = readName(text, m.index, toned);
    if (name && name.end <= to) {
      found = name;
      word.lastIndex = name.end;
    }
  }
  return found;
}
