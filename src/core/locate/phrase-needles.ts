/**
 * Needles of a phrase (phrase-match's mini-language: folded words, a space for any white space, regex
 * groups, classes and quantifiers): sets of literal strings such that every match contains at least
 * one string of each set. A paragraph holding no string of a set cannot match the phrase, so the
 * locator runs the phrase regexes only on the few paragraphs that hold one. Read only from what every
 * match must contain (literals and groups that are neither optional nor lookarounds); spaces never
 * belong to a needle, since they stand for any white space.
 */

const QUANTIFIER_START = new Set(["?", "*", "+", "{"]);

/** Index just past the quantifier at `i` (with its lazy "?"), or `i` when there is none. */
function skipQuantifier(pattern: string, i: number): number {
  const ch = pattern[i];
  let j = i;
  if (ch === "?" || ch === "*" || ch === "+") j = i + 1;
  else if (ch === "{") {
    const close = pattern.indexOf("}", i);
    j = close < 0 ? pattern.length : close + 1;
  }
  return j > i && pattern[j] === "?" ? j + 1 : j;
}

/** Whether the quantifier at `i` lets its atom occur zero times ("?", "*", "{0,…}"). */
function optionalAt(pattern: string, i: number): boolean {
  const ch = pattern[i];
  return ch === "?" || ch === "*" || (ch === "{" && /^\{0[,}]/.test(pattern.slice(i)));
}

/** Index of the ")" closing the group opened at `open`. */
function groupEnd(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") i++;
    else if (ch === "[") i = classEnd(pattern, i);
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i;
  }
  return pattern.length;
}

/** Index of the "]" closing the class opened at `open`. */
function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === "^") i++;
  if (pattern[i] === "]") i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === "\\") i++;
    else if (pattern[i] === "]") return i;
  }
  return pattern.length;
}

/** The pattern split at its top-level "|". */
function alternatives(pattern: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") i++;
    else if (ch === "[") i = classEnd(pattern, i);
    else if (ch === "(") i = groupEnd(pattern, i);
    else if (ch === "|") {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

/**
 * Every needle set of one alternative (a sequence): each required literal, and each required group
 * whose alternatives all have needles. Any one of the sets is sound; empty when none can be read.
 */
function sequenceOptions(pattern: string): string[][] | null {
  const options: string[][] = [];
  const offer = (needles: string[] | null) => {
    if (needles && needles.length > 0) options.push(needles);
  };
  let run = "";
  const endRun = () => {
    if (run) offer([run]);
    run = "";
  };
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "(") {
      endRun();
      const close = groupEnd(pattern, i);
      const after = skipQuantifier(pattern, close + 1);
      const inner = pattern.slice(i + 1, close);
      // Lookarounds match nothing; an optional group may be absent.
      if (!/^\?[=!<]/.test(inner) && !optionalAt(pattern, close + 1)) offer(patternNeedles(inner.startsWith("?:") ? inner.slice(2) : inner));
      i = after;
    } else if (ch === "[") {
      endRun();
      i = skipQuantifier(pattern, classEnd(pattern, i) + 1);
    } else if (ch === "\\") {
      endRun();
      i = skipQuantifier(pattern, i + 2);
    } else if (ch === " " || ch === "." || ch === "^" || ch === "$") {
      endRun();
      i = skipQuantifier(pattern, i + 1);
    } else if (QUANTIFIER_START.has(ch) || ch === ")" || ch === "|") {
      // Not expected here (quantifiers are consumed with their atom): give up on the phrase.
      return null;
    } else {
      const next = pattern[i + 1];
      if (next !== undefined && QUANTIFIER_START.has(next)) {
        // A quantified character: required once only with "+", and then it ends the literal.
        if (next === "+") run += ch;
        endRun();
        i = skipQuantifier(pattern, i + 1);
      } else {
        run += ch;
        i++;
      }
    }
  }
  endRun();
  return options;
}

/** The statically best of a sequence's sets: longest shortest needle, then fewest needles. */
function bestOption(options: readonly string[][]): string[] | null {
  let best: string[] | null = null;
  let bestLength = 0;
  for (const needles of options) {
    const length = Math.min(...needles.map((n) => n.length));
    if (length > bestLength || (length === bestLength && best !== null && needles.length < best.length)) {
      best = needles;
      bestLength = length;
    }
  }
  return best;
}

/** One needle set for a whole pattern: the union of each alternative's best set. */
function patternNeedles(pattern: string): string[] | null {
  const out: string[] = [];
  for (const alternative of alternatives(pattern)) {
    const options = sequenceOptions(alternative);
    const needles = options && bestOption(options);
    if (!needles) return null;
    out.push(...needles);
  }
  return out;
}

/** All sound needle sets of a phrase: each required literal or group of its top level (or one union). */
function phraseOptions(phrase: string): string[][] | null {
  if (alternatives(phrase).length === 1) {
    const options = sequenceOptions(phrase);
    return options && options.length > 0 ? options : null;
  }
  const needles = patternNeedles(phrase);
  return needles ? [needles] : null;
}

const cache = new Map<string, string[][] | null>();

/**
 * Needle sets of a phrase: every match contains a needle of each set, so any one set will do (the
 * locator takes the one found in the fewest paragraphs). Null when none can be read.
 */
export function phraseNeedleSets(phrase: string): readonly (readonly string[])[] | null {
  let sets = cache.get(phrase);
  if (sets === undefined) {
    sets = phraseOptions(phrase);
    cache.set(phrase, sets);
  }
  return sets;
}

