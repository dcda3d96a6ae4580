/**
 * Letters and their case without building strings: what `letters = text.replace(/[^\p{L}]/gu, "")`
 * and `letters === letters.toUpperCase()` tell (titles, headings and authority lines in capitals are
 * checked on many paragraphs). Upper-casing has no context-dependent mappings, so comparing letter by
 * letter is the same as comparing the strings.
 */

/** Per UTF-16 unit: 1 computed, 2 a letter (\p{L}), 4 unchanged by toUpperCase. */
const UNIT = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;

function classOf(ch: string): number {
  return 1 | (LETTER.test(ch) ? 2 : 0) | (ch.toUpperCase() === ch ? 4 : 0);
}

export interface LetterCase {
  /** Number of letters (a letter outside the BMP counts its two units, as the string length would). */
  length: number;
  /** Every letter is unchanged by toUpperCase (true when there is none). */
  upper: boolean;
}

export function letterCase(text: string): LetterCase {
  let length = 0;
  let upper = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let c: number;
    const next = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (next >= 0xdc00 && next <= 0xdfff) {
      // A surrogate pair is one character: classified as a whole.
      const pair = text.slice(i, i + 2);
      c = classOf(pair);
      if (c & 2) length += 2;
      i++;
    } else {
      c = UNIT[code]!;
      if (c === 0) UNIT[code] = c = classOf(String.fromCharCode(code));
      if (c & 2) length++;
    }
    if ((c & 6) === 2) upper = false;
  }
  return { length, upper };
}
