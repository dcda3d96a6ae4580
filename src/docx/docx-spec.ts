/**
 * DocxSpec: what writeDocx turns into a real .docx. Lengths are millimetres, font sizes and paragraph
 * spacing are points. Used by tests to build fixtures from code and by the drafting feature to write
 * the standard biên bản / nghị quyết.
 */

import type { Alignment } from "../core/model/types";

export interface RunStyleSpec {
  font?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Lower-case text displayed as capitals (w:caps). */
  caps?: boolean;
}

/** A run of text; "\t" becomes a tab and "\n" a line break. */
export interface RunSpec extends RunStyleSpec {
  type?: "run";
  text: string;
}

/** A field, e.g. `{ type: "field", instruction: "PAGE", result: "2" }`. */
export interface FieldSpec extends RunStyleSpec {
  type: "field";
  instruction: string;
  /** Displayed result stored in the file until the field is updated. */
  result?: string;
}

/** Identity of a content control (Office.js ContentControl.tag / .title). */
export interface ControlProps {
  tag: string;
  title?: string;
  /** The control shows its placeholder text (w:showingPlcHdr). */
  showingPlaceholder?: boolean;
}

/** A run-level content control around inline content. */
export interface InlineControlSpec extends ControlProps {
  type: "control";
  children: InlineSpec[];
}

export type InlineSpec = RunSpec | FieldSpec | InlineControlSpec;

export interface SpacingSpec {
  /** Points before / after the paragraph. */
  before?: number;
  after?: number;
  /** Line spacing as a multiple of single (1, 1.15, 1.5). */
  line?: number;
  /** Exact line spacing in points (overrides `line`). */
  lineExact?: number;
}

export interface ParagraphSpec {
  type: "paragraph";
  /** Shorthand for one run with `format`. */
  text?: string;
  /** Formatting of the `text` shorthand. */
  format?: RunStyleSpec;
  children?: InlineSpec[];
  /** Style id (must exist in styles.xml: "Normal" always does). */
  style?: string;
  alignment?: Alignment;
  /** First-line indent in mm; negative for a hanging indent. */
  firstLineIndent?: number;
  leftIndent?: number;
  spacing?: SpacingSpec;
  /** A solid rule under the paragraph (the line under "ĐẢNG CỘNG SẢN VIỆT NAM"). */
  borderBottom?: boolean;
}

export interface CellSpec {
  blocks: BlockSpec[];
  /** Cell-level content control around this cell. */
  control?: ControlProps;
}

export interface RowSpec {
  cells: CellSpec[];
  /** Row-level content control around this row. */
  control?: ControlProps;
}

export interface TableSpec {
  type: "table";
  rows: RowSpec[];
  /** No borders at all (the usual header block). Default: single borders. */
  borderless?: boolean;
  /** Column widths in mm; default: the available width shared equally. */
  columnWidths?: number[];
}

/** A block-level content control around blocks. */
export interface ControlSpec extends ControlProps {
  type: "control";
  blocks: BlockSpec[];
}

export type BlockSpec = ParagraphSpec | TableSpec | ControlSpec;

export interface MarginsSpec {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Page edge to header / footer. Default 10 mm. */
  header?: number;
  footer?: number;
}

export interface SectionSpec {
  /** Default A4 (210 × 297 mm). */
  pageWidth?: number;
  pageHeight?: number;
  orientation?: "portrait" | "landscape";
  /** Default 20 / 20 / 30 / 15 mm (format.md §8). */
  margins?: MarginsSpec;
  /** Different first page: page 1 gets an empty header. */
  titlePage?: boolean;
  /** A header with a centred PAGE field; with `titlePage`, numbers start showing on page 2. */
  pageNumbers?: boolean | RunStyleSpec;
  /** A custom default header (instead of, or before, the page number). */
  header?: BlockSpec[];
  footer?: BlockSpec[];
}

export interface CommentSpec {
  /** Body paragraph index, counted as the reader counts (reading order, table cells included). */
  paragraphIndex: number;
  text: string;
  author: string;
  initials?: string;
  /** ISO 8601 date; default: the document's modified date. */
  date?: string;
}

export interface DocumentPropertiesSpec {
  title?: string;
  creator?: string;
  /** Creation / modification time (also the zip entries' time). Default: now. */
  modified?: Date;
}

export interface DocxSpec {
  blocks: BlockSpec[];
  section?: SectionSpec;
  /** Normal style and document defaults. Default Times New Roman, 14 pt. */
  defaultFont?: string;
  defaultSize?: number;
  comments?: CommentSpec[];
  properties?: DocumentPropertiesSpec;
}
