/**
 * A copy of a string that shares no storage with a larger one. Paragraph texts (and the words and
 * names cut from them) are slices of their whole document.xml: kept as keys of a module-level memo
 * they would keep each document alive long after its check.
 */
export function detached(s: string): string {
  // Engines copy short slices anyway; a longer one is copied through a one-off concatenation.
  return s.length < 13 ? s : (s + " ").slice(0, -1);
}
