/**
 * Phrase tables matched on folded text (fold keeps offsets, so a match is a span of the NFC text).
 * Phrases are written diacritic-free with single spaces; a space matches any white space.
 */
import type { Span, HeaderFacts } from "../facts/types";
import type { DocModel, Paragraph } from "../model/types";
import type { PresenceScope } from "../rules/presence/presence-spec";
import { fold } from "../text/normalize";
import { foldedParagraphs, needleId, paragraphsWith, registeredHits, registerNeedles } from "./phrase-index";
import { phraseNeedleSets } from "./phrase-needles";

/** How many paragraphs "opening" and "tail" cover. */
const OPENING = 4;
const TAIL = 30;

const compiled = new Map<string, RegExp>();

/** "tuyen bo ly do" → a regex starting at a word boundary, any white space between words ("a ?:" = optional). */
export function phraseRegex(phrase: string): RegExp {
  let re = compiled.get(phrase);
  if (!re) {
    // " ?" is optional white space; any other space is at least one white-space character.
    const source = phrase.replace(/ \?/g, "[\\s\\u00a0]*").replace(/ /g, "[\\s\\u00a0]+");
    re = new RegExp(`(?<![a-z0-9])(?:${source})`);
    compiled.set(phrase, re);
  }
  return re;
}

/** The paragraphs a scope covers (body = from the header's end; headers and footers never). */
export function scopeParagraphs(doc: DocModel, header: HeaderFacts, scope: PresenceScope): Paragraph[] {
  const ps = doc.paragraphs;
  const body = ps.slice(Math.min(header.bodyStart, ps.length));
  switch (scope) {
    case "all":
      return ps.slice();
    case "body":
      return body;
    case "opening":
      return body.filter((p) => p.text.trim() !== "").slice(0, OPENING);
    case "tail":
      return body.slice(Math.max(0, body.length - TAIL));
  }
}

const alternations = new Map<string, RegExp>();
const byList = new WeakMap<readonly string[], { phrases: readonly string[]; re: RegExp }>();

/**
 * One regex for a whole phrase list: its leftmost match is the earliest occurrence of any phrase
 * (ties go to the earlier phrase, as alternation tries them in order), in one scan per paragraph.
 */
export function phrasesRegex(phrases: readonly string[]): RegExp {
  // The same (static) phrase lists come back for every paragraph and model: skip building the key.
  const known = byList.get(phrases);
  if (known && known.phrases.length === phrases.length && known.phrases.every((p, i) => p === phrases[i])) return known.re;
  const key = phrases.join("\u0001");
  let re = alternations.get(key);
  if (!re) {
    re = new RegExp(phrases.map((p) => phraseRegex(p).source).join("|"));
    alternations.set(key, re);
  }
  byList.set(phrases, { phrases: phrases.slice(), re });
  return re;
}

/** Every paragraph where one of the phrases occurs, with the first occurrence's span. */
export function matchPhrases(paragraphs: readonly Paragraph[], phrases: readonly string[]): Span[] {
  const out: Span[] = [];
  if (phrases.length === 0) return out;
  const re = phrasesRegex(phrases);
  for (const p of paragraphs) {
    const m = re.exec(fold(p.text));
    if (m) out.push({ paragraph: p.index, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** True when one of the phrases occurs in the text. */
export function saysAny(text: string, phrases: readonly string[]): boolean {
  return phrases.length > 0 && phrasesRegex(phrases).test(fold(text));
}

/**
 * The paragraphs a scope covers, as positions in doc.paragraphs (as scopeParagraphs, without copying):
 * the range [from, to), or for "opening" the listed positions.
 */
function scopeRange(doc: DocModel, header: HeaderFacts, scope: PresenceScope): { from: number; to: number; list?: number[] } {
  const n = doc.paragraphs.length;
  const bodyFrom = Math.min(header.bodyStart, n);
  switch (scope) {
    case "all":
      return { from: 0, to: n };
    case "body":
      return { from: bodyFrom, to: n };
    case "tail":
      return { from: Math.max(bodyFrom, n - TAIL), to: n };
    case "opening": {
      const list: number[] = [];
      for (let k = bodyFrom; k < n && list.length < OPENING; k++) if (doc.paragraphs[k]!.text.trim() !== "") list.push(k);
      return { from: 0, to: 0, list };
    }
  }
}

/** Phrase lists the locator matches on every model: their needles are found in one scan per model. */
export function registerPhrases(phrases: readonly string[]): void {
  registerNeedles(phrases.flatMap((p) => (phraseNeedleSets(p) ?? []).flat()));
}

/** A needle of a plan: its registered id (found by the automaton), or the needle itself. */
type Needle = number | string;

/** Lists longer than this are always tried whole (a paragraph's phrases are kept as bits of an int). */
const MAX_MASKED = 30;

interface ScopePlan {
  /** The list the plan was made for (a copy: the caller's array is checked against it). */
  phrases: readonly string[];
  re: RegExp;
  /** Each phrase's needle sets; null when a phrase has none (then every paragraph is tried). */
  sets: readonly (readonly (readonly Needle[])[])[] | null;
  /** Bits of all the phrases (up to MAX_MASKED of them). */
  all: number;
  /** The alternation of some of the phrases, by their bits. */
  subsets: Map<number, RegExp>;
}

const plans = new WeakMap<readonly string[], ScopePlan>();

/** What matchScope needs of a phrase list, read once per list instead of once per model and element. */
function planOf(phrases: readonly string[]): ScopePlan {
  const known = plans.get(phrases);
  if (known && known.phrases.length === phrases.length && known.phrases.every((p, i) => p === phrases[i])) return known;
  const sets: (readonly Needle[])[][] = [];
  const toNeedle = (n: string): Needle => (needleId(n) >= 0 ? needleId(n) : n);
  let readable = true;
  for (const phrase of phrases) {
    const own = phraseNeedleSets(phrase);
    if (!own) {
      readable = false;
      break;
    }
    sets.push(rarestFirst(own).map((set) => set.map(toNeedle)));
  }
  const re = phrasesRegex(phrases);
  const all = phrases.length > MAX_MASKED ? 1 : 2 ** phrases.length - 1;
  const plan: ScopePlan = { phrases: phrases.slice(), re, sets: readable ? sets : null, all, subsets: new Map([[all, re]]) };
  plans.set(phrases, plan);
  return plan;
}

/**
 * The regex for the phrases whose bits are set. On a paragraph where the other phrases cannot match
 * (it lacks their needles), it finds what the whole list's regex finds: alternatives that match
 * nowhere never decide the leftmost match, and the order of the rest is kept.
 */
function subsetRegex(plan: ScopePlan, mask: number): RegExp {
  let re = plan.subsets.get(mask);
  if (!re) {
    re = new RegExp(plan.phrases.filter((_, i) => mask & (1 << i)).map((p) => phraseRegex(p).source).join("|"));
    plan.subsets.set(mask, re);
  }
  return re;
}

const NO_HITS: readonly number[] = [];

/** By paragraph position, the bits of the phrases that may match there; reused across calls (cleared after each). */
let marks = new Uint32Array(256);

/** Whether paragraph k holds a needle of the set. */
function inSet(set: readonly Needle[], k: number, hitsOf: (needle: Needle) => readonly number[]): boolean {
  for (let j = 0; j < set.length; j++) if (hitsOf(set[j]!).includes(k)) return true;
  return false;
}

/**
 * Sets `bit` on the paragraphs holding a needle of each of the phrase's sets (and lists them in
 * touched). The sets come rarest first (planOf): the first is walked, the others checked in turn.
 */
function markPhrase(sets: readonly (readonly Needle[])[], bit: number, hitsOf: (needle: Needle) => readonly number[], touched: number[]): void {
  const base = sets[0]!;
  for (let j = 0; j < base.length; j++) {
    const hits = hitsOf(base[j]!);
    next: for (let h = 0; h < hits.length; h++) {
      const k = hits[h]!;
      if (marks[k]! & bit) continue;
      for (let s = 1; s < sets.length; s++) if (!inSet(sets[s]!, k, hitsOf)) continue next;
      if (marks[k] === 0) touched.push(k);
      marks[k] = marks[k]! | bit;
    }
  }
}

/**
 * A phrase's needle sets, likeliest to be rare first: longest shortest needle, then fewest needles.
 * Which set is walked and in what order the others are checked changes only the work, not the
 * paragraphs kept (those holding a needle of every set).
 */
function rarestFirst(sets: readonly (readonly string[])[]): (readonly string[])[] {
  const shortest = (set: readonly string[]) => Math.min(...set.map((n) => n.length));
  return sets.slice().sort((a, b) => shortest(b) - shortest(a) || a.length - b.length);
}

/**
 * matchPhrases(scopeParagraphs(doc, header, scope), phrases), for the locator: the same spans, but
 * a paragraph is tried only with the phrases whose every needle set (phrase-needles: every match holds
 * a needle of each) has a needle in it, found by one automaton pass per model (phrase-index), instead
 * of the whole list's regex on every paragraph. No other phrase can match there, so the spans are the same.
 */
export function matchScope(doc: DocModel, header: HeaderFacts, scope: PresenceScope, phrases: readonly string[]): Span[] {
  const out: Span[] = [];
  if (phrases.length === 0) return out;
  const plan = planOf(phrases);
  const n = doc.paragraphs.length;
  if (marks.length < n) marks = new Uint32Array(n * 2);
  const touched: number[] = [];
  try {
    if (plan.sets) {
      const registered = registeredHits(doc);
      const hitsOf = (needle: Needle): readonly number[] => (typeof needle === "number" ? registered[needle] ?? NO_HITS : paragraphsWith(doc, needle));
      for (let i = 0; i < plan.sets.length; i++) markPhrase(plan.sets[i]!, plan.all === 1 ? 1 : 1 << i, hitsOf, touched);
    }
    testCandidates(doc, header, scope, plan, touched, out);
  } finally {
    // The marks are shared by every call: leave them clear.
    for (const k of touched) marks[k] = 0;
  }
  return out;
}

/** Runs the regexes on the candidates (all of the scope without a prefilter), in document order. */
function testCandidates(doc: DocModel, header: HeaderFacts, scope: PresenceScope, plan: ScopePlan, touched: number[], out: Span[]): void {
  const folded = foldedParagraphs(doc);
  const test = (k: number, re: RegExp) => {
    const m = re.exec(folded[k]!);
    if (m) out.push({ paragraph: doc.paragraphs[k]!.index, start: m.index, end: m.index + m[0].length });
  };
  const range = scopeRange(doc, header, scope);
  if (range.list) {
    for (const k of range.list) {
      if (!plan.sets) test(k, plan.re);
      else if (marks[k]) test(k, subsetRegex(plan, marks[k]!));
    }
  } else if (!plan.sets) {
    for (let k = range.from; k < range.to; k++) test(k, plan.re);
  } else {
    // The candidates in document order: the spans come out as a scan of the range gives them.
    touched.sort((a, b) => a - b);
    for (const k of touched) if (k >= range.from && k < range.to) test(k, subsetRegex(plan, marks[k]!));
  }
}
