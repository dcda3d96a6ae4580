/**
 * DocModel → DocxSpec, so a model (a .docx read by readDocx and edited in the preview, or a test's
 * sample document) can be written as a real .docx with writeDocx. Kept: body paragraphs with their
 * formatted runs, alignment and title rules; tables (nested ones too) with their paragraphs;
 * content controls by tag, one control around each run of consecutive paragraphs sharing a tag;
 * the first section's page setup; page numbers and other header / footer text of the default
 * header and footer; comments on their paragraphs; document default font and size.
 * Not kept (the model does not hold them): paragraph styles other than direct formatting, list
 * numbering, images, text boxes as boxes (their paragraphs are written in place as body text).
 */
import type { DocModel, Paragraph, Table } from "../core/model/types";
import type { BlockSpec, CommentSpec, DocxSpec, InlineSpec, ParagraphSpec, SectionSpec, TableSpec } from "./docx-spec";

export interface ModelToDocxOptions {
  /** The file's modification time; default a fixed date, so the same model gives the same bytes. */
  modified?: Date;
  /** Author written on comments that carry none. */
  commentAuthor?: string;
}

const FIXED_DATE = new Date(Date.UTC(2025, 10, 5, 12, 0, 0));

function paragraphSpec(p: Paragraph): ParagraphSpec {
  // RunFormat and RunStyleSpec share their fields (font, size in points, toggles); fontHAnsi has no
  // counterpart in the writer and is left out.
  const children: InlineSpec[] = p.runs.map((r) => {
    const { fontHAnsi: _hAnsi, ...format } = r.format;
    return { text: r.text, ...format };
  });
  return {
    type: "paragraph",
    children,
    alignment: p.alignment,
    borderBottom: p.borderBottom,
  };
}

/** A block with the tags of the controls around it, outermost first. */
interface Tagged {
  block: BlockSpec;
  tags: readonly string[];
}

/**
 * One control per run of consecutive blocks whose outermost tag is the same, recursively: a
 * multi-paragraph element comes back as one control, as the templates write it.
 */
function groupControls(items: readonly Tagged[], titles: ReadonlyMap<string, string>): BlockSpec[] {
  const out: BlockSpec[] = [];
  let i = 0;
  while (i < items.length) {
    const item = items[i] as Tagged;
    const tag = item.tags[0];
    if (tag === undefined) {
      out.push(item.block);
      i++;
      continue;
    }
    const inner: Tagged[] = [];
    while (i < items.length && (items[i] as Tagged).tags[0] === tag) {
      const next = items[i] as Tagged;
      inner.push({ block: next.block, tags: next.tags.slice(1) });
      i++;
    }
    out.push({ type: "control", tag, title: titles.get(tag) ?? tag, blocks: groupControls(inner, titles) });
  }
  return out;
}

class Converter {
  private readonly emitted = new Set<number>();
  private readonly titles = new Map<string, string>();

  constructor(private readonly doc: DocModel) {
    for (const c of doc.controls) if (c.title && !this.titles.has(c.tag)) this.titles.set(c.tag, c.title);
  }

  body(): BlockSpec[] {
    const items: Tagged[] = [];
    for (const p of this.doc.paragraphs) {
      if (p.cellPos) {
        const top = this.topTable(p.index);
        if (top !== undefined && !this.emitted.has(top.index)) items.push({ block: this.table(top), tags: [] });
        continue;
      }
      items.push({ block: paragraphSpec(p), tags: p.controlTags });
    }
    return groupControls(items, this.titles);
  }

  /** The outermost table holding a paragraph (depth 0), or the paragraph's own table as a fallback. */
  private topTable(index: number): Table | undefined {
    const own = this.doc.tables[this.doc.paragraphs[index]?.cellPos?.table ?? -1];
    const top = this.doc.tables.find((t) => t.depth === 0 && t.rows.some((r) => r.cells.some((c) => c.paragraphs.includes(index))));
    return top ?? own;
  }

  /** The table one level below `parent` that holds paragraph `index`. */
  private childTable(parent: Table, index: number): Table | undefined {
    return this.doc.tables.find((t) => t.depth === parent.depth + 1 && t.rows.some((r) => r.cells.some((c) => c.paragraphs.includes(index))));
  }

  private table(t: Table): TableSpec {
    this.emitted.add(t.index);
    return {
      type: "table",
      borderless: t.borderless,
      ...(t.columnWidths ? { columnWidths: t.columnWidths } : {}),
      rows: t.rows.map((row) => ({
        cells: row.cells.map((cell) => {
          const items: Tagged[] = [];
          for (const i of cell.paragraphs) {
            const p = this.doc.paragraphs[i];
            if (!p) continue;
            if (p.cellPos && p.cellPos.table !== t.index) {
              // A nested table's paragraphs are listed in the outer cell too: write the table once.
              const child = this.childTable(t, i);
              if (child && !this.emitted.has(child.index)) items.push({ block: this.table(child), tags: [] });
              if (child) continue;
            }
            items.push({ block: paragraphSpec(p), tags: p.controlTags });
          }
          const blocks = groupControls(items, this.titles);
          // A cell must hold a paragraph (Word refuses a cell without one).
          return { blocks: blocks.length > 0 ? blocks : [{ type: "paragraph" }] };
        }),
      })),
    };
  }
}

function storyBlocks(paragraphs: readonly Paragraph[], refs: { type: string; paragraphs: number[] }[] | undefined): { blocks: BlockSpec[]; pageField: boolean } {
  const ref = refs?.find((r) => r.type === "default");
  const own = ref ? ref.paragraphs.map((i) => paragraphs[i]).filter((p): p is Paragraph => p !== undefined) : [];
  const pageField = own.some((p) => p.hasPageField);
  const blocks = own.filter((p) => !p.hasPageField && p.raw.trim() !== "").map(paragraphSpec);
  return { blocks, pageField };
}

function sectionSpec(doc: DocModel): SectionSpec | undefined {
  const s = doc.sections[0];
  if (!s) return undefined;
  const header = storyBlocks(doc.headers, s.headers);
  const footer = storyBlocks(doc.footers, s.footers);
  // A model that declares headers without their content (makeDoc's A4 section) stands for a
  // numbered document; one read from a file says itself whether its header has a PAGE field.
  const pageNumbers = header.pageField || footer.pageField || (s.headers === undefined && Boolean(s.headerTypes?.length));
  return {
    pageWidth: s.pageWidth,
    pageHeight: s.pageHeight,
    orientation: s.orientation,
    margins: s.margins ? { ...s.margins } : undefined,
    titlePage: s.titlePage,
    pageNumbers,
    ...(header.blocks.length > 0 ? { header: header.blocks } : {}),
    ...(footer.blocks.length > 0 ? { footer: footer.blocks } : {}),
  };
}

export function modelToDocxSpec(doc: DocModel, options: ModelToDocxOptions = {}): DocxSpec {
  const comments: CommentSpec[] = doc.comments
    .filter((c) => c.paragraph !== undefined && c.paragraph >= 0 && c.paragraph < doc.paragraphs.length)
    .map((c) => ({ paragraphIndex: c.paragraph as number, text: c.text, author: c.author || options.commentAuthor || "Biên bản Chi bộ" }));
  return {
    blocks: new Converter(doc).body(),
    section: sectionSpec(doc),
    ...(doc.defaultFont ? { defaultFont: doc.defaultFont } : {}),
    ...(doc.defaultSize ? { defaultSize: doc.defaultSize } : {}),
    ...(comments.length > 0 ? { comments } : {}),
    properties: { modified: options.modified ?? FIXED_DATE },
  };
}
