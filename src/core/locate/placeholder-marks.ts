/**
 * Finds unfilled template marks (settings.placeholderMarks) where a value belongs: "Thư ký: …",
 * "ngày … tháng", "đồng chí …… chủ trì", "Số xx-NQ/CB", "(họ tên)". An ellipsis that ends a word or a
 * quoted sentence ("… văn minh…”", "văn hóa, thể thao, …") is prose, not a blank.
 */
import { fold } from "../text/normalize";

export interface MarkHit {
  start: number;
  end: number;
  text: string;
}

const DOTS = /^[.…]+$/;
/** Words after which a blank stands for a value ("ngày …", "đồng chí …", "Số …"). */
const VALUE_BEFORE = /(?:^|[^a-z])(?<!viet )(ngay|thang|nam|so|luc|hoi|d\/c|gio|phut|dong chi|ong|ba|tai|la)\s*$/;
/** Words before which a blank stands for a number ("… giờ", "… đồng chí", "…/…"). */
const VALUE_AFTER = /^\s*([-/%]|gio|phut|dong chi|d\/c|dang vien|nguoi|phieu|thang|nam|ngay)/;
/** Roman-numeral contexts where "XX" is a number, not a blank ("Đại hội XX", "thế kỷ XX"). */
const ROMAN_BEFORE = /(khoa|dai hoi|the ky|ky|lan thu|hoi nghi|trung uong|nhiem ky)\s*$/;

function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return curly > 0 || straight % 2 === 1;
}

/**
 * Context read on each side of a mark: far longer than any real sentence, and it keeps a paragraph
 * of megabytes full of marks linear (the whole text per mark hung the check: fuzzing).
 */
const CONTEXT = 2000;

function isBlank(fullText: string, folded: string, hit: MarkHit, mark: string): boolean {
  const from = Math.max(0, hit.start - CONTEXT);
  const to = Math.min(fullText.length, hit.end + CONTEXT);
  // Offsets below are relative to the window; for ordinary paragraphs it is the whole text.
  const text = fullText.slice(from, to);
  const start = hit.start - from;
  const before = folded.slice(from, hit.start);
  const after = folded.slice(hit.end, to);
  const prev = text.charAt(start - 1);
  const rest = text.slice(0, start) + text.slice(hit.end - from);
  // A line holding nothing but marks is a fill-in line.
  if (!/[\p{L}\d]/u.test(rest)) return true;
  if (/[[(]/.test(mark.charAt(0))) return !insideQuotes(text, start);
  if (/^x+$/i.test(mark)) {
    if (mark === mark.toUpperCase() && ROMAN_BEFORE.test(before)) return false;
    return /[:/-]\s*$/.test(before) || VALUE_BEFORE.test(before) || VALUE_AFTER.test(after);
  }
  // Dots and ellipses.
  const leader = hit.text.length >= 4 || (hit.text.match(/…/g) ?? []).length >= 2;
  if (leader) return true;
  if (/:\s*$/.test(before)) return true;
  if (/^\s*[-/]/.test(after)) return true;
  if (/[\p{L}\d)”"']/u.test(prev)) {
    // Attached to a word: the end of a sentence or "etc.", unless the word asks for a value ("ngày…").
    return VALUE_BEFORE.test(before) && !insideQuotes(text, start);
  }
  // Standing alone between spaces: a blank, except an "etc." closing an enumeration or a quotation.
  const closes = /^\s*($|[.;,)”"'])/.test(after);
  if (closes && (/,\s*$/.test(before) || insideQuotes(text, start))) return false;
  return true;
}

/**
 * A value left as the template's blank. Rules that would report the same spot as incomplete stay
 * silent then: the blank is CHK.PLACEHOLDERS' finding, once.
 */
export function hasBlanks(text: string, marks: readonly string[]): boolean {
  return findBlanks(text, marks).length > 0;
}

interface MarkLists {
  /** Bracketed and word marks, longest first, so "[…]" is not read as "…". */
  wordMarks: string[];
  /** The word marks lower-cased, in the same order. */
  wordNeedles: string[];
  dotMarks: string[];
  /**
   * Matches a paragraph only if its lower-cased text may hold a word needle (null: cannot tell).
   * Most paragraphs hold none of the needles' first characters: they skip the lower-casing.
   */
  wordTrigger: RegExp | null;
}

let lastMarks: readonly string[] | undefined;
let lastLists: MarkLists = { wordMarks: [], wordNeedles: [], dotMarks: [], wordTrigger: null };

/** BMP code units (surrogates aside) whose lower-casing changes them; read once, lazily. */
let lowering: number[] | null = null;

function loweringUnits(): number[] {
  if (!lowering) {
    let all = "";
    for (let u = 0; u < 0x10000; u++) if (u < 0xd800 || u > 0xdfff) all += String.fromCharCode(u);
    lowering = [...all.matchAll(/\p{Changes_When_Lowercased}/gu)].map((m) => m[0].charCodeAt(0));
  }
  return lowering;
}

const triggers = new Map<string, RegExp | null>();

/**
 * A class of the code units whose lower-casing holds the first unit of a needle: lowerText can hold
 * a needle only where the text holds one of them (toLowerCase maps unit by unit but for the final
 * sigma, tried after a letter, and astral letters, whose needles get no trigger).
 */
function triggerOf(needles: readonly string[]): RegExp | null {
  const firsts = [...new Set(needles.map((n) => n.charAt(0)))].sort().join("");
  if (triggers.has(firsts)) return triggers.get(firsts)!;
  let re: RegExp | null = null;
  if (!needles.some((n) => n === "" || /[\ud800-\udfff]/.test(n.charAt(0)))) {
    const units = new Set<number>();
    for (const u of [...firsts].map((c) => c.charCodeAt(0)).concat(loweringUnits())) {
      const c = String.fromCharCode(u);
      const lowered = c.toLowerCase() + ("a" + c).toLowerCase().slice(1);
      if ([...firsts].some((f) => lowered.includes(f))) units.add(u);
    }
    const cls = [...units].sort((a, b) => a - b).map((u) => `\\u${u.toString(16).padStart(4, "0")}`).join("");
    re = new RegExp(`[${cls}]`);
  }
  triggers.set(firsts, re);
  return re;
}

/** The mark lists of a profile's marks; every paragraph of a check uses the same marks. */
function marksOf(marks: readonly string[]): MarkLists {
  if (marks !== lastMarks) {
    const wordMarks = marks.filter((m) => !DOTS.test(m)).sort((a, b) => b.length - a.length);
    const wordNeedles = wordMarks.map((m) => m.toLowerCase());
    lastLists = { wordMarks, wordNeedles, dotMarks: marks.filter((m) => DOTS.test(m)), wordTrigger: wordNeedles.length ? triggerOf(wordNeedles) : null };
    lastMarks = marks;
  }
  return lastLists;
}

/** The blanks of one paragraph's NFC text. */
export function findBlanks(text: string, marks: readonly string[]): MarkHit[] {
  const { wordMarks, wordNeedles, dotMarks, wordTrigger } = marksOf(marks);
  // Most paragraphs hold no mark at all: settle them before any folding or pattern work.
  const mayHoldWord = wordNeedles.length > 0 && (wordTrigger === null || wordTrigger.test(text));
  let lowerText = mayHoldWord ? text.toLowerCase() : "";
  if (!(mayHoldWord && wordNeedles.some((m) => lowerText.includes(m))) && !dotMarks.some((d) => text.includes(d))) return [];
  if (!mayHoldWord) lowerText = text.toLowerCase();
  const folded = fold(text);
  const hits: MarkHit[] = [];
  // Characters already in a hit, to skip overlapping marks: a scan of the hits per mark made a
  // paragraph of megabytes full of marks quadratic (fuzzing).
  let covered: Uint8Array | null = null;
  const taken = (s: number, e: number) => {
    if (covered) for (let k = s; k < e; k++) if (covered[k]) return true;
    return false;
  };
  const take = (hit: MarkHit) => {
    covered ??= new Uint8Array(text.length);
    covered.fill(1, hit.start, hit.end);
    hits.push(hit);
  };
  for (const mark of wordMarks) {
    const needle = mark.toLowerCase();
    const wordLike = /^[\p{L}\d]/u.test(mark);
    for (let i = lowerText.indexOf(needle); i >= 0; i = lowerText.indexOf(needle, i + 1)) {
      const end = i + mark.length;
      if (wordLike && (/[\p{L}\d]/u.test(text.charAt(i - 1)) || /[\p{L}\d]/u.test(text.charAt(end)))) continue;
      // "xx" and "XX" are listed apart: match each case as listed.
      if (/^x+$/i.test(mark) && text.slice(i, end) !== mark) continue;
      if (taken(i, end)) continue;
      const hit = { start: i, end, text: text.slice(i, end) };
      take(isBlank(text, folded, hit, mark) ? hit : { ...hit, text: "" });
    }
  }
  if (dotMarks.length) {
    for (const m of text.matchAll(/[.…]+/g)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!dotMarks.some((d) => m[0].includes(d)) || taken(start, end)) continue;
      const hit = { start, end, text: m[0] };
      if (isBlank(text, folded, hit, m[0])) take(hit);
    }
  }
  // Word-mark occurrences judged as prose were kept only to shield their dots; drop them now.
  return hits.filter((h) => h.text !== "").sort((a, b) => a.start - b.start);
}
