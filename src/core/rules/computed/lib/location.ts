/**
 * A fact's span as a finding's location. Spans are offsets into the NFC text; locations are offsets
 * into `raw`, so the range is kept only when both are the same string (else: the paragraph alone).
 */
import type { Span } from "../../../facts/types";
import type { DocModel } from "../../../model/types";
import type { Location } from "../../types";

export function spanLocation(doc: DocModel, span: Span | undefined): Location | undefined {
  if (!span) return undefined;
  const p = doc.paragraphs[span.paragraph];
  if (!p) return undefined;
  if (p.raw !== p.text || span.end <= span.start) return { paragraph: p.index, ref: p.ref };
  return { paragraph: p.index, ref: p.ref, start: span.start, end: span.end };
}
