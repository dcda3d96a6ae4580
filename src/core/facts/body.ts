/**
 * The body as the meeting facts read it: paragraphs after the header block (header.bodyStart), each
 * with its folded form (diacritic-free lower case, same offsets) computed once, so every extractor
 * matches on the same strings. Comments are not the document's text.
 */
import type { DocModel } from "../model/types";
import { splitClauses, type Clause } from "../text/clauses";
import { foldedAt } from "./paragraph-fold";
import type { HeaderFacts, Span } from "./types";

export interface BodyParagraph {
  index: number;
  text: string;
  folded: string;
  /** Typed with tone marks: words are then compared with their marks where folding is ambiguous. */
  toned: boolean;
  /** Length of a leading list mark ("1.", "-", "a)", "•") and its spaces; 0 when none. */
  markEnd: number;
  /** Memo of clausesOf (undefined until asked): set there only. */
  clauses: readonly Clause[] | undefined;
  /** Memo of clausesOf without semicolons. */
  sentences: readonly Clause[] | undefined;
}

/** How many paragraphs after the body start hold the opening (time, place, chair, attendance). */
export const OPENING_SPAN = 30;

/** Cheap first look at the first character before the full list-mark pattern. */
const LIST_MARK_START = /^\s*[-–—+•*·▪◦(\da-zđ]/;
const LIST_MARK = /^\s*(?:[-–—+•*·▪◦]|\(?\d{1,2}[.)/]|\(?[a-zđ][.)]|[ivx]{1,5}[.)\-–]|\d{1,2}\s*[-–])\s*/;

export function bodyParagraphs(doc: DocModel, header: HeaderFacts): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  const ps = doc.paragraphs;
  for (let k = 0; k < ps.length; k++) {
    const p = ps[k]!;
    if (p.index < header.bodyStart || p.container === "comment" || p.container === "header" || p.container === "footer") continue;
    const { folded, marked } = foldedAt.at(doc, k);
    const mark = LIST_MARK_START.test(folded) ? LIST_MARK.exec(folded) : null;
    out.push({ index: p.index, text: p.text, folded, toned: marked, markEnd: mark ? mark[0].length : 0, clauses: undefined, sentences: undefined });
  }
  return out;
}

/**
 * splitClauses(p.text, semicolons), split once per paragraph: attendance and speakers read the same
 * clauses. Shared: read-only.
 */
export function clausesOf(p: BodyParagraph, semicolons = true): readonly Clause[] {
  return semicolons ? (p.clauses ??= splitClauses(p.text, true)) : (p.sentences ??= splitClauses(p.text, false));
}

export const span = (paragraph: number, start: number, end: number): Span => ({ paragraph, start, end });

/** Trims white space and the given trailing punctuation off text[start, end), returning the new range. */
export function trimRange(text: string, start: number, end: number, trailing = /[\s.,;:]+$/): { start: number; end: number } {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const tail = trailing.exec(slice.slice(lead));
  const cut = tail ? tail[0].length : 0;
  return { start: start + lead, end: Math.max(start + lead, end - cut) };
}
