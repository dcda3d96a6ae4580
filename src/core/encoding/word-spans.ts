/**
 * Word spans for the encoding detectors. Legacy text uses Latin-1 symbols as letters ("§¶ng",
 * "c¸c", "kh«ng", "­¬ng" with U+00AD), and mojibake uses Latin-1 and Windows-1252 punctuation
 * ("Ä‘", "á»…"), so neither can split words the usual way.
 */
export interface WordSpan {
  start: number;
  end: number;
  text: string;
}

/** Letters, digits, the whole Latin-1 upper half but NBSP, Vietnamese letters and combining marks. */
const LEGACY_WORD = /[0-9A-Za-z\u00a1-\u00ff\u0100-\u024f\u0300-\u036f\u1e00-\u1eff]+/g;

/**
 * Anything but ASCII white space and ASCII punctuation: UTF-8 read as Windows-1252 never yields ASCII,
 * while NBSP (byte 0xA0, as in "vÃ\u00a0" = và) belongs to the word, so `\s` cannot be used.
 */
const MOJIBAKE_WORD = /[^\t\n\v\f\r !-/:-@[-`{-~]+/g;

function spans(text: string, re: RegExp): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export function legacyWordSpans(text: string): WordSpan[] {
  return spans(text, LEGACY_WORD);
}

export function mojibakeWordSpans(text: string): WordSpan[] {
  return spans(text, MOJIBAKE_WORD);
}
