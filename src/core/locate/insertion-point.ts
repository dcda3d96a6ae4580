/**
 * Where a missing element goes: after the nearest element located before it in document order, else
 * at the start of the body (after the header and subject). "After an element" means after its whole
 * section: its located paragraphs up to where a later element starts, then the unlocated paragraphs
 * that follow (a heading's list items), up to a heading, another element or a table. Never inside a table: an
 * anchor in a table moves to the table's last paragraph, so the new lines follow the table.
 */
import type { DocumentType } from "../catalog/document-types";
import type { Facts, Span } from "../facts/types";
import type { DocModel, Paragraph } from "../model/types";
import { memoByObject } from "../model/memo";
import { letterCase } from "../text/letter-case";
import { locateElements, type LocateOptions } from "./locate-elements";
import { closingAnchor, documentOrder } from "./meeting-order";

export interface InsertionPoint {
  /** Insert after this paragraph index; -1 = at the very start. */
  after: number;
  /** Paragraph.ref of the anchor, null for -1. */
  ref: string | null;
}

function outOfTable(doc: DocModel, index: number): number {
  const cell = doc.paragraphs[index]?.cellPos;
  if (!cell) return index;
  const t = doc.tables[cell.table];
  const all = t ? t.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)) : [];
  return all.length ? Math.max(index, ...all) : index;
}

/** A section heading: "II. ĐÁNH GIÁ …", "Ý kiến thảo luận:", a short line in capitals. */
function headingLike(p: Paragraph): boolean {
  const t = p.text.trim();
  if (!t || t.length > 90) return false;
  if (/:$/.test(t) || /^[IVX]+\s*[.\-–)]\s/.test(t)) return true;
  const letters = letterCase(t);
  return letters.length > 3 && letters.upper;
}

/**
 * Last paragraph of an element's own section: its spans up to where a later element of the order
 * starts (an element may be named again far below, e.g. the tasks in the conclusion).
 */
function ownEnd(spans: readonly Span[], later: readonly Span[]): number {
  const first = Math.min(...spans.map((s) => s.paragraph));
  const limit = Math.min(...later.map((s) => s.paragraph).filter((q) => q > first));
  return Math.max(...spans.map((s) => s.paragraph).filter((q) => q < limit));
}

function sectionEnd(doc: DocModel, start: number, located: ReadonlySet<number>): number {
  let end = start;
  for (let i = start + 1; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i]!;
    if (located.has(i) || p.container === "table" || headingLike(p)) break;
    if (p.text.trim()) end = i;
  }
  return end;
}

/** Paragraphs holding a located element of the body (not the header), once per located map. */
const bodyParagraphsOf = memoByObject(
  (located: Map<string, Span[]>): ReadonlySet<number> =>
    new Set([...located.entries()].filter(([id]) => !id.startsWith("HDR.")).flatMap(([, spans]) => spans.map((s) => s.paragraph))),
);

export function insertionPoint(doc: DocModel, facts: Facts, type: DocumentType, elementId: string, options: LocateOptions = {}): InsertionPoint {
  const order = documentOrder(type).filter((id) => !id.startsWith("HDR."));
  let k = order.indexOf(elementId);
  // Local elements have no catalog place: they go just before the closing element.
  if (k < 0) k = order.indexOf(closingAnchor(type));
  const located = locateElements(doc, facts, type, options);
  const locatedParas = bodyParagraphsOf(located);
  let after = facts.header.bodyStart - 1;
  for (let i = k - 1; i >= 0; i--) {
    const spans = located.get(order[i]!);
    if (spans?.length) {
      const later = order.slice(i + 1).flatMap((id) => located.get(id) ?? []);
      after = sectionEnd(doc, ownEnd(spans, later), locatedParas);
      break;
    }
  }
  after = Math.min(outOfTable(doc, after), doc.paragraphs.length - 1);
  return { after, ref: after >= 0 ? doc.paragraphs[after]!.ref : null };
}
