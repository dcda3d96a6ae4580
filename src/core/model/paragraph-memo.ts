/**
 * Per-paragraph data derived from a model, computed at most once per paragraph and kept in one array
 * per model: one WeakMap entry per model instead of one per paragraph (keying every paragraph costs
 * a hash and an ephemeron each). Values are shared: callers must treat them as read-only.
 */
import type { DocModel, Paragraph } from "./types";

const UNSET: unique symbol = Symbol("unset");

export interface ParagraphMemo<T> {
  /** The value for doc.paragraphs[k] (k a position in doc.paragraphs). */
  at(doc: DocModel, k: number): T;
}

export function paragraphMemo<T>(compute: (p: Paragraph) => T): ParagraphMemo<T> {
  const cache = new WeakMap<DocModel, (T | typeof UNSET)[]>();
  return {
    at(doc, k) {
      let values = cache.get(doc);
      if (!values) {
        values = new Array<T | typeof UNSET>(doc.paragraphs.length).fill(UNSET);
        cache.set(doc, values);
      }
      let value = values[k];
      if (value === UNSET) {
        value = compute(doc.paragraphs[k]!);
        values[k] = value;
      }
      return value as T;
    },
  };
}
