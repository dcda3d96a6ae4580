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
  return pos === p.raw.length && p.runs.map((r) => r.text).join("") === p.raw ? out : null;
}
