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

/** After a full stop: white space, then a capital letter or a list mark (within the next three units). */
const SENTENCE_START = /^\s+[\p{Lu}\-–+•*\d]/u;

const ACTING = /[()[\];.!?]/g;

/** `semicolons`: also split at ";" (field lists), not only at sentence ends. */
export function splitClauses(text: string, semicolons = true): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  const n = text.length;
  // Only ( ) [ ] ; . ! ? act: the regex jumps from one to the next (a scan far cheaper than a loop
  // over every unit).
  ACTING.lastIndex = 0;
  for (;;) {
    const m = ACTING.exec(text);
    const i = m ? m.index : n;
    let cutHere = i === n;
    if (!cutHere) {
      const ch = text.charCodeAt(i);
      if (ch === 0x28 || ch === 0x5b) depth++; // ( [
      else if ((ch === 0x29 || ch === 0x5d) && depth > 0) depth--; // ) ]
      else if (depth !== 0) continue;
      else if (ch === 0x3b) cutHere = semicolons; // ;
      else if (ch === 0x2e || ch === 0x21 || ch === 0x3f) cutHere = isWhiteSpace(text.charCodeAt(i + 1)) && SENTENCE_START.test(text.slice(i + 1, i + 4)); // . ! ?
      if (!cutHere) continue;
    }
    // Kept when it holds more than white space (what trim() leaves).
    for (let k = start; k < i; k++) {
      if (!isWhiteSpace(text.charCodeAt(k))) {
        out.push({ start, end: i });
        break;
      }
    }
    start = i + 1;
    if (i === n) break;
  }
  return out;
}
