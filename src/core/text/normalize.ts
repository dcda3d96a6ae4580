/** Text normalisation shared by facts and rules: match on NFC, compare case-insensitively. */
import { detached } from "./detached";
import { squishWhiteSpace } from "./white-space";

export function nfc(s: string): string {
  return s.normalize("NFC");
}

/** Lower-case for matching (Vietnamese-safe: toLowerCase handles Đ → đ). */
export function lower(s: string): string {
  return s.normalize("NFC").toLowerCase();
}

/**
 * Diacritic-free, lower-case form for lenient matching of text typed without tone marks
 * ("Bien ban" ~ "Biên bản"). Keeps string length equal to the NFC input's, so offsets carry over.
 * Hot path (facts and rules fold every paragraph): each UTF-16 unit maps to exactly one unit, so a
 * lazily filled table of all 65,536 units turns folding into one lookup per unit written into a
 * reused buffer; a small memo of recent whole strings serves the paragraphs folded again.
 */
const FOLDED = new Uint16Array(0x10000);
/** Per unit: 0 not computed yet, 1 computed, 2 computed and folding removed a mark (or "đ" → "d"). */
const STATE = new Uint8Array(0x10000);

function foldUnit(code: number): number {
  if (STATE[code] === 0) {
    const ch = String.fromCharCode(code);
    const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    const candidate = base === "đ" || base === "Đ" ? "d" : base.toLowerCase();
    const lowered = ch.toLowerCase();
    const mapped = candidate.length === 1 ? candidate : lowered.length === 1 ? lowered : ch;
    FOLDED[code] = mapped.charCodeAt(0);
    STATE[code] = mapped !== ch && mapped !== lowered ? 2 : 1;
  }
  return FOLDED[code]!;
}

/** String.fromCharCode.apply takes the buffer in chunks well under engines' argument limits. */
const CHUNK = 4096;
let buffer = new Uint16Array(1024);

/** The fold of an NFC string and whether it removed a mark (what hasMarks tells), in one pass. */
export interface FoldEntry {
  readonly folded: string;
  readonly marked: boolean;
}

function foldNfc(src: string): FoldEntry {
  const n = src.length;
  if (buffer.length < n) buffer = new Uint16Array(n * 2);
  const out = buffer;
  let changed = false;
  let marked = false;
  for (let i = 0; i < n; i++) {
    const code = src.charCodeAt(i);
    let mapped: number;
    if (code < 0x80) mapped = code >= 65 && code <= 90 ? code + 32 : code;
    else {
      mapped = foldUnit(code);
      if (STATE[code] === 2) marked = true;
    }
    if (mapped !== code) changed = true;
    out[i] = mapped;
  }
  if (!changed) return { folded: src, marked };
  if (n <= CHUNK) return { folded: String.fromCharCode.apply(null, out.subarray(0, n) as unknown as number[]), marked };
  let text = "";
  for (let i = 0; i < n; i += CHUNK) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return { folded: text, marked };
}

const MEMO_LIMIT = 8192;
/** Keyed by the input as given: an entry holds its fold and its marks, so foldFast costs one lookup. */
const memo = new Map<string, FoldEntry>();

/** fold(s) and hasMarks(s) together (both read the same NFC form unit by unit); shared, read-only. */
export function foldEntry(s: string): FoldEntry {
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  const src = s.normalize("NFC");
  const entry = foldNfc(src);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  // Keys (and an unchanged text given back) are detached copies: the memo must not keep documents alive.
  const key = detached(s);
  const kept = entry.folded === s ? { folded: key, marked: entry.marked } : entry;
  memo.set(key, kept);
  return kept;
}

export function fold(s: string): string {
  return foldEntry(s).folded;
}

/** Whether folding `s` removes a tone or vowel mark (or turns "đ" into "d"): text typed with marks. */
export function hasMarks(s: string): boolean {
  const src = s.normalize("NFC");
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code >= 0x80) {
      foldUnit(code);
      if (STATE[code] === 2) return true;
    }
  }
  return false;
}

/** Collapses runs of white space (including non-breaking) to one space and trims. */
export function squish(s: string): string {
  return squishWhiteSpace(s);
}
