/**
 * Splits a paragraph into clauses: minutes often put several fields in one paragraph ("Thời gian:
 * …. Địa điểm: …; Chủ trì: …"). Separators inside parentheses do not split, so "(chính thức 15; dự
 * bị 03)" stays with its count; a full stop splits only before white space and a capital letter or
 * list mark, so "05.11.2025", "88.9" and "đ/c." inside a clause stay whole.
 */
import { isWhiteSpace } from "./white-space";

export interface Clause {
  start: number;
  end: number;
}

/** `semicolons`: also split at ";" (field lists), not only at sentence ends. */
export function splitClauses(text: string, semicolons = true): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  const cut = (end: number, next: number) => {
    // Kept when it holds more than white space (what trim() leaves).
    for (let i = start; i < end; i++) {
      if (!isWhiteSpace(text.charCodeAt(i))) {
        out.push({ start, end });
        break;
      }
    }
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x28 || ch === 0x5b) depth++; // ( [
    else if ((ch === 0x29 || ch === 0x5d) && depth > 0) depth--; // ) ]
    else if (depth !== 0) continue;
    else if (ch === 0x3b && semicolons) cut(i, i + 1); // ;
    else if ((ch === 0x2e || ch === 0x21 || ch === 0x3f) && isWhiteSpace(text.charCodeAt(i + 1)) && /^\s+[\p{Lu}\-–+•*\d]/u.test(text.slice(i + 1, i + 4))) cut(i, i + 1); // . ! ?
  }
  cut(text.length, text.length);
  return out;
}
