/**
 * Character-weighted formatting of runs: the dominant font or size of a stretch of text, and whether
 * it is bold. Runs without a value inherit the document default when the model knows it; a value
 * known nowhere stays undefined and the FMT rules then say nothing.
 */
import type { DocModel, Paragraph, Run } from "../../model/types";
import { runSpans } from "../encoding/run-spans";
import { textScan, weightOf } from "../encoding/text-scan";

export interface RunPart {
  run: Run;
  /** Non-blank characters of the run inside the stretch. */
  weight: number;
}

/**
 * The whole paragraph's parts. Over the whole paragraph each run's stretch is its own text, so no
 * run positions are needed.
 */
function wholeParts(p: Paragraph): RunPart[] {
  const out: RunPart[] = [];
  for (const run of p.runs) {
    const weight = weightOf(run.text);
    if (weight > 0) out.push({ run, weight });
  }
  return out;
}


/** The runs of `p` overlapping [start, end) of its raw text (the whole paragraph by default). */
export function runParts(p: Paragraph, start = 0, end = p.raw.length): RunPart[] {
  return start === 0 && end === p.raw.length ? wholeParts(p) : readRunParts(p, start, end);
}

function readRunParts(p: Paragraph, start: number, end: number): RunPart[] {
  const spans = runSpans(p);
  const parts = spans
    ? spans.filter((s) => s.end > start && s.start < end).map((s) => ({ run: s.run, text: p.raw.slice(Math.max(s.start, start), Math.min(s.end, end)) }))
    : p.runs.map((run) => ({ run, text: run.text }));
  return parts.map(({ run, text }) => ({ run, weight: weightOf(text) })).filter((x) => x.weight > 0);
}

/** The value carrying the most characters; undefined when no part has one. */
export function dominant<T>(parts: readonly RunPart[], value: (r: Run) => T | undefined): T | undefined {
  const totals = new Map<T, number>();
  addWeights(totals, parts, value);
  return heaviest(totals);
}

/**
 * dominant over the whole-paragraph parts of the paragraphs that `include` keeps, weighing their runs
 * directly (a whole paragraph's parts are its runs with any non-blank text) instead of gathering
 * every part of the document into one list first.
 */
export function dominantInParagraphs<T>(doc: DocModel, include: (p: Paragraph) => boolean, value: (r: Run) => T | undefined): T | undefined {
  const totals = new Map<T, number>();
  // Every run's weight is read once per model, with the ENC rules' pass over the text.
  const { runOffsets: offsets, weights } = textScan(doc);
  const paragraphs = doc.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (!include(p)) continue;
    const runs = p.runs;
    const base = offsets[i]!;
    for (let k = 0; k < runs.length; k++) {
      const weight = weights[base + k]!;
      if (weight === 0) continue;
      const run = runs[k]!;
      const v = value(run);
      if (v !== undefined) totals.set(v, (totals.get(v) ?? 0) + weight);
    }
  }
  return heaviest(totals);
}

function addWeights<T>(totals: Map<T, number>, parts: readonly RunPart[], value: (r: Run) => T | undefined): void {
  for (const { run, weight } of parts) {
    const v = value(run);
    if (v !== undefined) totals.set(v, (totals.get(v) ?? 0) + weight);
  }
}

/** The first value with the greatest total (Map order: first seen). */
function heaviest<T>(totals: ReadonlyMap<T, number>): T | undefined {
  let best: T | undefined;
  let bestWeight = 0;
  for (const [v, w] of totals) {
    if (w > bestWeight) [best, bestWeight] = [v, w];
  }
  return best;
}

export const fontOf = (doc: DocModel) => (r: Run) => r.format.font?.trim() || doc.defaultFont?.trim() || undefined;
export const sizeOf = (doc: DocModel) => (r: Run) => r.format.size ?? doc.defaultSize;

/** true when every part is bold, false when some part is known not to be, else undefined. */
export function allBold(parts: readonly RunPart[]): boolean | undefined {
  if (!parts.length) return undefined;
  if (parts.some((x) => x.run.format.bold === false)) return false;
  return parts.every((x) => x.run.format.bold === true) ? true : undefined;
}
