/**
 * Where literals occur in a model's folded paragraphs, for the locator's phrase prefilter. The
 * paragraphs are folded once per model; the needles of the catalog's phrase tables (registered up
 * front) are then all found in one automaton pass, any other needle by indexOf over the joined text.
 */
import { memoByObject } from "../model/memo";
import type { DocModel } from "../model/types";
import { fold } from "../text/normalize";
import { buildAutomaton, type NeedleAutomaton } from "./needle-automaton";

const registered = new Map<string, number>();
let automaton: NeedleAutomaton | null = null;

/** Needles looked up on every model (the catalog's): found together in one pass per model. */
export function registerNeedles(needles: Iterable<string>): void {
  for (const n of needles) {
    if (n && !n.includes("\n") && !registered.has(n)) {
      registered.set(n, registered.size);
      automaton = null;
    }
  }
}

interface FoldedDoc {
  /** fold(text) of every paragraph, by position in doc.paragraphs. */
  folded: string[];
  /**
   * All of them joined by "\n" (no needle holds one, so a hit never spans two paragraphs), and the
   * offset of each paragraph in it; built only for needles outside the automaton.
   */
  joined?: { text: string; starts: number[] };
  /** Registered needle id → positions of the paragraphs holding it, ascending (none: not found). */
  found: (number[] | undefined)[];
  /** The automaton `found` was read with (null: not scanned yet). */
  scannedWith: NeedleAutomaton | null;
  /** Other needles → positions, found by indexOf. */
  hits: Map<string, number[]>;
}

const foldedDoc = memoByObject((doc: DocModel): FoldedDoc => ({ folded: doc.paragraphs.map((p) => fold(p.text)), found: [], scannedWith: null, hits: new Map() }));

function joinedOf(d: FoldedDoc): { text: string; starts: number[] } {
  if (!d.joined) {
    const starts: number[] = [];
    let at = 0;
    for (const f of d.folded) {
      starts.push(at);
      at += f.length + 1;
    }
    d.joined = { text: d.folded.join("\n"), starts };
  }
  return d.joined;
}

/** fold(text) of every paragraph of the model, by position. */
export function foldedParagraphs(doc: DocModel): readonly string[] {
  return foldedDoc(doc).folded;
}

/** One automaton pass per paragraph: every registered needle's paragraphs. */
function scan(d: FoldedDoc, a: NeedleAutomaton): void {
  d.found = a.textsWith(d.folded);
  d.scannedWith = a;
}

/** Id of a needle found by the automaton (registered), or -1: its hits come from paragraphsWith. */
export function needleId(needle: string): number {
  return registered.get(needle) ?? -1;
}

/** Registered needle id → positions of the paragraphs holding it (undefined: none), for the model. */
export function registeredHits(doc: DocModel): readonly (readonly number[] | undefined)[] {
  const d = foldedDoc(doc);
  automaton ??= buildAutomaton([...registered.keys()]);
  if (d.scannedWith !== automaton) scan(d, automaton);
  return d.found;
}

const NONE: readonly number[] = Object.freeze([]);

/** Position of the paragraph holding offset `at` of the joined text. */
function paragraphAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Positions of the paragraphs whose folded text contains `needle`, ascending. */
export function paragraphsWith(doc: DocModel, needle: string): readonly number[] {
  const d = foldedDoc(doc);
  const id = registered.get(needle);
  if (id !== undefined) {
    automaton ??= buildAutomaton([...registered.keys()]);
    if (d.scannedWith !== automaton) scan(d, automaton);
    return d.found[id] ?? NONE;
  }
  let out = d.hits.get(needle);
  if (!out) {
    out = [];
    const { text, starts } = joinedOf(d);
    for (let at = text.indexOf(needle); at >= 0; ) {
      const k = paragraphAt(starts, at);
      out.push(k);
      // One hit per paragraph is enough: go on from the next one.
      const next = starts[k + 1];
      at = next === undefined ? -1 : text.indexOf(needle, next);
    }
    d.hits.set(needle, out);
  }
  return out;
}
