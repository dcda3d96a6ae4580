/** The style definitions of styles.xml: document defaults and styles with their basedOn links. */

import { readParagraphProperties, type ParagraphProps } from "./paragraph-properties";
import { readRunProperties, type RunProps } from "./run-properties";
import { readTableProperties, type BorderSides } from "./table-properties";
import { onOff } from "./ooxml-values";
import { XML_CLOSE, XML_EOF, XML_OPEN, XmlTokenizer } from "./xml-tokenizer";

export type StyleType = "paragraph" | "character" | "table" | "numbering";

export interface StyleDef {
  id: string;
  type: StyleType;
  name?: string;
  basedOn?: string;
  rPr: RunProps;
  pPr: ParagraphProps;
  /** Table styles: their w:tblPr/w:tblBorders sides. */
  tableBorders: BorderSides;
}

export interface StyleSheet {
  styles: Map<string, StyleDef>;
  /** w:docDefaults. */
  defaultRun: RunProps;
  defaultParagraph: ParagraphProps;
  /** Styles marked w:default="1", per type (Normal, Default Paragraph Font, Normal Table). */
  defaultParagraphStyle?: string;
  defaultCharacterStyle?: string;
  defaultTableStyle?: string;
}

export function emptyStyleSheet(): StyleSheet {
  return { styles: new Map(), defaultRun: {}, defaultParagraph: {} };
}

function styleType(val: string | undefined): StyleType {
  return val === "character" || val === "table" || val === "numbering" ? val : "paragraph";
}

export function parseStyleSheet(xml: string, partName: string): StyleSheet {
  const sheet = emptyStyleSheet();
  const tok = new XmlTokenizer(xml, partName);
  let style: StyleDef | undefined;
  let inDefaults = false;
  for (let kind = tok.next(); kind !== XML_EOF; kind = tok.next()) {
    if (kind === XML_CLOSE) {
      if (tok.name === "w:style") style = undefined;
      else if (tok.name === "w:docDefaults") inDefaults = false;
      continue;
    }
    if (kind !== XML_OPEN) continue;
    switch (tok.name) {
      case "w:docDefaults":
        inDefaults = true;
        break;
      case "w:style": {
        const id = tok.attr("w:styleId") ?? "";
        const type = styleType(tok.attr("w:type"));
        const isDefault = tok.attr("w:default");
        style = { id, type, rPr: {}, pPr: {}, tableBorders: {} };
        if (!sheet.styles.has(id)) sheet.styles.set(id, style);
        if (isDefault !== undefined && onOff(isDefault)) {
          if (type === "paragraph") sheet.defaultParagraphStyle ??= id;
          else if (type === "character") sheet.defaultCharacterStyle ??= id;
          else if (type === "table") sheet.defaultTableStyle ??= id;
        }
        if (tok.selfClosing) style = undefined;
        break;
      }
      case "w:name":
        if (style) style.name = tok.attr("w:val") ?? "";
        break;
      case "w:basedOn": {
        const val = tok.attr("w:val");
        if (style && val !== undefined) style.basedOn = val;
        break;
      }
      case "w:rPr":
        if (style) style.rPr = readRunProperties(tok);
        else if (inDefaults) sheet.defaultRun = readRunProperties(tok);
        else tok.skip();
        break;
      case "w:pPr":
        if (style) style.pPr = readParagraphProperties(tok);
        else if (inDefaults) sheet.defaultParagraph = readParagraphProperties(tok);
        else tok.skip();
        break;
      case "w:tblPr":
        if (style) style.tableBorders = readTableProperties(tok).borders;
        else tok.skip();
        break;
      case "w:tblStylePr":
      case "w:latentStyles":
        // Conditional table formatting and the latent style list carry nothing we report.
        tok.skip();
        break;
    }
  }
  return sheet;
}
