/**
 * The order in which elements appear in a document, for inserting a missing one in its place: the
 * catalog's order (the meeting's steps), with the thematic part slotted in where HD 12 II.1.2(b)
 * holds it — topic and presenter after the regular content, members relating it during the
 * discussion, its conclusion before the chair's overall conclusion — instead of after the signatures.
 */
import { elements } from "../catalog/elements";
import type { DocumentType } from "../catalog/document-types";

const DOCUMENT_SECTIONS = new Set(["header", "minutes", "thematic", "resolution"]);

const SLOTS: Record<string, string> = {
  "CD.TOPIC": "BB.NEXT_TASKS",
  "CD.PRESENTER": "CD.TOPIC",
  "CD.RELATION": "BB.DISCUSSION",
  "CD.CONCLUSION": "BB.SELF_CRITICISM",
};

function build(): string[] {
  const order = elements.filter((e) => DOCUMENT_SECTIONS.has(e.section) && e.section !== "thematic").map((e) => e.id);
  for (const [id, after] of Object.entries(SLOTS)) order.splice(order.indexOf(after) + 1, 0, id);
  return order;
}

const ORDER = build();

const byType = new Map<DocumentType, readonly string[]>();

/**
 * documentOrder without the copy, for the locator (every model asks): read once per type, since the
 * catalog does not change. Shared: callers must not modify it.
 */
export function sharedDocumentOrder(type: DocumentType): readonly string[] {
  let order = byType.get(type);
  if (!order) {
    order = ORDER.filter((id) => elements.find((e) => e.id === id)?.types.includes(type));
    byType.set(type, order);
  }
  return order;
}

/** Element ids of sections 1–3 that apply to the type, in document order. */
export function documentOrder(type: DocumentType): string[] {
  return sharedDocumentOrder(type).slice();
}

/** Local elements (LOC.*) have no place in the catalog: they go before the closing of the meeting. */
export function closingAnchor(type: DocumentType): string {
  return type === "nghi-quyet" ? "NQ.VOTE_RESULT" : "BB.END_TIME";
}
