/**
 * The locator's prefilter must never hide a match: every text a phrase regex matches contains a
 * needle of each of the phrase's needle sets, and the automaton finds exactly what a naive search
 * finds. Checked on the real phrase tables with generated texts.
 */
import fc from "fast-check";
import { buildAutomaton } from "../../../src/core/locate/needle-automaton";
import { phraseNeedleSets } from "../../../src/core/locate/phrase-needles";
import { phraseRegex } from "../../../src/core/locate/phrase-match";
import { minutesElements } from "../../../src/core/rules/presence/minutes-elements";
import { resolutionElements } from "../../../src/core/rules/presence/resolution-elements";
import { thematicElements } from "../../../src/core/rules/presence/thematic-elements";

const phrases = [...minutesElements, ...resolutionElements, ...thematicElements].flatMap((s) => s.phrases);

function naive(text: string, needles: readonly string[]): string[] {
  const found: string[] = [];
  needles.forEach((n, id) => {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) found.push(`${id}@${i + n.length}`);
  });
  return found.sort();
}

describe("needle automaton", () => {
  it("finds exactly the occurrences a naive search finds", () => {
    const word = fc.stringMatching(/^[abđc ]{1,4}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.stringMatching(/^[abđcx ]{0,60}$/), (needles, text) => {
        const unique = [...new Set(needles)];
        const a = buildAutomaton(unique);
        const found: string[] = [];
        a.scan(text, 0, text.length, (id, end) => found.push(`${id}@${end}`));
        expect(found.sort()).toEqual(naive(text, unique));
      }),
      { numRuns: 300 },
    );
  });
});

/** A text the phrase matches: optional spaces taken, the first alternative of each group. */
function sampleOf(phrase: string): string {
  return phrase
    .replace(/ \?/g, " ")
    .replace(/\(\?:([^()|]*)\|[^()]*\)/g, "$1")
    .replace(/[()?:|\\]/g, "");
}

describe("phrase needles are sound on the real phrase tables", () => {
  it.each(phrases.map((p) => [p]))("%s", (phrase) => {
    const sets = phraseNeedleSets(phrase);
    if (sets === null) return; // no prefilter: the regex runs on every paragraph
    const re = phraseRegex(phrase);
    const sample = sampleOf(phrase);
    for (const text of [sample, `truoc do ${sample} sau do`, `${sample}.`]) {
      const m = re.exec(text);
      if (!m) continue;
      for (const set of sets) expect(set.some((needle) => m[0].includes(needle))).toBe(true);
    }
  });

  it("the generated samples really exercise most phrases", () => {
    const matched = phrases.filter((p) => phraseNeedleSets(p) !== null && phraseRegex(p).test(sampleOf(p)));
    // Patterns with nested groups or classes are not sampled; 40 of 89 are today.
    expect(matched.length).toBeGreaterThan(phrases.length / 3);
  });
});
