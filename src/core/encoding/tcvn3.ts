/**
 * TCVN3 (ABC) ↔ Unicode, one character at a time (format.md §11). Characters outside the table
 * (ASCII, digits, punctuation) pass through unchanged.
 */
import { tcvn3ToUnicode, unicodeToTcvn3 } from "./tcvn3-table";

export interface Tcvn3Options {
  /** The run's font is an upper-case ".Vn…H" font: every letter displays as a capital. */
  upper?: boolean;
}

export function convertTcvn3(text: string, options: Tcvn3Options = {}): string {
  let out = "";
  for (const ch of text) out += tcvn3ToUnicode.get(ch) ?? ch;
  return options.upper ? out.toUpperCase() : out;
}

/**
 * Unicode → TCVN3 (the inverse table, for tests and previews). ABC fonts have no toned capitals, so
 * those are written with the lower-case code, which an upper-case ".Vn…H" font shows as the capital.
 */
export function toTcvn3(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    out += unicodeToTcvn3.get(ch) ?? unicodeToTcvn3.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}
