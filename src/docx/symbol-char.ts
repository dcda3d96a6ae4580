/**
 * `w:sym` → a Unicode character. Symbol fonts store their glyphs at U+F020–U+F0FF (private use); we
 * map the Symbol font's common signs and Greek letters, and text fonts' mirror of Latin-1. Pictograph
 * fonts (Wingdings, Webdings…) have no faithful character and give "".
 */

const SYMBOL_FONT: Record<number, string> = {
  0x20: " ", 0x21: "!", 0x22: "∀", 0x23: "#", 0x24: "∃", 0x25: "%", 0x26: "&", 0x27: "∋", 0x28: "(",
  0x29: ")", 0x2a: "∗", 0x2b: "+", 0x2c: ",", 0x2d: "−", 0x2e: ".", 0x2f: "/", 0x3a: ":", 0x3b: ";",
  0x3c: "<", 0x3d: "=", 0x3e: ">", 0x3f: "?", 0x5b: "[", 0x5d: "]", 0x5f: "_", 0x7b: "{", 0x7c: "|",
  0x7d: "}", 0x7e: "∼", 0xa2: "′", 0xa3: "≤", 0xa5: "∞", 0xa7: "♣", 0xa8: "♦", 0xa9: "♥", 0xaa: "♠",
  0xab: "↔", 0xac: "←", 0xad: "↑", 0xae: "→", 0xaf: "↓", 0xb0: "°", 0xb1: "±", 0xb2: "″", 0xb3: "≥",
  0xb4: "×", 0xb5: "∝", 0xb6: "∂", 0xb7: "•", 0xb8: "÷", 0xb9: "≠", 0xba: "≡", 0xbb: "≈", 0xbc: "…",
  0xd0: "∠", 0xd6: "√", 0xd7: "⋅", 0xd8: "¬", 0xd9: "∧", 0xda: "∨", 0xdb: "⇔", 0xdc: "⇐", 0xdd: "⇑",
  0xde: "⇒", 0xdf: "⇓", 0xe0: "◊", 0xe5: "∑",
};

const GREEK_UPPER = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
const GREEK_LOWER = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";

function symbolFontChar(low: number): string {
  if (low >= 0x30 && low <= 0x39) return String.fromCharCode(low);
  if (low >= 0x41 && low <= 0x5a) return GREEK_UPPER.charAt(low - 0x41);
  if (low >= 0x61 && low <= 0x7a) return GREEK_LOWER.charAt(low - 0x61);
  return SYMBOL_FONT[low] ?? "";
}

export function symbolChar(font: string | undefined, charHex: string | undefined): string {
  if (charHex === undefined || !/^[0-9a-fA-F]{1,6}$/.test(charHex)) return "";
  const code = parseInt(charHex, 16);
  if (code < 0xf000 || code > 0xf0ff) {
    if (code < 0x20 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "";
    return String.fromCodePoint(code);
  }
  const low = code - 0xf000;
  const f = (font ?? "").toLowerCase();
  if (f === "symbol") return symbolFontChar(low);
  if (f.startsWith("wingdings") || f.startsWith("webdings") || f.startsWith("zapf") || f.startsWith("marlett")) return "";
  return low >= 0x20 ? String.fromCharCode(low) : "";
}
