/**
 * VNI-Windows ↔ Unicode (format.md §11). VNI is multi-character, so decoding takes the longest match
 * first: "aø" is à, never "a" followed by a stray "ø".
 */
import { unicodeToVni, vniToUnicode } from "./vni-table";

export function convertVni(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const pair = vniToUnicode.get(text.slice(i, i + 2));
    if (pair !== undefined && i + 1 < text.length) {
      out += pair;
      i += 2;
      continue;
    }
    const ch = text[i]!;
    out += vniToUnicode.get(ch) ?? ch;
    i += 1;
  }
  return out;
}

/** Unicode → VNI (the inverse table, for tests and previews). */
export function toVni(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += unicodeToVni.get(ch) ?? ch;
  return out;
}
