/**
 * The "Nơi nhận:" block (format.md §7): the label, then lines starting "- " (or Word list items, whose
 * dash is generated), the last one "- Lưu …".
 */
import { lineKey, type Segment } from "../facts/header-segments";
import type { HeaderFacts } from "../facts/types";
import { memoByPair } from "../model/memo";
import type { DocModel } from "../model/types";
import { lastWhere, sameColumn, tailSegments } from "./signature-blocks";

export interface RecipientsBlock {
  label: Segment;
  lines: Segment[];
}

const LABEL = /^noi nhan\b/;
const DASH = /^[-–—•+]\s*/;

/** The recipients block, read once per model (the locator and the recipients rule both ask). */
export const findRecipients: (doc: DocModel, header: HeaderFacts) => RecipientsBlock | undefined = memoByPair(readRecipients);

function readRecipients(doc: DocModel, header: HeaderFacts): RecipientsBlock | undefined {
  const segments = tailSegments(doc, header);
  const label = lastWhere(segments, (s) => LABEL.test(lineKey(s)));
  if (!label) return undefined;
  const lines: Segment[] = [];
  // "Nơi nhận: - Đảng ủy xã …" on one line: the rest of the label line is the first recipient.
  const rest = /^noi nhan\s*:?\s*/.exec(label.folded);
  if (rest && rest[0].length < label.text.length) {
    const start = label.start + rest[0].length;
    lines.push({ ...label, start, text: label.text.slice(rest[0].length), folded: label.folded.slice(rest[0].length) });
  }
  for (const s of segments.slice(segments.indexOf(label) + 1)) {
    if (!sameColumn(s, label)) continue;
    const listItem = doc.paragraphs[s.paragraph]?.listItem === true;
    if (!DASH.test(s.text) && !listItem) break;
    lines.push(s);
  }
  return { label, lines };
}

/** "- Lưu Chi bộ.", "- Lưu VP", also typed "- Lưu: …" (the colon is a state habit, reported elsewhere). */
export const isArchiveLine = (s: Segment): boolean => /^[-–—•+]?\s*luu(\s|:|$)/.test(s.folded);
