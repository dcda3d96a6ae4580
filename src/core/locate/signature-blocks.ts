/**
 * The signature blocks at the end of a document, whatever the layout (a two-cell table, one or two
 * rows, tab-separated columns, stacked paragraphs): the biên bản's "THƯ KÝ" / "CHỦ TRÌ" labels and the
 * nghị quyết's authority line ("T/M CHI BỘ"), title ("BÍ THƯ") and name.
 */
import { lineKey, segmentsIn, squishedFold, type Segment } from "../facts/header-segments";
import type { HeaderFacts } from "../facts/types";
import { memoByPair } from "../model/memo";
import type { DocModel } from "../model/types";
import { readPersonName, type NameRead } from "./person-name";

/** Signatures sit in the last paragraphs of the document. */
const TAIL = 40;
/** How many lines under a label the name may be (notes such as "(Đã ký)" come between). */
const NAME_REACH = 6;

/** The segments of the document's last paragraphs (shared by the signature, recipient and style readers). */
export const tailSegments: (doc: DocModel, header: HeaderFacts) => Segment[] = memoByPair((doc: DocModel, header: HeaderFacts) => {
  const from = Math.max(header.bodyStart, doc.paragraphs.length - TAIL);
  return segmentsIn(doc, from, doc.paragraphs.length);
});

const CHAIR_LABELS = ["chu tri", "chu toa", "chu tri hoi nghi", "chu toa hoi nghi", "chu tri cuoc hop", "chu tri buoi sinh hoat", "nguoi chu tri"];
const SECRETARY_LABELS = ["thu ky", "nguoi ghi bien ban", "thu ky cuoc hop", "thu ky hoi nghi", "thu ky buoi sinh hoat", "nguoi ghi"];

/** "T/M", "K/T", "T/L" and the state forms "TM.", "KT.", "TL.", "TUQ." (also without the dot). */
export const AUTHORITY = /^(t ?\/ ?m|k ?\/ ?t|t ?\/ ?l|tm|kt|tl|tuq)\.?\s+\S/;

/** Two segments stand in the same column (stacked paragraphs count as the left column). */
export function sameColumn(a: Segment, b: Segment): boolean {
  if (a.column === b.column) return true;
  const left = (c: string) => c === "L" || c === "body";
  return left(a.column) && left(b.column);
}

const isNote = (s: Segment) => /^[([].*[)\]]$/.test(s.text) || /^(da ky|ky ten|ky va ghi|ky, ghi|chu ky|dong dau)/.test(lineKey(s));

export interface NameLine {
  segment: Segment;
  read: NameRead;
}

/** The lines under a label in the same column, up to the next label (at most NAME_REACH). */
export function linesUnder(segments: readonly Segment[], label: Segment, isLabel: (s: Segment) => boolean): Segment[] {
  const out: Segment[] = [];
  for (const s of segments.slice(segments.indexOf(label) + 1)) {
    if (!sameColumn(s, label)) continue;
    if (isLabel(s) || out.length >= NAME_REACH) break;
    out.push(s);
  }
  return out;
}

/**
 * The name under a label: the first name-like line below it in the same column, before another label
 * (`under`: linesUnder of the label, read once for both).
 */
function nameUnder(under: readonly Segment[]): NameLine | undefined {
  for (const s of under) {
    if (isNote(s)) continue;
    const read = readPersonName(s.text);
    if (read) return { segment: s, read };
  }
  return undefined;
}

export interface MinutesSignature {
  role: "chair" | "secretary";
  label: Segment;
  name?: NameLine;
  /** Every line under the label, down to the next label (signature notes, a blank left for the name). */
  under: Segment[];
}

/** The last segment that passes `test` (searched from the end: labels sit in the last lines). */
export function lastWhere(segments: readonly Segment[], test: (s: Segment) => boolean): Segment | undefined {
  for (let i = segments.length - 1; i >= 0; i--) if (test(segments[i]!)) return segments[i];
  return undefined;
}

const isMinutesLabel = (s: Segment) => {
  const key = lineKey(s);
  return CHAIR_LABELS.includes(key) || SECRETARY_LABELS.includes(key) || AUTHORITY.test(key);
};

/**
 * The last chair and secretary labels of the document, each with the name under it. Read once per
 * model: the locator and both signature rules ask for it.
 */
export const findMinutesSignatures: (doc: DocModel, header: HeaderFacts) => MinutesSignature[] = memoByPair(readMinutesSignatures);

function readMinutesSignatures(doc: DocModel, header: HeaderFacts): MinutesSignature[] {
  const segments = tailSegments(doc, header);
  const out: MinutesSignature[] = [];
  for (const [role, labels] of [["chair", CHAIR_LABELS], ["secretary", SECRETARY_LABELS]] as const) {
    const label = lastWhere(segments, (s) => labels.includes(lineKey(s)));
    if (!label) continue;
    const under = linesUnder(segments, label, isMinutesLabel);
    const name = nameUnder(under);
    out.push(name ? { role, label, name, under } : { role, label, under });
  }
  return out;
}

export interface AuthorityBlock {
  /** "T/M CHI BỘ" (or a state form); undefined when a title stands without one. */
  authority?: Segment;
  title?: Segment;
  name?: NameLine;
  /** Every line under the title (or the authority line), down to the next label. */
  under: Segment[];
}

const TITLE_WORDS = /^(pho )?bi thu( chi bo| chi uy)?$|^chi uy vien$|^uy vien$/;

const authorityBlocks = memoByPair((_doc: DocModel, _header: HeaderFacts) => new Map<string, AuthorityBlock | undefined>());

/**
 * The nghị quyết's signature: authority line, title, name. Reads the last block in the document,
 * once per model and list of accepted titles (the locator and the signature rule both ask).
 */
export function findAuthorityBlock(doc: DocModel, header: HeaderFacts, titles: readonly string[]): AuthorityBlock | undefined {
  const byTitles = authorityBlocks(doc, header);
  const key = titles.join("\u0001");
  if (byTitles.has(key)) return byTitles.get(key);
  const block = readAuthorityBlock(doc, header, titles);
  byTitles.set(key, block);
  return block;
}

function readAuthorityBlock(doc: DocModel, header: HeaderFacts, titles: readonly string[]): AuthorityBlock | undefined {
  const segments = tailSegments(doc, header);
  const titleKeys = titles.map((t) => squishedFold(t));
  const isTitle = (s: Segment) => {
    const key = lineKey(s);
    return titleKeys.includes(key) || TITLE_WORDS.test(key);
  };
  const isLabel = (s: Segment) => AUTHORITY.test(lineKey(s)) || isTitle(s);
  const authority = lastWhere(segments, (s) => AUTHORITY.test(lineKey(s)));
  if (authority) {
    const k = segments.indexOf(authority);
    const title = segments.slice(k + 1).filter((s) => sameColumn(s, authority)).slice(0, 2).find(isTitle);
    const under = linesUnder(segments, title ?? authority, isLabel);
    const name = nameUnder(under);
    return { authority, ...(title ? { title } : {}), ...(name ? { name } : {}), under };
  }
  const title = lastWhere(segments, isTitle);
  if (!title) return undefined;
  const under = linesUnder(segments, title, isLabel);
  const name = nameUnder(under);
  return { title, ...(name ? { name } : {}), under };
}
