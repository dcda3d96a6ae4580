/**
 * Phrase tables matched on folded text (fold keeps offsets, so a match is a span of the NFC text).
 * Phrases are written diacritic-free with single spaces; a space matches any white space.
 */
import type { Span, HeaderFacts } from "../facts/types";
import type { DocModel, Paragraph } from "../model/types";
import type { PresenceScope } from "../rules/presence/presence-spec";
import { fold } from "../text/normalize";
import { foldedParagraphs, paragraphsWith, registerNeedles } from "./phrase-index";
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

/**
 * matchPhrases(scopeParagraphs(doc, header, scope), phrases), for the locator: the same spans, but
 * the phrase regex runs only on paragraphs holding a needle of some phrase (phrase-needles), found by
 * one automaton pass per model (phrase-index), instead of a regex per element and paragraph.
 */
export function matchScope(doc: DocModel, header: HeaderFacts, scope: PresenceScope, phrases: readonly string[]): Span[] {
  const out: Span[] = [];
  if (phrases.length === 0) return out;
  let candidates: Uint8Array | null = new Uint8Array(doc.paragraphs.length);
  for (const phrase of phrases) {
    const sets = phraseNeedleSets(phrase);
    if (!sets) {
      candidates = null;
      break;
    }
    // Any set is sound: the one found in the fewest paragraphs leaves the fewest to try.
    let best = sets[0]!;
    let bestCount = Infinity;
    for (const set of sets) {
      let count = 0;
      for (const needle of set) count += paragraphsWith(doc, needle).length;
      if (count < bestCount) {
        best = set;
        bestCount = count;
      }
    }
    for (const needle of best) {
      const hits = paragraphsWith(doc, needle);
      for (let i = 0; i < hits.length; i++) candidates[hits[i]!] = 1;
    }
  }
  const re = phrasesRegex(phrases);
  const folded = foldedParagraphs(doc);
  const test = (k: number) => {
    if (candidates && !candidates[k]) return;
    const m = re.exec(folded[k]!);
    if (m) out.push({ paragraph: doc.paragraphs[k]!.index, start: m.index, end: m.index + m[0].length });
  };
  const range = scopeRange(doc, header, scope);
  if (range.list) range.list.forEach(test);
  else for (let k = range.from; k < range.to; k++) test(k);
  return out;
}
