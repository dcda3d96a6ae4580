/** Table borders (`w:tblBorders`, `w:tcBorders`) and the table style reference. */

import { borderVisible } from "./ooxml-values";
import { XML_CLOSE, XML_EOF, XML_OPEN, type XmlTokenizer } from "./xml-tokenizer";

/** Per side: true draws a line, false is explicitly nil/none; a missing side is inherited. */
export type BorderSides = Partial<Record<string, boolean>>;

export interface TableProps {
  tblStyle?: string;
  borders: BorderSides;
}

const SIDES = new Set(["w:top", "w:left", "w:bottom", "w:right", "w:start", "w:end", "w:insideH", "w:insideV"]);

/**
 * Reads `w:tblPr`, `w:tblPrEx` or `w:tcPr` (the tokenizer is on its OPEN) through its CLOSE,
 * collecting the sides of its `w:tblBorders` / `w:tcBorders` and the table style.
 */
export function readTableProperties(tok: XmlTokenizer): TableProps {
  const props: TableProps = { borders: {} };
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
    const name = tok.name;
    if (name === "w:tblBorders" || name === "w:tcBorders") {
      readSides(tok, props.borders);
      continue;
    }
    if (name === "w:tblStyle") {
      const val = tok.attr("w:val");
      if (val !== undefined) props.tblStyle = val;
    }
    tok.skip();
  }
}

function readSides(tok: XmlTokenizer, into: BorderSides): void {
  if (tok.selfClosing) return;
  const depth = tok.depth;
  for (;;) {
    const kind = tok.next();
    if (kind === XML_CLOSE) {
      if (tok.depth < depth) return;
      continue;
    }
    if (kind === XML_EOF) return;
    if (kind !== XML_OPEN) continue;
    if (SIDES.has(tok.name)) into[tok.name] = borderVisible(tok.attr("w:val"));
    tok.skip();
  }
}

export function anyBorderVisible(sides: BorderSides): boolean {
  for (const key in sides) if (sides[key] === true) return true;
  return false;
}
