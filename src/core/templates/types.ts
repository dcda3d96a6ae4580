/**
 * Templates as data. A TemplateSpec says which elements a document type has, in meeting order, under
 * which headings; buildDocument turns it and the answers into a TemplateDoc: every paragraph with its
 * text and formatting, grouped into sections that each carry one element id. Hosts render a
 * TemplateDoc (Word, .docx) and the checker reads it through toModel: no host types here.
 */
import type { DocumentType } from "../catalog/document-types";
import type { Alignment, PageMargins } from "../model/types";
import type { AnswerIssue } from "./validate-answers";

export interface TemplateRun {
  text: string;
  /** Points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface TemplateParagraph {
  runs: TemplateRun[];
  alignment: Alignment;
  firstLineIndentMm?: number;
  spaceAfterPt?: number;
  /** A rule drawn under the paragraph (the line under "ĐẢNG CỘNG SẢN VIỆT NAM"). */
  borderBottom?: boolean;
}

export interface TemplateSection {
  /** Element id of elements.md; null for a part that is no element (the "-----" line, a chi ủy agenda). */
  elementId: string | null;
  /** Vietnamese label: the content control's title. */
  label: string;
  paragraphs: TemplateParagraph[];
  /** False while the section still holds a placeholder. */
  filled: boolean;
}

/** A borderless two-column table: the header block, the signature blocks. */
export interface TemplateColumns {
  /** Column widths in percent of the text width. */
  widths: readonly [number, number];
  left: TemplateSection[];
  right: TemplateSection[];
}

export type TemplateBlock = { kind: "section"; section: TemplateSection } | { kind: "columns"; columns: TemplateColumns };

export interface PageSetup {
  widthMm: number;
  heightMm: number;
  margins: PageMargins;
  /** Page numbers: Arabic, top centre, from page 2 (page 1 has none). */
  pageNumbers: { alignment: Alignment; size: number; fromPage: 2; headerDistanceMm: number };
}

export interface TemplateDoc {
  type: DocumentType;
  /** Body font (the profile's first), applied to every run. */
  font: string;
  /** Body size in points: the document's default. */
  bodySize: number;
  page: PageSetup;
  blocks: TemplateBlock[];
  /** Every section filled: nothing left for the secretary to write. */
  complete: boolean;
  /** Warnings of the answers' validation, to show beside the draft. */
  warnings: AnswerIssue[];
}

/** A free part of a template that is no element of the catalog. */
export type FreePart = "separator" | "committee-agenda";

export type SpecEntry = { element: string } | { free: FreePart };

export interface SpecPart {
  /** Heading text with {{variables}} (upper-cased, numbered I., II., … in order). */
  heading?: string;
  entries: SpecEntry[];
  /** Only when the meeting held a thematic part. */
  when?: "thematic";
}

export interface TemplateSpec {
  type: DocumentType;
  /** Type code of the number line: "Số 05-BB/CB". */
  typeCode: "BB" | "NQ";
  /** Type title line. */
  title: string;
  /** Subject line with {{variables}}. */
  subject: string;
  /** Issuer line: "CHI BỘ …", or "CHI ỦY CHI BỘ …" for the chi ủy's own minutes. */
  issuer: "chi-bo" | "chi-uy";
  body: SpecPart[];
  signatures: { left: string[]; right: string[] };
}
