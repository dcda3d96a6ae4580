/**
 * normalize.fold together with whether folding removed any mark, i.e. whether the text is typed
 * with tone marks. One implementation: both come from normalize's per-unit table.
 */
import { fold, hasMarks } from "./normalize";

export interface Folded {
  folded: string;
  /** Some letter lost a tone or vowel mark (or "đ" became "d"). */
  marked: boolean;
}

export function foldFast(s: string): Folded {
  return { folded: fold(s), marked: hasMarks(s) };
}
