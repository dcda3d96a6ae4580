/**
 * Turns a model built with makeDoc (test/helpers/make-doc.ts) into a DocxSpec, so the same sample
 * documents the rule tests use can be written as real .docx files with writeDocx (CLI and reader
 * round-trip tests). Covers what makeDoc produces: body paragraphs with formatted runs, tables of
 * paragraphs, content-control tags, one section.
 */
import type { DocModel, Paragraph, Table } from "../../src/core/model/types";
import type { BlockSpec, DocxSpec, InlineSpec, ParagraphSpec, SectionSpec, TableSpec } from "../../src/docx/docx-spec";

function paragraphSpec(p: Paragraph): ParagraphSpec {
  // RunFormat and RunStyleSpec share their fields (font, size in points, toggles).
  const children: InlineSpec[] = p.runs.map((r) => ({ text: r.text, ...r.format }));
  return {
    type: "paragraph",
    children,
    alignment: p.alignment,
    borderBottom: p.borderBottom,
  };
}

/** Wraps a block in one content control per tag, outermost first (as Paragraph.controlTags lists them). */
function withControls(block: BlockSpec, tags: readonly string[]): BlockSpec {
  return tags.reduceRight<BlockSpec>((inner, tag) => ({ type: "control", tag, title: tag, blocks: [inner] }), block);
}

function tableSpec(doc: DocModel, t: Table): TableSpec {
  return {
    type: "table",
    borderless: t.borderless,
    rows: t.rows.map((row) => ({
      cells: row.cells.map((cell) => ({
        blocks: cell.paragraphs.map((i) => {
          const p = doc.paragraphs[i]!;
          return withControls(paragraphSpec(p), p.controlTags);
        }),
      })),
    })),
  };
}

function sectionSpec(doc: DocModel): SectionSpec | undefined {
  const s = doc.sections[0];
  if (!s) return undefined;
  return {
    pageWidth: s.pageWidth,
    pageHeight: s.pageHeight,
    orientation: s.orientation,
    margins: s.margins ? { ...s.margins } : undefined,
    titlePage: s.titlePage,
    // A model that declares headers (makeDoc's A4 section) stands for a numbered document.
    pageNumbers: Boolean(s.headerTypes?.length),
  };
}

export function modelToDocxSpec(doc: DocModel): DocxSpec {
  const blocks: BlockSpec[] = [];
  const emitted = new Set<number>();
  for (const p of doc.paragraphs) {
    if (p.cellPos) {
      if (emitted.has(p.cellPos.table)) continue;
      emitted.add(p.cellPos.table);
      const t = doc.tables[p.cellPos.table];
      if (t) blocks.push(tableSpec(doc, t));
      continue;
    }
    blocks.push(withControls(paragraphSpec(p), p.controlTags));
  }
  return {
    blocks,
    section: sectionSpec(doc),
    ...(doc.defaultFont ? { defaultFont: doc.defaultFont } : {}),
    ...(doc.defaultSize ? { defaultSize: doc.defaultSize } : {}),
    // A fixed date keeps the written bytes identical from run to run.
    properties: { modified: new Date(Date.UTC(2025, 10, 5, 12, 0, 0)) },
  };
}
