/**
 * The neutral document model. Both the .docx reader (src/docx) and the Word adapter (src/word)
 * produce it; rules only ever see this. Plain data, JSON-serialisable, no host objects.
 */

/** Run formatting that matters for the checks (sizes in points, as Office.js reports them). */
export interface RunFormat {
  /** Resolved font name (ascii/hAnsi), after styles and theme; undefined when unknown. */
  font?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** w:caps: lower-case text displayed as capitals. */
  caps?: boolean;
  /**
   * .docx only: the w:hAnsi font (used for ư, ơ, ạ… and legacy-encoded bytes) when it differs from
   * `font` (the w:ascii font). Legacy-font checks must look at both.
   */
  fontHAnsi?: string;
}

export interface Run {
  /** Original characters of the run (not normalised). */
  text: string;
  /** From the .docx reader, equal formats are one shared, frozen object: copy it to change it. */
  format: RunFormat;
}

export type Alignment = "left" | "center" | "right" | "justify";

/** Where a paragraph sits. Rules use it to find the header block (first table) or headers/footers. */
export type Container = "body" | "table" | "textbox" | "header" | "footer" | "comment";

export interface TableCellPos {
  /** Index of the table in DocModel.tables. */
  table: number;
  row: number;
  cell: number;
}

export interface Paragraph {
  /** Position in DocModel.paragraphs (reading order). Stable for one model snapshot only. */
  index: number;
  /**
   * Host reference: in Word the paragraph's uniqueLocalId (differs across sessions: re-read before
   * a fix), in .docx "p<index>". Opaque to rules.
   */
  ref: string;
  /** NFC-normalised text used for all matching. */
  text: string;
  /** Original text, concatenation of runs (tabs as "\t", breaks as "\n"); used by ENC checks and fixes. */
  raw: string;
  runs: Run[];
  /** Style name as the producer wrote it (styleId in .docx, style name in Word). */
  style?: string;
  alignment?: Alignment;
  container: Container;
  cellPos?: TableCellPos;
  /** Tags of the content controls enclosing the paragraph, outermost first. */
  controlTags: string[];
  /** True when the paragraph has a bottom border (a rule drawn under a title). */
  borderBottom?: boolean;
  /** True when the paragraph is a list item (its number "I-", "1." is generated, not in text). */
  listItem?: boolean;
  /** Page-number field (PAGE) present in the paragraph. */
  hasPageField?: boolean;
}

export interface Table {
  index: number;
  /** Paragraph indices per row and cell. */
  rows: { cells: { paragraphs: number[] }[] }[];
  /** True when the table draws no borders (the usual header block). */
  borderless: boolean;
  /** Nesting depth: 0 for a body table. */
  depth: number;
  /** Grid column widths in millimetres (w:tblGrid), when the producer wrote them. */
  columnWidths?: number[];
}

export interface ContentControl {
  tag: string;
  title: string;
  /** First and last paragraph index covered (inclusive); -1 when it covers no paragraph text. */
  first: number;
  last: number;
  /** The control still shows its placeholder text. */
  showingPlaceholder: boolean;
}

export interface PageMargins {
  /** Millimetres. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Distance from the page edge to the header / footer, millimetres, when known. */
  header?: number;
  footer?: number;
}

/** One header or footer attached to a section. */
export interface HeaderFooterRef {
  type: "default" | "first" | "even";
  /** Paragraph indices in DocModel.headers (for a header) or DocModel.footers (for a footer). */
  paragraphs: number[];
}

export interface Section {
  /** Page size in millimetres; undefined when the producer did not say. */
  pageWidth?: number;
  pageHeight?: number;
  orientation?: "portrait" | "landscape";
  margins?: PageMargins;
  /** Different first page (no header on page 1). */
  titlePage?: boolean;
  /** Header paragraphs (default / first / even) by type, as paragraph indices in DocModel.headers. */
  headerTypes?: ("default" | "first" | "even")[];
  /** Headers / footers referenced by this section, with their paragraphs (.docx reader). */
  headers?: HeaderFooterRef[];
  footers?: HeaderFooterRef[];
}

export interface Comment {
  author: string;
  text: string;
  /** Paragraph index the comment is anchored to, when known. */
  paragraph?: number;
}

export interface DocModel {
  /** Who produced the model. */
  source: "docx" | "word" | "template";
  /** Body paragraphs in reading order, including table cells and text boxes. */
  paragraphs: Paragraph[];
  tables: Table[];
  /** Paragraphs of headers and footers (container "header" | "footer"), not part of `paragraphs`. */
  headers: Paragraph[];
  footers: Paragraph[];
  sections: Section[];
  controls: ContentControl[];
  comments: Comment[];
  /** Fonts of document defaults / Normal style, when known (body runs without explicit fonts use it). */
  defaultFont?: string;
  defaultSize?: number;
  /** Number of pages when the producer knows it (Word's layout, docProps/app.xml); undefined otherwise. */
  pageCount?: number;
  /** settings.xml w:mirrorMargins: inside/outside margins for duplex printing. */
  mirrorMargins?: boolean;
  /** settings.xml w:evenAndOddHeaders: even pages use the "even" headers. */
  evenAndOddHeaders?: boolean;
}
