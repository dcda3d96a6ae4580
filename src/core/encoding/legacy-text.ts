/**
 * Detects TCVN3 or VNI text sitting in Unicode-font runs (ENC.LEGACY_TEXT) by scoring whole words,
 * never single characters ("ô" is a real letter, and in VNI it is ơ): a changed word is legacy when
 * its conversion is a Vietnamese syllable and the word itself is not.
 */
import { detached } from "../text/detached";
import { isVietnameseSyllable } from "./vietnamese-syllable";
import type { LegacyKind } from "./legacy-font";
import { convertTcvn3 } from "./tcvn3";
import { convertVni } from "./vni";
import { legacyWordSpans, type WordSpan } from "./word-spans";

/**
 * legacy: converts to a syllable, is none itself. unicode: a real word the conversion would break.
 * ambiguous: a syllable both ways ("cã"/"có", "mét"/"một"). unknown: a syllable neither way.
 * neutral: one character ("§" in "§/c"), too short to judge.
 */
export type WordClass = "legacy" | "unicode" | "ambiguous" | "unknown" | "neutral";

export interface LegacyWord extends WordSpan {
  converted: string;
  class: WordClass;
  /** A word the spec names ("cña", "§¶ng", "Ñaûng"), a TCVN3 đ or hidden ư, a VNI đ: counts double. */
  strong: boolean;
}

export interface KindAnalysis {
  kind: LegacyKind;
  /** Legacy words, strong ones counting 2. */
  score: number;
  /** The words inside `range` that the conversion changes, in order. */
  words: LegacyWord[];
  /** [start, end) over the changed words that may be legacy; empty when no word is plainly legacy. */
  range: { start: number; end: number };
  /** The range may be converted as a whole: no real Unicode word would change with it. */
  confident: boolean;
}

export interface LegacyTextAnalysis {
  tcvn3: KindAnalysis;
  vni: KindAnalysis;
  /** The encoding that reaches the threshold with the higher score; null when none does or both tie. */
  best: KindAnalysis | null;
  /** Both encodings reach the threshold with the same score. */
  tie: boolean;
}

/** Words format.md §11 names, by their Unicode reading. */
const NAMED_WORDS: ReadonlySet<string> = new Set(["của", "và", "các", "việt", "đảng", "năm", "tháng", "ngày"]);

/** Two legacy words, or one strong one. */
export const LEGACY_THRESHOLD = 2;

const UNICODE_LETTER = /[\u0100-\u024f\u0300-\u036f\u1e00-\u1eff]/;
const HIGH_LATIN1 = /[\u00a1-\u00ff]/;

const converters: Record<LegacyKind, (s: string) => string> = {
  tcvn3: (s) => convertTcvn3(s),
  vni: convertVni,
};

function classify(word: string, converted: string): WordClass {
  if (UNICODE_LETTER.test(word)) return "unicode";
  if ([...word].length === 1) return "neutral";
  const asIs = isVietnameseSyllable(word);
  const asLegacy = isVietnameseSyllable(converted);
  if (asLegacy && !asIs) return "legacy";
  if (asIs && !asLegacy) return "unicode";
  return asIs ? "ambiguous" : "unknown";
}

function isStrong(kind: LegacyKind, word: string, converted: string): boolean {
  if (NAMED_WORDS.has(converted.toLowerCase())) return true;
  if (kind === "tcvn3") return /^[®§]/.test(word) || word.includes("\u00ad");
  return /^[ñÑ]/.test(word);
}

interface Reading {
  converted: string;
  class: WordClass;
  strong: boolean;
}

/** Documents repeat their words: each word is read once per encoding (bounded memo). */
const readings: Record<LegacyKind, Map<string, Reading | null>> = { tcvn3: new Map(), vni: new Map() };

function read(kind: LegacyKind, word: string): Reading | null {
  const memo = readings[kind];
  let r = memo.get(word);
  if (r === undefined) {
    const converted = converters[kind](word);
    const cls = converted === word ? null : classify(word, converted);
    r = cls === null ? null : { converted, class: cls, strong: cls === "legacy" && isStrong(kind, word, converted) };
    if (memo.size >= 20_000) memo.clear();
    memo.set(detached(word), r);
  }
  return r;
}

const NONE = { start: 0, end: 0 };
const plain = (kind: LegacyKind): KindAnalysis => ({ kind, score: 0, words: [], range: NONE, confident: false });

function analyzeKind(kind: LegacyKind, text: string, spans: readonly WordSpan[]): KindAnalysis {
  // Most paragraphs are plain Unicode: settle those without collecting anything.
  if (!spans.some((span) => HIGH_LATIN1.test(span.text) && read(kind, span.text)?.class === "legacy")) return plain(kind);
  const words: LegacyWord[] = [];
  let score = 0;
  for (const span of spans) {
    if (!HIGH_LATIN1.test(span.text)) continue;
    const r = read(kind, span.text);
    if (!r) continue;
    if (r.class === "legacy") score += r.strong ? 2 : 1;
    words.push({ ...span, ...r });
  }
  const legacy = words.filter((w) => w.class === "legacy");
  // The range runs over every changed word that may be legacy, so words reading well both ways
  // ("chÝ" = chí, also "chý") at either end are converted with the rest.
  const candidates = words.filter((w) => w.class !== "unicode");
  const first = candidates[0];
  const last = candidates[candidates.length - 1];
  if (!legacy.length || !first || !last) return { kind, score, words, range: NONE, confident: false };
  const range = { start: first.start, end: last.end };
  const inRange = words.filter((w) => w.start >= range.start && w.end <= range.end);
  const count = (c: WordClass) => inRange.filter((w) => w.class === c).length;
  // Real Unicode letters inside the range mean someone typed Unicode among the legacy words: then
  // a word that reads well both ways may be theirs, so it blocks the conversion. Legacy text alone
  // has such words too ("cã" = có, "mét" = một), far fewer than plainly legacy ones.
  const typedUnicode = UNICODE_LETTER.test(text.slice(range.start, range.end));
  const confident =
    count("unicode") === 0 &&
    2 * count("unknown") <= legacy.length &&
    (typedUnicode ? count("ambiguous") === 0 : count("ambiguous") <= legacy.length);
  return { kind, score, words: inRange, range, confident };
}

/** Per word: whether it reads as legacy in either encoding (one lookup instead of two; bounded memo). */
const eitherLegacy = new Map<string, boolean>();

function readsAsLegacy(word: string): boolean {
  let legacy = eitherLegacy.get(word);
  if (legacy === undefined) {
    legacy = read("tcvn3", word)?.class === "legacy" || read("vni", word)?.class === "legacy";
    if (eitherLegacy.size >= 20_000) eitherLegacy.clear();
    eitherLegacy.set(detached(word), legacy);
  }
  return legacy;
}

/**
 * Unit classes of legacyWordSpans' words: 1 a word character, 2 also Latin-1 (high), 4 also a Unicode
 * letter. A word (a maximal run of non-zero units) may read as legacy only when its classes OR to 3.
 */
export function unitClass(code: number): number {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ? 1 : 0;
  if (code >= 0xa1 && code <= 0xff) return 3;
  return (code >= 0x100 && code <= 0x24f) || (code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff) ? 5 : 0;
}

/**
 * readsAsLegacy by the word's place in a text, through a small direct-mapped cache keyed by a hash
 * taken while scanning: most words recur ("các", "và", "thôn"), and a hit is checked in place, with
 * no word cut out and no string hashed. A miss (or a clash) falls back to readsAsLegacy.
 */
const SLOTS = 4096;

/** The running hash of readsAsLegacyAt: wordHash(wordHash(0, a), b)… over the word's code units. */
export function wordHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

const slotWords: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
const slotLegacy = new Uint8Array(SLOTS);

/** `hash` is wordHash over the word's code units, first to last. */
export function readsAsLegacyAt(text: string, start: number, end: number, hash: number): boolean {
  const slot = (hash ^ (hash >>> 13)) & (SLOTS - 1);
  const cached = slotWords[slot];
  if (cached !== undefined && cached.length === end - start) {
    let k = 0;
    while (k < cached.length && cached.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === cached.length) return slotLegacy[slot] === 1;
  }
  const word = text.slice(start, end);
  const legacy = readsAsLegacy(word);
  slotWords[slot] = detached(word);
  slotLegacy[slot] = legacy ? 1 : 0;
  return legacy;
}

/**
 * Some word reads as legacy in either encoding; most paragraphs have none and need nothing more.
 * Only words with a Latin-1 letter and no Unicode letter can read as legacy (see classify).
 */
function hasLegacyWord(text: string): boolean {
  let start = -1;
  let flags = 0;
  let hash = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const c = unitClass(code);
    if (c !== 0) {
      if (start < 0) {
        start = i;
        hash = 0;
      }
      flags |= c;
      hash = wordHash(hash, code);
      continue;
    }
    if (start >= 0 && (flags & 6) === 2 && readsAsLegacyAt(text, start, i, hash)) return true;
    start = -1;
    flags = 0;
  }
  return false;
}

/** Whether detectLegacyText can find anything: some word reads as legacy. Lets callers skip the analysis. */
export function mayHoldLegacyText(text: string): boolean {
  return HIGH_LATIN1.test(text) && hasLegacyWord(text);
}

export function detectLegacyText(text: string): LegacyTextAnalysis {
  if (!mayHoldLegacyText(text)) return { tcvn3: plain("tcvn3"), vni: plain("vni"), best: null, tie: false };
  const spans = legacyWordSpans(text);
  const tcvn3 = analyzeKind("tcvn3", text, spans);
  const vni = analyzeKind("vni", text, spans);
  const reached = [tcvn3, vni].filter((a) => a.score >= LEGACY_THRESHOLD);
  const tie = reached.length === 2 && tcvn3.score === vni.score;
  const best = tie ? null : reached.sort((a, b) => b.score - a.score)[0] ?? null;
  return { tcvn3, vni, best, tie };
}

/** The converted text of `text` under the analysis: every changed word in its range replaced. */
export function convertedRange(text: string, analysis: KindAnalysis): string {
  let out = "";
  let pos = analysis.range.start;
  for (const w of analysis.words) {
    out += text.slice(pos, w.start) + w.converted;
    pos = w.end;
  }
  return out + text.slice(pos, analysis.range.end);
}
