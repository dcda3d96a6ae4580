/**
 * The same meeting received more than once: documents of one cell, one type and one meeting date,
 * or documents with the same text (a copy, or the same file re-saved). Groups are listed, never
 * merged away: the officer decides which copy counts.
 */
import type { RegisterEntry } from "./types";

/** Ids grouped by meeting (`meetingKeyOf` returns null when the meeting is unknown) or by text. */
export function findDuplicates(entries: readonly RegisterEntry[], meetingKeyOf: (e: RegisterEntry) => string | null): number[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps later look-ups short.
    for (let y = x; y !== root; ) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  const firstBy = new Map<string, number>();
  const link = (key: string, id: number) => {
    const first = firstBy.get(key);
    if (first === undefined) firstBy.set(key, id);
    else union(first, id);
  };
  for (const e of entries) {
    parent.set(e.id, e.id);
    link(`text|${e.fingerprint}`, e.id);
    const meeting = meetingKeyOf(e);
    if (meeting !== null) link(`meeting|${meeting}`, e.id);
  }
  const groups = new Map<number, number[]>();
  for (const e of entries) {
    const root = find(e.id);
    const group = groups.get(root) ?? [];
    group.push(e.id);
    groups.set(root, group);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}
