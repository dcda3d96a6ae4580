/**
 * UTF-8 read as Windows-1252 (ENC.MOJIBAKE): "Ä‘" = đ, "áº¡" = ạ, "á»‡" = ệ, "vÃ\u00a0" = và.
 * A word is mojibake when its Windows-1252 bytes decode as UTF-8 to a Vietnamese syllable and the
 * word is none itself ("XÃ" is a real word and not valid UTF-8). When a tool dropped the undefined
 * bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D: "Ä" for Đ, "á»" for ờ) the word no longer decodes: it is
 * still recognised by its tell-tale pairs, but cannot be restored.
 */
import { cp1252Byte, cp1252Specials } from "./cp1252";
import { decodeUtf8 } from "./utf8";
import { isVietnameseSyllable } from "./vietnamese-syllable";
import { mojibakeWordSpans, type WordSpan } from "./word-spans";

/** Reverses the misreading; null when the characters are not Windows-1252 or the bytes not UTF-8. */
export function decodeMojibake(text: string): string | null {
  const bytes: number[] = [];
  for (const ch of text) {
    const byte = cp1252Byte(ch.codePointAt(0)!);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  return decodeUtf8(bytes);
}

const specials = cp1252Specials.replace(/[\]\\^-]/g, "\\$&");
/**
 * Lead byte + continuation pairs as Windows-1252 shows them: E1 BA / E1 BB (ạ…ỹ), C4 / C5 / C6
 * (đ, ă, ơ, ư, ĩ, ũ), C3 (à, á, â, ã, è, é, ê, ì, í, ò, ó, ô, õ, ù, ú, ý). "Ã" + NBSP is left out:
 * "XÃ\u00a0HỘI" is real text.
 */
const TELL_TALE = new RegExp(`áº|á»|[ÄÅÆ][\\u0080-\\u00bf${specials}]|Ã[\\u00a1-\\u00bf${specials}]`);
/** Vietnamese letters a Windows-1252 reading can never produce. */
const REAL_LETTER = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

export interface MojibakeWord extends WordSpan {
  /** The restored word, or null when bytes were lost. */
  decoded: string | null;
}

/** "vÃ " : à whose second byte (NBSP) became a plain space — lowercase letters, then "Ã". */
const LOST_A_GRAVE = /^[a-zđ]+Ã$/;

/**
 * A UTF-8 lead byte (0xC2–0xF4) read as Windows-1252, then a continuation byte (0x80–0xBF). Both a
 * word that decodes (the decoder is strict) and every tell-tale pair need one.
 */
const LEAD_AND_CONTINUATION = new RegExp(`[\\u00c2-\\u00f4][\\u0080-\\u00bf${specials}]`);

export function mojibakeWords(text: string): MojibakeWord[] {
  if (!/[ÃÄÅÆá]/.test(text) || !LEAD_AND_CONTINUATION.test(text)) return [];
  const out: MojibakeWord[] = [];
  const lostAGrave: WordSpan[] = [];
  for (const span of mojibakeWordSpans(text)) {
    if (!/[\u0080-\u00ff]/.test(span.text)) continue;
    if (LOST_A_GRAVE.test(span.text) && text[span.end] === " ") lostAGrave.push(span);
    if (isVietnameseSyllable(span.text)) continue;
    const decoded = decodeMojibake(span.text);
    if (decoded !== null && decoded !== span.text && !/[\u0080-\u009f]/.test(decoded) && isVietnameseWord(decoded)) {
      out.push({ ...span, decoded });
    } else if (TELL_TALE.test(span.text) && !REAL_LETTER.test(span.text)) {
      out.push({ ...span, decoded: null });
    }
  }
  // "vÃ" alone reads as "vã"; beside other mojibake it is a lost "và".
  if (out.length && lostAGrave.length) {
    for (const span of lostAGrave) if (!out.some((w) => w.start === span.start)) out.push({ ...span, decoded: null });
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A syllable, possibly with a trailing "…" or a hyphenated pair ("Đảng-Nhà"). */
function isVietnameseWord(word: string): boolean {
  return word.split(/[-–…]/).filter(Boolean).every(isVietnameseSyllable);
}
