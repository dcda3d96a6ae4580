/**
 * The shape of a rule (after ESLint's rule meta and textlint's pure rules): metadata, Vietnamese
 * messages, and a pure check that returns reports with fixes as data. Rules never touch a host.
 */
import type { DocModel } from "../model/types";
import type { GuidanceId } from "../guidance/catalog";
import type { Severity } from "../catalog/elements";
import type { DocumentType } from "../catalog/document-types";
import type { Facts } from "../facts/types";
import type { ResolvedProfile } from "../profiles/types";

/** A paragraph, optionally a character range within its raw text (UTF-16 offsets). */
export interface Location {
  paragraph: number;
  /** Host reference of the paragraph (Paragraph.ref), so a host can find it again. */
  ref: string;
  start?: number;
  end?: number;
}

/** A paragraph to insert: text with optional emphasis; hosts apply the document's body style. */
export interface NewParagraph {
  text: string;
  bold?: boolean;
  italic?: boolean;
  alignment?: "left" | "center" | "right" | "justify";
  /** Element id to tag the inserted paragraph's content control with. */
  tag?: string;
}

/**
 * Host-neutral edits. Every fix names what it expects to find, so an applier refuses a stale fix
 * instead of damaging text that changed since the check.
 */
export type Fix =
  | {
      kind: "replace-text";
      paragraph: number;
      ref: string;
      start: number;
      end: number;
      /** raw.slice(start, end) when the check ran. */
      expected: string;
      text: string;
      /** Also set this font on the replaced characters (legacy-font conversion). */
      font?: string;
    }
  | {
      kind: "insert-paragraphs";
      /** Insert after this paragraph; -1 means at the start of the body. */
      after: number;
      ref: string | null;
      paragraphs: NewParagraph[];
    };

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  location?: Location;
  fix?: Fix;
  /** Overrides the rule's severity for this report (e.g. state order number is an error). */
  severity?: Severity;
}

export interface RuleContext {
  doc: DocModel;
  facts: Facts;
  type: DocumentType;
  profile: ResolvedProfile;
  /** Other documents of the same meeting (a biên bản beside its nghị quyết), for CHK.CROSS_DOC. */
  related: readonly RelatedDocument[];
  /** Today's ISO date, passed in by the host (the core has no clock). */
  today: string;
}

export interface RelatedDocument {
  doc: DocModel;
  facts: Facts;
  type: DocumentType;
  /** Where it came from (a path or "văn bản đang mở"), for messages. */
  name: string;
}

export interface RuleMeta {
  /** Stable rule id, "bienban/<kebab-name>". */
  id: `bienban/${string}`;
  /** The element of shared/spec/elements.md the rule reports on. */
  elementId: string;
  description: string;
  guidance: readonly GuidanceId[];
  /** True iff check() may attach a fix. */
  fixable: boolean;
  /** messageId → Vietnamese text with {{placeholders}}. */
  messages: Record<string, string>;
}

export interface Rule {
  meta: RuleMeta;
  /** Pure: reads the context, returns reports; no I/O, no mutation. */
  check(ctx: RuleContext): Report[];
}

export const defineRule = (rule: Rule): Rule => rule;

/** What the engine hands to the UI, the CLI and Word comments: resolved and ready to show. */
export interface Finding {
  ruleId: string;
  elementId: string;
  /** The rule's message key (stable, for tests and tools; the text may be reworded). */
  messageId: string;
  severity: Severity;
  message: string;
  guidance: GuidanceId[];
  location: Location | null;
  fix: Fix | null;
}
