/**
 * writeDocx: a DocxSpec → the bytes of a real .docx (WordprocessingML, opened by Word and
 * LibreOffice). Browser-safe. Paragraphs are counted exactly as readDocx counts them, so comments
 * anchored by paragraph index land where the reader will look.
 */

import { zipSync, strToU8, type Zippable } from "fflate";
import type { Alignment } from "../core/model/types";
import { commentDate, commentElement, commentRangeEnd, commentRangeStart, commentsPart } from "./comment-markup";
import type {
  BlockSpec,
  ControlProps,
  DocxSpec,
  FieldSpec,
  InlineSpec,
  MarginsSpec,
  ParagraphSpec,
  RunSpec,
  RunStyleSpec,
  TableSpec,
} from "./docx-spec";
import { mmToTwips } from "./ooxml-values";
import {
  CT_COMMENTS,
  CT_DOCUMENT,
  CT_FOOTER,
  CT_HEADER,
  CT_SETTINGS,
  CT_STYLES,
  NS_R,
  NS_W,
  REL_COMMENTS,
  REL_FOOTER,
  REL_HEADER,
  REL_SETTINGS,
  REL_STYLES,
  XML_DECLARATION,
} from "./ooxml-namespaces";
import {
  PROPERTY_PARTS,
  appPropertiesPart,
  contentTypesPart,
  corePropertiesPart,
  packageRelationshipsPart,
  relationshipsPart,
  settingsPart,
  stylesPart,
  type PartDeclaration,
  type RelationshipDeclaration,
} from "./package-parts";
import { escapeXmlAttr, escapeXmlText } from "./xml-escape";

const DEFAULT_MARGINS: Required<MarginsSpec> = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 };
/** Default cell margins (108 twips each side) in mm: the text inside a cell is this much narrower. */
const CELL_PADDING_MM = (2 * 108 * 25.4) / 1440;

const JC: Record<Alignment, string> = { left: "left", center: "center", right: "right", justify: "both" };

function runProperties(s: RunStyleSpec): string {
  let x = "";
  if (s.font !== undefined) {
    const f = escapeXmlAttr(s.font);
    x += `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>`;
  }
  if (s.bold !== undefined) x += s.bold ? "<w:b/><w:bCs/>" : '<w:b w:val="0"/><w:bCs w:val="0"/>';
  if (s.italic !== undefined) x += s.italic ? "<w:i/><w:iCs/>" : '<w:i w:val="0"/><w:iCs w:val="0"/>';
  if (s.caps !== undefined) x += s.caps ? "<w:caps/>" : '<w:caps w:val="0"/>';
  if (s.size !== undefined) {
    const hp = Math.round(s.size * 2);
    x += `<w:sz w:val="${hp}"/><w:szCs w:val="${hp}"/>`;
  }
  if (s.underline !== undefined) x += `<w:u w:val="${s.underline ? "single" : "none"}"/>`;
  return x === "" ? "" : `<w:rPr>${x}</w:rPr>`;
}

/** Run content: "\t" → w:tab, line breaks → w:br, the rest as w:t with spaces preserved. */
function runContent(text: string): string {
  let x = "";
  for (const piece of text.split(/(\t|\r\n|\r|\n)/)) {
    if (piece === "") continue;
    if (piece === "\t") x += "<w:tab/>";
    else if (piece === "\n" || piece === "\r" || piece === "\r\n") x += "<w:br/>";
    else x += `<w:t xml:space="preserve">${escapeXmlText(piece)}</w:t>`;
  }
  return x;
}

function endsWithParagraph(blocks: BlockSpec[]): boolean {
  const last = blocks[blocks.length - 1];
  if (last === undefined || last.type === "table") return false;
  if (last.type === "control") return endsWithParagraph(last.blocks);
  return true;
}

/** Writes the blocks of one story; counts paragraphs as the reader does. */
class StoryWriter {
  paragraphCount = 0;
  private readonly commentsAt: Map<number, number[]>;
  private readonly ids: { next: number };

  constructor(commentsAt: Map<number, number[]>, ids: { next: number }) {
    this.commentsAt = commentsAt;
    this.ids = ids;
  }

  blocks(blocks: BlockSpec[], widthMm: number): string {
    let x = "";
    for (const block of blocks) {
      if (block.type === "paragraph") x += this.paragraph(block);
      else if (block.type === "table") {
        // Word rejects a table without a row or a row without a cell: such rows are left out.
        const rows = block.rows.filter((r) => r.cells.length > 0);
        if (rows.length > 0) x += this.table({ ...block, rows }, widthMm);
      }
      else {
        // An empty block control still needs content for Word: one empty paragraph.
        const inner = block.blocks.length > 0 ? this.blocks(block.blocks, widthMm) : this.paragraph({ type: "paragraph" });
        x += this.control(block, inner);
      }
    }
    return x;
  }

  paragraph(p: ParagraphSpec): string {
    const index = this.paragraphCount++;
    let ppr = "";
    if (p.style !== undefined) ppr += `<w:pStyle w:val="${escapeXmlAttr(p.style)}"/>`;
    if (p.borderBottom === true) ppr += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>';
    const sp = p.spacing;
    if (sp !== undefined) {
      let attrs = "";
      if (sp.before !== undefined) attrs += ` w:before="${Math.round(sp.before * 20)}"`;
      if (sp.after !== undefined) attrs += ` w:after="${Math.round(sp.after * 20)}"`;
      if (sp.lineExact !== undefined) attrs += ` w:line="${Math.round(sp.lineExact * 20)}" w:lineRule="exact"`;
      else if (sp.line !== undefined) attrs += ` w:line="${Math.round(sp.line * 240)}" w:lineRule="auto"`;
      if (attrs !== "") ppr += `<w:spacing${attrs}/>`;
    }
    if (p.leftIndent !== undefined || p.firstLineIndent !== undefined) {
      let attrs = "";
      if (p.leftIndent !== undefined) attrs += ` w:left="${mmToTwips(p.leftIndent)}"`;
      if (p.firstLineIndent !== undefined) {
        attrs +=
          p.firstLineIndent >= 0
            ? ` w:firstLine="${mmToTwips(p.firstLineIndent)}"`
            : ` w:hanging="${mmToTwips(-p.firstLineIndent)}"`;
      }
      ppr += `<w:ind${attrs}/>`;
    }
    if (p.alignment !== undefined) ppr += `<w:jc w:val="${JC[p.alignment]}"/>`;
    const children: InlineSpec[] = p.children ?? (p.text !== undefined ? [{ ...p.format, text: p.text }] : []);
    let starts = "";
    let ends = "";
    for (const id of this.commentsAt.get(index) ?? []) {
      starts += commentRangeStart(id);
      ends += commentRangeEnd(id);
    }
    return `<w:p>${ppr === "" ? "" : `<w:pPr>${ppr}</w:pPr>`}${starts}${this.inline(children)}${ends}</w:p>`;
  }

  private inline(children: InlineSpec[]): string {
    let x = "";
    for (const child of children) {
      if (child.type === "control") x += this.control(child, this.inline(child.children));
      else if (child.type === "field") x += field(child);
      else x += run(child);
    }
    return x;
  }

  private control(props: ControlProps, content: string): string {
    const id = this.ids.next++;
    let pr = "";
    if (props.title !== undefined) pr += `<w:alias w:val="${escapeXmlAttr(props.title)}"/>`;
    pr += `<w:tag w:val="${escapeXmlAttr(props.tag)}"/><w:id w:val="${id}"/>`;
    if (props.showingPlaceholder === true) pr += "<w:showingPlcHdr/>";
    return `<w:sdt><w:sdtPr>${pr}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
  }

  private table(t: TableSpec, widthMm: number): string {
    const columns = Math.max(1, ...t.rows.map((r) => r.cells.length));
    const given = t.columnWidths ?? [];
    const givenTotal = given.slice(0, columns).reduce((a, b) => a + b, 0);
    const rest = columns - Math.min(columns, given.length);
    const share = rest > 0 ? Math.max(10, (widthMm - givenTotal) / rest) : 0;
    const widths: number[] = [];
    for (let i = 0; i < columns; i++) widths.push(given[i] ?? share);
    const twips = widths.map(mmToTwips);
    const side = t.borderless === true ? '"nil"' : '"single" w:sz="4" w:space="0" w:color="auto"';
    const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map((s) => `<w:${s} w:val=${side}/>`).join("");
    let x =
      `<w:tbl><w:tblPr><w:tblW w:w="${twips.reduce((a, b) => a + b, 0)}" w:type="dxa"/>` +
      `<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
      `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>` +
      `</w:tblPr><w:tblGrid>${twips.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
    for (const row of t.rows) {
      let cells = "";
      row.cells.forEach((cell, i) => {
        const width = widths[i] ?? share;
        // A cell must end with a paragraph (Word rejects a cell ending with a table).
        let content = this.blocks(cell.blocks, Math.max(10, width - CELL_PADDING_MM));
        if (!endsWithParagraph(cell.blocks)) content += this.paragraph({ type: "paragraph" });
        const tc = `<w:tc><w:tcPr><w:tcW w:w="${mmToTwips(width)}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
        cells += cell.control !== undefined ? this.control(cell.control, tc) : tc;
      });
      const tr = `<w:tr>${cells}</w:tr>`;
      x += row.control !== undefined ? this.control(row.control, tr) : tr;
    }
    return x + "</w:tbl>";
  }
}

function run(r: RunSpec): string {
  const content = runContent(r.text);
  return content === "" ? "" : `<w:r>${runProperties(r)}${content}</w:r>`;
}

function field(f: FieldSpec): string {
  const rpr = runProperties(f);
  const r = (inner: string): string => `<w:r>${rpr}${inner}</w:r>`;
  return (
    r('<w:fldChar w:fldCharType="begin"/>') +
    r(`<w:instrText xml:space="preserve"> ${escapeXmlText(f.instruction)} </w:instrText>`) +
    r('<w:fldChar w:fldCharType="separate"/>') +
    (f.result !== undefined && f.result !== "" ? r(runContent(f.result)) : "") +
    r('<w:fldChar w:fldCharType="end"/>')
  );
}

function storyPart(root: "w:hdr" | "w:ftr" | "w:document", content: string): string {
  return `${XML_DECLARATION}<${root} xmlns:w="${NS_W}" xmlns:r="${NS_R}">${content}</${root}>`;
}

/** Zip entry times cannot precede 1980 (DOS dates). */
function zipTime(date: Date): Date {
  return date.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : date;
}

export function writeDocx(spec: DocxSpec): Uint8Array {
  const modified = spec.properties?.modified ?? new Date();
  const section = spec.section ?? {};
  const margins: Required<MarginsSpec> = { ...DEFAULT_MARGINS, ...section.margins };
  let pageWidth = section.pageWidth ?? 210;
  let pageHeight = section.pageHeight ?? 297;
  const landscape = section.orientation !== undefined ? section.orientation === "landscape" : pageWidth > pageHeight;
  if (landscape !== pageWidth > pageHeight) [pageWidth, pageHeight] = [pageHeight, pageWidth];
  const textWidth = Math.max(20, pageWidth - margins.left - margins.right);

  const comments = spec.comments ?? [];
  const commentsAt = new Map<number, number[]>();
  comments.forEach((c, id) => {
    const list = commentsAt.get(c.paragraphIndex) ?? [];
    list.push(id);
    commentsAt.set(c.paragraphIndex, list);
  });

  const ids = { next: 1 };
  const body = new StoryWriter(commentsAt, ids);
  let bodyXml = body.blocks(spec.blocks, textWidth);
  if (!endsWithParagraph(spec.blocks)) bodyXml += body.paragraph({ type: "paragraph" });
  for (const c of comments) {
    if (!(Number.isInteger(c.paragraphIndex) && c.paragraphIndex >= 0 && c.paragraphIndex < body.paragraphCount)) {
      throw new RangeError(`writeDocx: comment paragraphIndex ${c.paragraphIndex} is outside 0..${body.paragraphCount - 1}`);
    }
  }

  const files: Zippable = {};
  const parts: PartDeclaration[] = [
    { name: "word/document.xml", contentType: CT_DOCUMENT },
    { name: "word/styles.xml", contentType: CT_STYLES },
    { name: "word/settings.xml", contentType: CT_SETTINGS },
  ];
  const rels: RelationshipDeclaration[] = [
    { id: "rId1", type: REL_STYLES, target: "styles.xml" },
    { id: "rId2", type: REL_SETTINGS, target: "settings.xml" },
  ];
  const storyFiles: [string, string][] = [];
  const addStory = (kind: "header" | "footer", content: string): string => {
    const n = storyFiles.filter(([name]) => name.startsWith(`word/${kind}`)).length + 1;
    const name = `word/${kind}${n}.xml`;
    const id = `rId${rels.length + 1}`;
    storyFiles.push([name, storyPart(kind === "header" ? "w:hdr" : "w:ftr", content)]);
    parts.push({ name, contentType: kind === "header" ? CT_HEADER : CT_FOOTER });
    rels.push({ id, type: kind === "header" ? REL_HEADER : REL_FOOTER, target: `${kind}${n}.xml` });
    return id;
  };

  let references = "";
  const headerBlocks = section.header ?? [];
  const pageNumbers = section.pageNumbers;
  if (headerBlocks.length > 0 || (pageNumbers !== undefined && pageNumbers !== false)) {
    const writer = new StoryWriter(new Map(), ids);
    let content = writer.blocks(headerBlocks, textWidth);
    if (pageNumbers !== undefined && pageNumbers !== false) {
      const style: RunStyleSpec = pageNumbers === true ? {} : pageNumbers;
      content += writer.paragraph({
        type: "paragraph",
        style: "Header",
        alignment: "center",
        children: [{ type: "field", instruction: "PAGE", result: "2", ...style }],
      });
    } else if (!endsWithParagraph(headerBlocks)) {
      content += writer.paragraph({ type: "paragraph" });
    }
    references += `<w:headerReference w:type="default" r:id="${addStory("header", content)}"/>`;
    if (section.titlePage === true) {
      // Page 1 gets its own, empty header: no page number on the first page.
      const empty = new StoryWriter(new Map(), ids).paragraph({ type: "paragraph", style: "Header" });
      references += `<w:headerReference w:type="first" r:id="${addStory("header", empty)}"/>`;
    }
  }
  const footerBlocks = section.footer ?? [];
  if (footerBlocks.length > 0) {
    const writer = new StoryWriter(new Map(), ids);
    let content = writer.blocks(footerBlocks, textWidth);
    if (!endsWithParagraph(footerBlocks)) content += writer.paragraph({ type: "paragraph" });
    references += `<w:footerReference w:type="default" r:id="${addStory("footer", content)}"/>`;
  }

  const sectPr =
    `<w:sectPr>${references}<w:pgSz w:w="${mmToTwips(pageWidth)}" w:h="${mmToTwips(pageHeight)}"` +
    `${landscape ? ' w:orient="landscape"' : ""}/>` +
    `<w:pgMar w:top="${mmToTwips(margins.top)}" w:right="${mmToTwips(margins.right)}" w:bottom="${mmToTwips(margins.bottom)}"` +
    ` w:left="${mmToTwips(margins.left)}" w:header="${mmToTwips(margins.header)}" w:footer="${mmToTwips(margins.footer)}" w:gutter="0"/>` +
    `<w:cols w:space="720"/>${section.titlePage === true ? "<w:titlePg/>" : ""}<w:docGrid w:linePitch="360"/></w:sectPr>`;

  if (comments.length > 0) {
    const date = commentDate(modified);
    const elements = comments.map((c, id) =>
      commentElement(id, { text: c.text, author: c.author, date: c.date ?? date, ...(c.initials !== undefined ? { initials: c.initials } : {}) }),
    );
    storyFiles.push(["word/comments.xml", commentsPart(elements)]);
    parts.push({ name: "word/comments.xml", contentType: CT_COMMENTS });
    rels.push({ id: `rId${rels.length + 1}`, type: REL_COMMENTS, target: "comments.xml" });
  }

  files["[Content_Types].xml"] = strToU8(contentTypesPart([...parts, ...PROPERTY_PARTS]));
  files["_rels/.rels"] = strToU8(packageRelationshipsPart());
  files["docProps/core.xml"] = strToU8(corePropertiesPart(spec.properties?.title, spec.properties?.creator ?? "bienban", modified));
  files["docProps/app.xml"] = strToU8(appPropertiesPart());
  files["word/document.xml"] = strToU8(storyPart("w:document", `<w:body>${bodyXml}${sectPr}</w:body>`));
  files["word/styles.xml"] = strToU8(stylesPart(spec.defaultFont ?? "Times New Roman", spec.defaultSize ?? 14));
  files["word/settings.xml"] = strToU8(settingsPart());
  files["word/_rels/document.xml.rels"] = strToU8(relationshipsPart(rels));
  for (const [name, xml] of storyFiles) files[name] = strToU8(xml);
  return zipSync(files, { level: 6, mtime: zipTime(modified) });
}
