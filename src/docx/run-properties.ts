/** Run properties (`w:rPr`) at one level of the style hierarchy, as written: nothing resolved yet. */

import { halfPointsToPoints, onOff } from "./ooxml-values";
import { XML_CLOSE, XML_EOF, XML_OPEN, type XmlTokenizer } from "./xml-tokenizer";

export interface RunProps {
  /** Character style (`w:rStyle`), direct formatting only. */
  rStyle?: string;
  ascii?: string;
  asciiTheme?: string;
  hAnsi?: string;
  hAnsiTheme?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
}

const FONT_ATTRIBUTES = ["w:ascii", "w:hAnsi", "w:asciiTheme", "w:hAnsiTheme"] as const;
const fontValues: (string | undefined)[] = [];

/**
 * Reads the children of the `w:rPr` element the tokenizer is on, through its CLOSE. Revision
 * records (`w:rPrChange`, holding the old formatting) and everything else are skipped.
 */
export function readRunProperties(tok: XmlTokenizer): RunProps {
  const props: RunProps = {};
  if (tok.selfClosing) return props;
  const depth = tok.depth;
  for (;;) {
    const kind = tok.next();
    if (kind === XML_CLOSE) {
      if (tok.depth < depth) return props;
      continue;
    }
    if (kind === XML_EOF) return props;
    if (kind !== XML_OPEN) continue;
    switch (tok.name) {
      case "w:rFonts": {
        tok.attrs(FONT_ATTRIBUTES, fontValues);
        const [ascii, hAnsi, asciiTheme, hAnsiTheme] = fontValues;
        if (ascii !== undefined) props.ascii = ascii;
        if (hAnsi !== undefined) props.hAnsi = hAnsi;
        if (asciiTheme !== undefined) props.asciiTheme = asciiTheme;
        if (hAnsiTheme !== undefined) props.hAnsiTheme = hAnsiTheme;
        break;
      }
      case "w:sz": {
        const size = halfPointsToPoints(tok.attr("w:val"));
        if (size !== undefined) props.size = size;
        break;
      }
      case "w:b":
        props.bold = onOff(tok.attr("w:val"));
        break;
      case "w:i":
        props.italic = onOff(tok.attr("w:val"));
        break;
      case "w:caps":
        props.caps = onOff(tok.attr("w:val"));
        break;
      case "w:u": {
        const val = tok.attr("w:val");
        props.underline = val !== "none" && val !== "0" && val !== "false";
        break;
      }
      case "w:rStyle": {
        const val = tok.attr("w:val");
        if (val !== undefined) props.rStyle = val;
        break;
      }
    }
    tok.skip();
  }
}
