/**
 * The fold of doc.paragraphs[k] (normalize.foldEntry of its text), kept per model: the header, the
 * body and the signature segments fold the same paragraphs, and each lookup in the text-keyed fold
 * memo hashes and compares the whole fresh paragraph text again. Shared: read-only.
 */
import { paragraphMemo } from "../model/paragraph-memo";
import { foldEntry } from "../text/normalize";

export const foldedAt = paragraphMemo((p) => foldEntry(p.text));
