/** Text normalisation shared by facts and rules: match on NFC, compare case-insensitively. */

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
 * Hot path (every rule folds paragraphs): one table lookup per UTF-16 unit, and a small memo of
 * recent whole strings because many rules fold the same paragraphs.
 */
const unitCache = new Map<number, string>();

function foldUnit(code: number, ch: string): string {
  let mapped = unitCache.get(code);
  if (mapped === undefined) {
    const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    const candidate = base === "đ" || base === "Đ" ? "d" : base.toLowerCase();
    mapped = candidate.length === 1 ? candidate : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    unitCache.set(code, mapped);
  }
  return mapped;
}

const MEMO_LIMIT = 8192;
const memo = new Map<string, string>();

export function fold(s: string): string {
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  const src = s.normalize("NFC");
  // ASCII stretches are lower-cased in one call; only the other units go through the table.
  let out = "";
  let asciiFrom = 0;
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code < 0x80) continue;
    if (i > asciiFrom) out += src.slice(asciiFrom, i).toLowerCase();
    out += foldUnit(code, src[i]!);
    asciiFrom = i + 1;
  }
  if (asciiFrom === 0) out = src.toLowerCase();
  else if (asciiFrom < src.length) out += src.slice(asciiFrom).toLowerCase();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(s, out);
  return out;
}

/** Collapses runs of white space (including non-breaking) to one space and trims. */
export function squish(s: string): string {
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}
