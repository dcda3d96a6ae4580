/**
 * The stretches of a paragraph typed in Unicode fonts: consecutive runs whose font is not TCVN3 or VNI
 * (an unknown font counts as Unicode). Text in legacy-font runs is ENC.LEGACY_FONT's finding, so the
 * other ENC rules look only here.
 */
import { runLegacyFont } from "../../encoding/legacy-font";
import type { Paragraph } from "../../model/types";
import { runSpans } from "./run-spans";

export interface Segment {
  start: number;
  end: number;
  text: string;
}

export function unicodeSegments(p: Paragraph): Segment[] {
  const spans = runSpans(p);
  if (!spans) {
    // Runs unusable: judge the paragraph by its first font.
    return p.runs[0] && runLegacyFont(p.runs[0].format) ? [] : [{ start: 0, end: p.raw.length, text: p.raw }];
  }
  const out: Segment[] = [];
  let current: Segment | null = null;
  for (const s of spans) {
    if (runLegacyFont(s.run.format)) {
      current = null;
      continue;
    }
    if (current) {
      current.end = s.end;
      current.text = p.raw.slice(current.start, current.end);
    } else {
      current = { start: s.start, end: s.end, text: s.run.text };
      out.push(current);
    }
  }
  return out.filter((s) => s.end > s.start);
}
