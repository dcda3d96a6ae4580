/**
 * Decoding of XML character references. Only the five predefined entities and numeric references
 * are expanded: no DTD is ever read, so no other entity can exist and nothing can expand
 * recursively (billion laughs). Unknown references are kept literally.
 */

const REPLACEMENT = "\uFFFD";

function fromCodePointSafe(cp: number): string {
  // XML Char excludes NUL, surrogates and values past Unicode: show a replacement, never throw.
  if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return REPLACEMENT;
  return String.fromCodePoint(cp);
}

function decodeReference(body: string): string | undefined {
  switch (body) {
    case "amp":
      return "&";
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "quot":
      return '"';
    case "apos":
      return "'";
  }
  if (body.charCodeAt(0) !== 35 /* # */) return undefined;
  const hex = body.charCodeAt(1) === 120 /* x */ || body.charCodeAt(1) === 88; /* X */
  const digits = body.slice(hex ? 2 : 1);
  if (digits.length === 0 || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
  return fromCodePointSafe(parseInt(digits, hex ? 16 : 10));
}

/** Longest reference body we look for ("#x10FFFF" is 8 characters); bounds the scan per "&". */
const MAX_REFERENCE = 10;

export function decodeXmlEntities(text: string): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    // Look for ";" only a few characters ahead, so "&&&…" without ";" stays linear.
    const limit = Math.min(text.length, amp + 2 + MAX_REFERENCE);
    let semi = amp + 1;
    while (semi < limit && text.charCodeAt(semi) !== 59 /* ; */) semi++;
    if (semi < limit) {
      const decoded = decodeReference(text.slice(amp + 1, semi));
      if (decoded !== undefined) {
        out += text.slice(from, amp) + decoded;
        from = semi + 1;
      }
    }
    amp = text.indexOf("&", amp + 1);
  }
  return out + text.slice(from);
}
