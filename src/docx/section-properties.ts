/** Section properties (`w:sectPr`): page size, margins, first-page flag, header/footer references. */

import type { Section } from "../core/model/types";
import { onOff, twipsToMm } from "./ooxml-values";
import { XML_CLOSE, XML_EOF, XML_OPEN, type XmlTokenizer } from "./xml-tokenizer";

export type HeaderFooterType = "default" | "first" | "even";

export interface HeaderFooterReference {
  type: HeaderFooterType;
  /** Relationship id in the document part's relationships. */
  rId: string;
}

export interface SectionProps {
  section: Section;
  headerRefs: HeaderFooterReference[];
  footerRefs: HeaderFooterReference[];
}

function referenceType(val: string | undefined): HeaderFooterType {
  return val === "first" || val === "even" ? val : "default";
}

/** Negative top/bottom margins mean "fixed, text may not push them": the distance is the absolute value. */
function absMm(val: string | undefined): number | undefined {
  const mm = twipsToMm(val);
  return mm === undefined ? undefined : Math.abs(mm);
}

/** Reads the `w:sectPr` element the tokenizer is on, through its CLOSE (`w:sectPrChange` skipped). */
export function readSectionProperties(tok: XmlTokenizer): SectionProps {
  const section: Section = {};
  const result: SectionProps = { section, headerRefs: [], footerRefs: [] };
  if (tok.selfClosing) return result;
  const depth = tok.depth;
  for (;;) {
    const kind = tok.next();
    if (kind === XML_CLOSE) {
      if (tok.depth < depth) break;
      continue;
    }
    if (kind === XML_EOF) break;
    if (kind !== XML_OPEN) continue;
    switch (tok.name) {
      case "w:pgSz": {
        const w = twipsToMm(tok.attr("w:w"));
        const h = twipsToMm(tok.attr("w:h"));
        const orient = tok.attr("w:orient");
        if (w !== undefined) section.pageWidth = w;
        if (h !== undefined) section.pageHeight = h;
        if (orient === "landscape" || orient === "portrait") section.orientation = orient;
        else if (w !== undefined && h !== undefined) section.orientation = w > h ? "landscape" : "portrait";
        break;
      }
      case "w:pgMar": {
        const top = absMm(tok.attr("w:top"));
        const bottom = absMm(tok.attr("w:bottom"));
        const left = twipsToMm(tok.attr("w:left") ?? tok.attr("w:start"));
        const right = twipsToMm(tok.attr("w:right") ?? tok.attr("w:end"));
        const header = twipsToMm(tok.attr("w:header"));
        const footer = twipsToMm(tok.attr("w:footer"));
        section.margins = { top: top ?? 0, bottom: bottom ?? 0, left: left ?? 0, right: right ?? 0 };
        if (header !== undefined) section.margins.header = header;
        if (footer !== undefined) section.margins.footer = footer;
        break;
      }
      case "w:titlePg":
        section.titlePage = onOff(tok.attr("w:val"));
        break;
      case "w:headerReference":
      case "w:footerReference": {
        const rId = tok.attr("r:id");
        if (rId === undefined) break;
        const ref = { type: referenceType(tok.attr("w:type")), rId };
        if (tok.name === "w:headerReference") result.headerRefs.push(ref);
        else result.footerRefs.push(ref);
        break;
      }
    }
    tok.skip();
  }
  if (result.headerRefs.length > 0) section.headerTypes = result.headerRefs.map((r) => r.type);
  return result;
}
