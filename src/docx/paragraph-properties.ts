/** Paragraph properties (`w:pPr`) at one level of the style hierarchy, as written. */

import { borderVisible } from "./ooxml-values";
import { readSectionProperties, type SectionProps } from "./section-properties";
import { XML_CLOSE, XML_EOF, XML_OPEN, type XmlTokenizer } from "./xml-tokenizer";

export interface ParagraphProps {
  pStyle?: string;
  jc?: string;
  /** `w:numPr/w:numId`; "0" explicitly removes numbering. */
  numId?: string;
  /** `w:pBdr/w:bottom` draws a line (true), is explicitly nil/none (false), or is absent. */
  bottomBorder?: boolean;
  /** A section break ending with this paragraph (only in the body). */
  section?: SectionProps;
}

/**
 * Reads the children of the `w:pPr` element the tokenizer is on, through its CLOSE. The paragraph
 * mark's `w:rPr` and the revision record `w:pPrChange` are skipped.
 */
export function readParagraphProperties(tok: XmlTokenizer): ParagraphProps {
  const props: ParagraphProps = {};
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
      case "w:pStyle": {
        const val = tok.attr("w:val");
        if (val !== undefined) props.pStyle = val;
        break;
      }
      case "w:jc": {
        const val = tok.attr("w:val");
        if (val !== undefined) props.jc = val;
        break;
      }
      case "w:numPr":
        // Children read by the loop: only numId matters.
        props.numId ??= "";
        continue;
      case "w:numId": {
        const val = tok.attr("w:val");
        if (val !== undefined) props.numId = val;
        break;
      }
      case "w:pBdr":
        continue;
      case "w:bottom":
        props.bottomBorder = borderVisible(tok.attr("w:val"));
        break;
      case "w:sectPr":
        props.section = readSectionProperties(tok);
        continue;
    }
    tok.skip();
  }
}
