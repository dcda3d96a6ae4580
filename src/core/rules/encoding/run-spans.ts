/**
 * Where each run sits in its paragraph's raw text. Fixes are offsets into `raw`; a model whose runs do
 * not add up to `raw` gives no run positions, and the rules then offer no run-level fixes.
 */
import type { Paragraph, Run } from "../../model/types";

export interface RunSpan {
  run: Run;
  index: number;
  start: number;
  end: number;
}

export function runSpans(p: Paragraph): RunSpan[] | null {
  const out: RunSpan[] = [];
  let pos = 0;
  p.runs.forEach((run, index) => {
    out.push({ run, index, start: pos, end: pos + run.text.length });
    pos += run.text.length;
  });
  if (pos !== p.raw.length) return null;
  // The runs add up to raw when each one is raw's text at its position (no joined copy needed);
  // comparing a slice is many times faster than startsWith with a position (V8).
  return out.every((s) => p.raw.slice(s.start, s.end) === s.run.text) ? out : null;
}
