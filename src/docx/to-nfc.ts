/**
 * NFC normalisation with a quick path. Text made only of characters that are NFC-stable and never
 * combine with a preceding character (Latin up to U+02FF, Vietnamese precomposed letters
 * U+1E00–U+1EFF, common punctuation and currency signs) is already NFC: it is returned as is,
 * sparing String.prototype.normalize's copy on most paragraphs. Anything else (combining marks,
 * other scripts) goes through normalize. The ranges are verified exhaustively by a test.
 */

export const NFC_QUICK_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x02ff],
  [0x1e00, 0x1eff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x20a0, 0x20c0],
];

/** A character outside NFC_QUICK_RANGES (a regular expression scans faster than a JavaScript loop). */
const NOT_QUICK = /[^\u0000-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]/;

/** True when `text` is certainly NFC already (every character in NFC_QUICK_RANGES). */
export function isQuickNfc(text: string): boolean {
  return !NOT_QUICK.test(text);
}

export function toNfc(text: string): string {
  return isQuickNfc(text) ? text : text.normalize("NFC");
}
