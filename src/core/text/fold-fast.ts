/**
 * normalize.fold for whole documents: the same diacritic-free lower-case output with the same
 * offsets, built from runs of ASCII lower-cased in one call and a per-character cache for the rest.
 * Appending character by character makes folding a fresh 100-page document cost several times more
 * (one string piece per character); the facts fold every paragraph once and need this to stay cheap.
 * Also says whether folding removed any mark, i.e. whether the text is typed with tone marks.
 */
import { fold } from "./normalize";

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let mapped = cache.get(ch);
  if (mapped === undefined) {
    mapped = fold(ch);
    cache.set(ch, mapped);
  }
  return mapped;
}

export interface Folded {
  folded: string;
  /** Some letter lost a tone or vowel mark (or "đ" became "d"). */
  marked: boolean;
}

export function foldFast(s: string): Folded {
  const text = s.normalize("NFC");
  let out = "";
  let marked = false;
  let asciiFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (i > asciiFrom) out += text.slice(asciiFrom, i).toLowerCase();
    // A surrogate pair is one character, folded as a whole (fold keeps its length).
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const ch = text.slice(i, i + width);
    const mapped = foldChar(ch);
    if (!marked && mapped !== ch && mapped !== ch.toLowerCase()) marked = true;
    out += mapped;
    i += width - 1;
    asciiFrom = i + 1;
  }
  if (asciiFrom < text.length) out += text.slice(asciiFrom).toLowerCase();
  return { folded: out, marked };
}
