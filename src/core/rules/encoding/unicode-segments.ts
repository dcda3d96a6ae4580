/**
 * The stretches of a paragraph typed in Unicode fonts: consecutive runs whose font is not TCVN3 or VNI
 * (an unknown font counts as Unicode). Text in legacy-font runs is ENC.LEGACY_FONT's finding, so the
 * other ENC rules look only here.
 */
import { runLegacyFont } from "../../encoding/legacy-font";
import { paragraphMemo } from "../../model/paragraph-memo";
import type { Paragraph } from "../../model/types";
import { runSpans } from "./run-spans";

export interface Segment {
  start: number;
  end: number;
  text: string;
}

export function unicodeSegments(p: Paragraph): Segment[] {
  if (!p.runs.some((r) => runLegacyFont(r.format))) {
    // No legacy font (the usual case): the whole paragraph, as the run walk below would give it.
    const whole = [{ start: 0, end: p.raw.length, text: p.raw }];
    return p.raw.length > 0 || runSpans(p) === null ? whole : [];
  }
  const spans = runSpans(p);
  if (!spans) {
    // Runs unusable: judge the paragraph by its first font.
    return p.runs[0] && runLegacyFont(p.runs[0].format) ? [] : [{ start: 0, end: p.raw.length, text: p.raw }];
  }
  const out: Segment[] = [];
  let start = -1;
  let end = -1;
  // A stretch's text is cut from raw once, when the stretch ends.
  const close = () => {
    if (end > start) out.push({ start, end, text: p.raw.slice(start, end) });
    start = -1;
  };
  for (const s of spans) {
    if (runLegacyFont(s.run.format)) close();
    else if (start < 0) {
      start = s.start;
      end = s.end;
    } else end = s.end;
  }
  close();
  return out;
}

/** unicodeSegments of doc.paragraphs[k], read once per model: every ENC rule looks at the same stretches. */
export const unicodeSegmentsAt = paragraphMemo(unicodeSegments);
