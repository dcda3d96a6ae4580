/**
 * A fact's span as a report location. Spans are offsets into the NFC text; reports use offsets into
 * `raw`, which are the same only when the paragraph was already NFC. Otherwise the location names the
 * paragraph alone rather than point at the wrong characters.
 */
import type { Span } from "../facts/types";
import type { DocModel } from "../model/types";
import type { Location } from "../rules/types";

export function locationOf(doc: DocModel, span: Span | number): Location | undefined {
  const index = typeof span === "number" ? span : span.paragraph;
  const p = doc.paragraphs[index];
  if (!p) return undefined;
  if (typeof span === "number" || p.raw !== p.text || span.end <= span.start) return { paragraph: p.index, ref: p.ref };
  return { paragraph: p.index, ref: p.ref, start: span.start, end: span.end };
}
