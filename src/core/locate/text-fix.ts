/**
 * A replace-text fix over a range of a paragraph's NFC text. Offered only when the raw text is the NFC
 * text (offsets agree); for a decomposed (NFD) paragraph the ENC.NFD fix must run first.
 */
import type { DocModel } from "../model/types";
import type { Fix } from "../rules/types";

export function replaceFix(doc: DocModel, paragraph: number, start: number, end: number, text: string): Fix | undefined {
  const p = doc.paragraphs[paragraph];
  if (!p || p.raw !== p.text || start < 0 || end > p.raw.length || start > end) return undefined;
  return { kind: "replace-text", paragraph, ref: p.ref, start, end, expected: p.raw.slice(start, end), text };
}
