/**
 * TemplateDoc → .docx bytes through writeDocx. Each element becomes a block content control tagged
 * with its element id (w:tag) and titled with its Vietnamese label (w:alias): Word shows the label,
 * the add-in finds the element by tag, and readDocx gives back the controlTags toModel gives.
 */
import { documentTypeLabels } from "../core/catalog/document-types";
import type { TemplateColumns, TemplateDoc, TemplateParagraph, TemplateSection } from "../core/templates/types";
import type { BlockSpec, ParagraphSpec, TableSpec } from "./docx-spec";
import { writeDocx } from "./write-docx";

export interface RenderOptions {
  /** The file's creation / modification time (default: now); fixed for reproducible bytes. */
  modified?: Date;
}

function paragraphSpec(p: TemplateParagraph, font: string): ParagraphSpec {
  return {
    type: "paragraph",
    alignment: p.alignment,
    ...(p.firstLineIndentMm !== undefined ? { firstLineIndent: p.firstLineIndentMm } : {}),
    ...(p.spaceAfterPt !== undefined ? { spacing: { after: p.spaceAfterPt } } : {}),
    ...(p.borderBottom ? { borderBottom: true } : {}),
    children: p.runs.map((r) => ({
      text: r.text,
      font,
      size: r.size,
      ...(r.bold ? { bold: true } : {}),
      ...(r.italic ? { italic: true } : {}),
      ...(r.underline ? { underline: true } : {}),
    })),
  };
}

function sectionBlocks(section: TemplateSection, font: string): BlockSpec[] {
  const paragraphs = section.paragraphs.map((p) => paragraphSpec(p, font));
  if (!section.elementId) return paragraphs;
  return [{ type: "control", tag: section.elementId, title: section.label, blocks: paragraphs }];
}

function columnsTable(columns: TemplateColumns, textWidthMm: number, font: string): TableSpec {
  const cell = (sections: TemplateSection[]) => ({ blocks: sections.flatMap((s) => sectionBlocks(s, font)) });
  return {
    type: "table",
    borderless: true,
    columnWidths: columns.widths.map((w) => (textWidthMm * w) / 100),
    rows: [{ cells: [cell(columns.left), cell(columns.right)] }],
  };
}

export function renderTemplateDocx(doc: TemplateDoc, options: RenderOptions = {}): Uint8Array {
  const { page } = doc;
  const textWidth = page.widthMm - page.margins.left - page.margins.right;
  const blocks = doc.blocks.flatMap((b): BlockSpec[] => (b.kind === "section" ? sectionBlocks(b.section, doc.font) : [columnsTable(b.columns, textWidth, doc.font)]));
  return writeDocx({
    blocks,
    section: {
      pageWidth: page.widthMm,
      pageHeight: page.heightMm,
      orientation: page.widthMm > page.heightMm ? "landscape" : "portrait",
      margins: { ...page.margins, header: page.pageNumbers.headerDistanceMm },
      // Page numbers from page 2: page 1 gets its own empty header.
      titlePage: page.pageNumbers.fromPage === 2,
      pageNumbers: { font: doc.font, size: page.pageNumbers.size },
    },
    defaultFont: doc.font,
    defaultSize: doc.bodySize,
    properties: { title: documentTypeLabels[doc.type], creator: "bienban", ...(options.modified ? { modified: options.modified } : {}) },
  });
}
