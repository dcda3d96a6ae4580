/**
 * Finding a character range of a paragraph in Word. Office.js has no "range at offset" call, so a
 * range is found with paragraph.search: the k-th match of the range's own text, where k is counted in
 * the paragraph's text the same way Word scans (left to right, matches do not overlap). After the
 * sync the plan is checked against what Word found (as many matches as expected, each with the
 * needle's text); any disagreement means the range cannot be placed exactly, and the caller refuses
 * rather than editing the wrong characters.
 *
 * Word's search limits (docs: "Use search options in your Word add-in to find text"; office-js
 * issues #31, #168, #2331): "^" starts a special code, tabs and manual line breaks are only found as
 * ^t and ^l, and a search string is at most 255 characters, so long ranges are found as a head and a
 * tail match joined with Range.expandTo (WordApi 1.3).
 */

/** Longest search string Word accepts (Word for Windows rejects longer ones). */
export const MAX_SEARCH = 255;
/** Raw characters per needle, leaving room for escapes (each special character doubles). */
const NEEDLE = 120;

/** The needle in Word's search notation. */
export function escapeForWordSearch(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch === "^") out += "^^";
    else if (ch === "\t") out += "^t";
    else if (ch === "\n") out += "^l";
    else if (ch === "\u00a0") out += "^s";
    else if (ch === "\u00ad") out += "^-";
    else out += ch;
  }
  return out;
}

/** Start offsets of the non-overlapping matches of `needle` in `text`, left to right. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return out;
    out.push(at);
    from = at + needle.length;
  }
}

/** One search to queue: the k-th of `count` matches of `needle` (raw text). */
export interface SearchStep {
  needle: string;
  /** Index of the wanted match among Word's results. */
  nth: number;
  /** How many matches the paragraph's text has: Word must report exactly as many. */
  count: number;
}

/** Where to act in a paragraph of text `text`. */
export type RangePlan =
  | { kind: "paragraph-start" }
  | { kind: "paragraph-end" }
  /** The range is the `head` match, or from the head match to the `tail` match (long ranges). */
  | { kind: "range"; head: SearchStep; tail?: SearchStep }
  /** An empty range right after the `before` match (insertion inside the paragraph). */
  | { kind: "after"; before: SearchStep };

function step(text: string, at: number, length: number): SearchStep | null {
  const needle = text.slice(at, at + length);
  if (needle.length === 0 || escapeForWordSearch(needle).length > MAX_SEARCH) return null;
  const found = occurrences(text, needle);
  const nth = found.indexOf(at);
  return nth < 0 ? null : { needle, nth, count: found.length };
}

/**
 * How to reach text[start, end) with searches, or null when it cannot be placed exactly (then the
 * caller falls back to the whole paragraph or refuses the edit).
 */
export function planRange(text: string, start: number, end: number): RangePlan | null {
  if (start < 0 || end > text.length || start > end) return null;
  if (start === end) {
    if (start === 0) return { kind: "paragraph-start" };
    if (start === text.length) return { kind: "paragraph-end" };
    // Context before the point: short first, longer while the short one overlaps another match.
    for (const length of [12, 24, 48, 96]) {
      const before = step(text, Math.max(0, start - length), Math.min(length, start));
      if (before) return { kind: "after", before };
    }
    return null;
  }
  const length = end - start;
  if (length <= NEEDLE) {
    const head = step(text, start, length);
    return head ? { kind: "range", head } : null;
  }
  const head = step(text, start, NEEDLE);
  const tail = step(text, end - NEEDLE, NEEDLE);
  return head && tail ? { kind: "range", head, tail } : null;
}

/** True when Word's results agree with the plan: the expected number of matches, each the needle. */
export function resultsAgree(found: readonly string[], s: SearchStep, normalise: (t: string) => string): boolean {
  return found.length === s.count && found.every((t) => normalise(t) === s.needle);
}
