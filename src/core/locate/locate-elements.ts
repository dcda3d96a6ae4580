/**
 * Where each element of elements.md §1–3 is in a document, for the step-by-step view and for
 * inserting a missing element in its place. Sources, first that finds anything wins: the content
 * control tagged with the element id (our templates), the phrase tables of the presence rules and the
 * signature/recipient readers, then the facts read from the text.
 */
import type { DocumentType } from "../catalog/document-types";
import type { Facts, Span } from "../facts/types";
import type { DocModel } from "../model/types";
import { minutesElements } from "../rules/presence/minutes-elements";
import { resolutionElements } from "../rules/presence/resolution-elements";
import { thematicElements } from "../rules/presence/thematic-elements";
import type { PresenceSpec } from "../rules/presence/presence-spec";
import type { Segment } from "../facts/header-segments";
import { sharedDocumentOrder } from "./meeting-order";
import { matchScope, registerPhrases } from "./phrase-match";
import { findRecipients } from "./recipients";
import { findAuthorityBlock, findMinutesSignatures } from "./signature-blocks";
import { baseSettings } from "../profiles/builtin";
import { memoByObject } from "../model/memo";

const phraseSpecs = new Map<string, PresenceSpec>(
  [...minutesElements, ...thematicElements, ...resolutionElements].map((s) => [s.elementId, s]),
);

const RESERVED = ["bao luu"];

for (const spec of phraseSpecs.values()) registerPhrases(spec.phrases);
registerPhrases(RESERVED);

const segSpan = (s: Segment): Span => ({ paragraph: s.paragraph, start: s.start, end: s.end });
const present = <T>(x: T | undefined): x is T => x !== undefined;
const plain = (s: Span): Span => ({ paragraph: s.paragraph, start: s.start, end: s.end });

/** An empty answer, shared: empty answers are never stored or handed out (see locateElements). */
const NONE: Span[] = [];

/** Whether any paragraph sits in a tagged content control (documents not made from our templates have none). */
const hasTags = memoByObject((doc: DocModel) => doc.paragraphs.some((p) => p.controlTags.length > 0));

/** Paragraphs inside content controls tagged with the element id (tagged: hasTags(doc), asked once per model). */
function byTag(doc: DocModel, id: string, tagged: boolean): Span[] {
  if (!tagged) return NONE;
  return doc.paragraphs.filter((p) => p.controlTags.includes(id)).map((p) => ({ paragraph: p.index, start: 0, end: p.text.length }));
}

/** Spans of elements found by reading a block of the document (signatures, recipients) or a phrase. */
function byReading(doc: DocModel, facts: Facts, id: string, signerTitles: readonly string[]): Span[] {
  const h = facts.header;
  switch (id) {
    case "BB.SIGN_CHAIR":
    case "BB.SIGN_SECRETARY": {
      const role = id === "BB.SIGN_CHAIR" ? "chair" : "secretary";
      const sig = findMinutesSignatures(doc, h).find((s) => s.role === role);
      return sig ? [segSpan(sig.label), ...(sig.name ? [segSpan(sig.name.segment)] : [])] : [];
    }
    case "NQ.SIGNATURE": {
      const b = findAuthorityBlock(doc, h, signerTitles);
      return b ? [b.authority, b.title, b.name?.segment].filter(present).map(segSpan) : [];
    }
    case "NQ.RECIPIENTS": {
      const r = findRecipients(doc, h);
      return r ? [r.label, ...r.lines].map(segSpan) : [];
    }
    case "BB.RESERVED_OPINION":
      return matchScope(doc, h, "body", RESERVED);
  }
  const spec = phraseSpecs.get(id);
  return spec ? matchScope(doc, h, spec.scope, spec.phrases) : [];
}

/** The spans of the present facts, copied down to the span. */
function spansOf(xs: readonly (Span | undefined)[], extra?: Span): Span[] {
  const out: Span[] = [];
  for (const x of xs) if (x !== undefined) out.push(plain(x));
  if (extra !== undefined) out.push(plain(extra));
  return out;
}

/** The span of one fact, copied down to the span. */
const one = (x: Span | undefined): Span[] => (x === undefined ? NONE : [plain(x)]);

/** Spans read from the facts (header block, meeting facts). */
function byFacts(facts: Facts, id: string): Span[] {
  const h = facts.header;
  const a = facts.attendance;
  switch (id) {
    case "HDR.PARTY_TITLE": return one(h.partyTitle);
    case "HDR.UPPER_ORG": return one(h.upperOrg);
    case "HDR.ISSUER": return one(h.issuer);
    case "HDR.STAR": return one(h.star);
    case "HDR.NUMBER": return one(h.number);
    case "HDR.PLACE_DATE": return one(h.placeDate);
    case "HDR.TYPE_TITLE": return one(h.typeTitle);
    case "HDR.SUBJECT": return one(h.subject);
    case "BB.START_TIME": return one(facts.startTime ?? facts.meetingDate);
    case "BB.PLACE": return one(facts.place);
    case "BB.CHAIR": return one(facts.chair);
    case "BB.SECRETARY": return one(facts.secretary);
    case "BB.GUESTS": return spansOf(facts.guests, facts.guestsMentioned);
    case "BB.MEMBERSHIP": return one(a.spans.membership);
    case "BB.PRESENT": return one(a.spans.present);
    case "BB.ABSENT_EXCUSED": return one(a.spans.excused);
    case "BB.ABSENT_UNEXCUSED": return one(a.spans.unexcused);
    case "BB.DISCUSSION": return spansOf(facts.speakers);
    // Votes on the agenda, the minutes or the grade belong to other steps of the meeting.
    case "BB.VOTE":
    case "NQ.VOTE_RESULT": return spansOf(facts.votes.filter((v) => v.subject !== "agenda" && v.subject !== "minutes" && v.subject !== "grade"));
    case "BB.NEXT_TASKS":
    case "NQ.TASKS": return spansOf(facts.tasks);
    // A task is an assignment only when someone is named to carry it out.
    case "NQ.ASSIGNMENT": return spansOf(facts.tasks.filter((t) => t.owner));
    case "BB.END_TIME": return one(facts.endTime);
    default: return NONE;
  }
}

export interface LocateOptions {
  /** Accepted title lines of the nghị quyết signature (profile settings); defaults to the base profile's. */
  signerTitles?: readonly string[];
}

interface Located {
  byKey: Map<string, Map<string, Span[]>>;
  /** The last answer, checked first: every presence rule of a check asks with the same type and titles. */
  last?: { type: DocumentType; titles: readonly string[]; out: Map<string, Span[]> };
}

const cache = new WeakMap<DocModel, Located>();

const byPosition = (x: Span, y: Span) => x.paragraph - y.paragraph || x.start - y.start;

/** Spans usually come in document order already: then there is nothing to sort. */
function inOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byPosition(spans[i - 1]!, spans[i]!) > 0) return false;
  return true;
}

/** Element id → where it is (empty elements are left out), for the elements that apply to the type. */
export function locateElements(doc: DocModel, facts: Facts, type: DocumentType, options: LocateOptions = {}): Map<string, Span[]> {
  const titles = options.signerTitles ?? baseSettings.signerTitles;
  let perDoc = cache.get(doc);
  const last = perDoc?.last;
  if (last && last.type === type && last.titles === titles) return last.out;
  const key = `${type}|${titles.join("|")}`;
  const hit = perDoc?.byKey.get(key);
  if (perDoc && hit) {
    perDoc.last = { type, titles, out: hit };
    return hit;
  }
  const out = new Map<string, Span[]>();
  const anyTags = hasTags(doc);
  for (const id of sharedDocumentOrder(type)) {
    const tagged = byTag(doc, id, anyTags);
    const read = tagged.length ? tagged : byReading(doc, facts, id, titles);
    const spans = read.length ? read : byFacts(facts, id);
    if (spans.length) out.set(id, inOrder(spans) ? spans : spans.sort(byPosition));
  }
  if (!perDoc) {
    perDoc = { byKey: new Map() };
    cache.set(doc, perDoc);
  }
  perDoc.byKey.set(key, out);
  perDoc.last = { type, titles, out };
  return out;
}
