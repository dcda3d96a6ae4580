/**
 * normalize.fold together with whether folding removed any mark, i.e. whether the text is typed
 * with tone marks. One implementation: both come from normalize's per-unit table, in one pass and
 * one memo lookup (foldEntry).
 */
import { foldEntry } from "./normalize";

export interface Folded {
  readonly folded: string;
  /** Some letter lost a tone or vowel mark (or "đ" became "d"). */
  readonly marked: boolean;
}

/** Shared with the fold memo: read-only. */
export function foldFast(s: string): Folded {
  return foldEntry(s);
}
