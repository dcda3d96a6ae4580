/**
 * TemplateDoc → DocModel, the model the checker reads, with no .docx in between: each element's
 * paragraphs carry its id in controlTags and a content control spans them, as in a document the add-in
 * inserted into Word. Page setup and the page-number header come from the template's layout.
 */
import type { ContentControl, DocModel, Paragraph, Table, TableCellPos } from "../model/types";
import type { TemplateDoc, TemplateParagraph, TemplateSection } from "./types";

export function toModel(doc: TemplateDoc): DocModel {
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  const controls: ContentControl[] = [];

  const pushParagraph = (tp: TemplateParagraph, section: TemplateSection, cellPos?: TableCellPos): number => {
    const index = paragraphs.length;
    const text = tp.runs.map((r) => r.text).join("");
    paragraphs.push({
      index,
      ref: `p${index}`,
      text,
      raw: text,
      runs: tp.runs.map((r) => ({
        text: r.text,
        format: {
          font: doc.font,
          size: r.size,
          ...(r.bold ? { bold: true } : {}),
          ...(r.italic ? { italic: true } : {}),
          ...(r.underline ? { underline: true } : {}),
        },
      })),
      alignment: tp.alignment,
      container: cellPos ? "table" : "body",
      ...(cellPos ? { cellPos } : {}),
      controlTags: section.elementId ? [section.elementId] : [],
      ...(tp.borderBottom ? { borderBottom: true } : {}),
    });
    return index;
  };

  const pushSection = (section: TemplateSection, cellPos?: TableCellPos): number[] => {
    const indices = section.paragraphs.map((tp) => pushParagraph(tp, section, cellPos));
    const first = indices[0];
    const last = indices[indices.length - 1];
    if (section.elementId && first !== undefined && last !== undefined) {
      controls.push({ tag: section.elementId, title: section.label, first, last, showingPlaceholder: false });
    }
    return indices;
  };

  const textWidth = doc.page.widthMm - doc.page.margins.left - doc.page.margins.right;
  for (const block of doc.blocks) {
    if (block.kind === "section") {
      pushSection(block.section);
      continue;
    }
    const table = tables.length;
    const cells = [block.columns.left, block.columns.right].map((sections, cell) => ({
      paragraphs: sections.flatMap((s) => pushSection(s, { table, row: 0, cell })),
    }));
    const columnWidths = block.columns.widths.map((w) => Math.round(textWidth * w * 10) / 1000);
    tables.push({ index: table, rows: [{ cells }], borderless: true, depth: 0, columnWidths });
  }

  const pn = doc.page.pageNumbers;
  const header = (index: number, hasPageField: boolean): Paragraph => ({
    index,
    ref: `h${index}`,
    text: "",
    raw: "",
    runs: [],
    alignment: hasPageField ? pn.alignment : "left",
    container: "header",
    controlTags: [],
    ...(hasPageField ? { hasPageField: true } : {}),
  });
  return {
    source: "template",
    paragraphs,
    tables,
    // Page 1 shows no number: a different first page with an empty header of its own.
    headers: [header(0, true), header(1, false)],
    footers: [],
    sections: [
      {
        pageWidth: doc.page.widthMm,
        pageHeight: doc.page.heightMm,
        orientation: doc.page.widthMm > doc.page.heightMm ? "landscape" : "portrait",
        margins: { ...doc.page.margins },
        titlePage: pn.fromPage === 2,
        headerTypes: ["default", "first"],
        headers: [
          { type: "default", paragraphs: [0] },
          { type: "first", paragraphs: [1] },
        ],
      },
    ],
    controls,
    comments: [],
    defaultFont: doc.font,
    defaultSize: doc.bodySize,
  };
}
