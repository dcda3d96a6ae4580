/**
 * Phrase tables matched on folded text (fold keeps offsets, so a match is a span of the NFC text).
 * Phrases are written diacritic-free with single spaces; a space matches any white space.
 */
import type { Span, HeaderFacts } from "../facts/types";
import type { DocModel, Paragraph } from "../model/types";
import type { PresenceScope } from "../rules/presence/presence-spec";
import { fold } from "../text/normalize";

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

/**
 * One regex for a whole phrase list: its leftmost match is the earliest occurrence of any phrase
 * (ties go to the earlier phrase, as alternation tries them in order), in one scan per paragraph.
 */
export function phrasesRegex(phrases: readonly string[]): RegExp {
  const key = phrases.join("\u0001");
  let re = alternations.get(key);
  if (!re) {
    re = new RegExp(phrases.map((p) => phraseRegex(p).source).join("|"));
    alternations.set(key, re);
  }
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
