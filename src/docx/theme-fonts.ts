/** Theme fonts (theme1.xml), which `w:asciiTheme="minorHAnsi"` and friends refer to. */

import { XML_CLOSE, XML_EOF, XML_OPEN, XmlTokenizer } from "./xml-tokenizer";

export interface ThemeFonts {
  majorLatin?: string;
  minorLatin?: string;
  majorEastAsia?: string;
  minorEastAsia?: string;
  majorBidi?: string;
  minorBidi?: string;
}

export function parseThemeFonts(xml: string, partName: string): ThemeFonts {
  const tok = new XmlTokenizer(xml, partName);
  const fonts: ThemeFonts = {};
  let group: "major" | "minor" | undefined;
  for (let kind = tok.next(); kind !== XML_EOF; kind = tok.next()) {
    if (kind === XML_CLOSE) {
      if (tok.name === "a:majorFont" || tok.name === "a:minorFont") group = undefined;
      continue;
    }
    if (kind !== XML_OPEN) continue;
    const name = tok.name;
    if (name === "a:majorFont") group = "major";
    else if (name === "a:minorFont") group = "minor";
    else if (group !== undefined && (name === "a:latin" || name === "a:ea" || name === "a:cs")) {
      const face = tok.attr("typeface");
      if (!face) continue;
      const slot = name === "a:latin" ? "Latin" : name === "a:ea" ? "EastAsia" : "Bidi";
      fonts[`${group}${slot}`] = face;
    }
  }
  return fonts;
}

/** ST_Theme ("minorHAnsi", "majorEastAsia"…) → the theme's font name. */
export function themeFont(fonts: ThemeFonts, theme: string): string | undefined {
  const major = theme.startsWith("major");
  if (theme.endsWith("EastAsia")) return major ? fonts.majorEastAsia : fonts.minorEastAsia;
  if (theme.endsWith("Bidi")) return major ? fonts.majorBidi : fonts.minorBidi;
  return major ? fonts.majorLatin : fonts.minorLatin;
}
