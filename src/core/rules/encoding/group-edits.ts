/**
 * Turns small edits in one paragraph into replace-text fixes. Each fix is one replace-text, and the
 * applier writes its text into the first run it touches, so edits are grouped by the run they start
 * in: a fix never pulls text across differently formatted runs (a bold label stays bold).
 */
import type { Paragraph } from "../../model/types";
import type { Fix, Report } from "../types";
import { runSpans } from "./run-spans";

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface EditGroup {
  start: number;
  end: number;
  /** raw.slice(start, end) with the group's edits applied. */
  text: string;
  edits: Edit[];
}

export function groupEditsByRun(p: Paragraph, edits: readonly Edit[]): EditGroup[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const spans = runSpans(p);
  const runOf = (pos: number) => (spans ? spans.findIndex((s) => pos < s.end) : 0);
  const groups: { run: number; edits: Edit[] }[] = [];
  for (const e of sorted) {
    const run = runOf(e.start);
    const last = groups[groups.length - 1];
    if (last && last.run === run) last.edits.push(e);
    else groups.push({ run, edits: [e] });
  }
  return groups.map(({ edits: es }) => {
    const start = es[0]!.start;
    const end = es[es.length - 1]!.end;
    let text = "";
    let pos = start;
    for (const e of es) {
      text += p.raw.slice(pos, e.start) + e.text;
      pos = e.end;
    }
    return { start, end, text, edits: es };
  });
}

export function replaceFix(p: Paragraph, start: number, end: number, text: string, font?: string): Fix {
  const base = { kind: "replace-text" as const, paragraph: p.index, ref: p.ref, start, end, expected: p.raw.slice(start, end), text };
  return font === undefined ? base : { ...base, font };
}

/**
 * One report per group, each carrying its own fix — unless the runs do not add up to `raw`: an
 * applier edits runs, so offsets that cannot be placed in them are not offered as a fix.
 */
export function groupReports(p: Paragraph, groups: readonly EditGroup[], report: (g: EditGroup) => Omit<Report, "location" | "fix">): Report[] {
  const locatable = runSpans(p) !== null;
  return groups.map((g) => ({
    ...report(g),
    location: { paragraph: p.index, ref: p.ref, start: g.start, end: g.end },
    ...(locatable ? { fix: replaceFix(p, g.start, g.end, g.text) } : {}),
  }));
}
