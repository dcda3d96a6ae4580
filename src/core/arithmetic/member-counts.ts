/**
 * The counts of process.md §6 as the minutes give them, with the few derivations that are certain
 * (T = C + D, present = official present + probationary present …). A count that cannot be derived
 * stays undefined: the arithmetic checks then stay silent and the presence rules report the gap.
 */
import type { AbsenceFact, AttendanceFacts } from "../facts/types";

/** T: the cell's register (official + probationary). */
export function registerTotal(att: AttendanceFacts): number | undefined {
  if (att.total !== undefined) return att.total;
  if (att.official !== undefined && att.probationary !== undefined) return att.official + att.probationary;
  return undefined;
}

/** C: official members. */
export function officialCount(att: AttendanceFacts): number | undefined {
  if (att.official !== undefined) return att.official;
  if (att.total !== undefined && att.probationary !== undefined) return att.total - att.probationary;
  return undefined;
}

/** D: probationary members. */
export function probationaryCount(att: AttendanceFacts): number | undefined {
  if (att.probationary !== undefined) return att.probationary;
  if (att.total !== undefined && att.official !== undefined) return att.total - att.official;
  return undefined;
}

/** Everyone present (official and probationary). */
export function presentCount(att: AttendanceFacts): number | undefined {
  if (att.present !== undefined) return att.present;
  if (att.presentOfficial !== undefined && att.presentProbationary !== undefined) return att.presentOfficial + att.presentProbationary;
  return undefined;
}

/** Members in one absence line: its count, else its named people, else 0 for an explicit "không". */
export function absenceCount(a: AbsenceFact | undefined): number | undefined {
  if (!a) return undefined;
  if (a.count !== undefined) return a.count;
  if (a.none) return 0;
  return a.names.length > 0 ? a.names.length : undefined;
}

export interface AbsentTotal {
  value: number;
  /** False when a class is missing or uncounted: `value` is then only a lower bound. */
  complete: boolean;
}

/** Absentees of every class (excused + unexcused + unclassified). */
export function absentTotal(att: AttendanceFacts): AbsentTotal {
  const lines = [att.excused, att.unexcused, att.unclassified].filter((a): a is AbsenceFact => a !== undefined);
  const counts = lines.map(absenceCount);
  const value = counts.reduce<number>((sum, c) => sum + (c ?? 0), 0);
  const allCounted = counts.every((c) => c !== undefined);
  // "Có mặt 18/18", "dự họp đầy đủ" settle both classes; otherwise both must be stated, or one
  // unclassified "Vắng: 02" line must cover them.
  const covered = att.full || (att.excused !== undefined && att.unexcused !== undefined) || att.unclassified !== undefined;
  return { value, complete: allCounted && covered };
}

export interface ExemptSplit {
  /** E_in: exempted members who attend. */
  present: number;
  /** E_out: exempted members absent. */
  absent: number;
  /** False when the text gave the exempted total only and the split was assumed (all absent). */
  stated: boolean;
}

/**
 * E_in / E_out. When only "Miễn sinh hoạt: 02" is written, exempted members are taken as absent
 * (they usually are); `stated` tells the caller the split was not in the text.
 */
export function exemptSplit(att: AttendanceFacts): ExemptSplit {
  const { exempt, exemptPresent, exemptAbsent } = att;
  if (exemptPresent !== undefined && exemptAbsent !== undefined) return { present: exemptPresent, absent: exemptAbsent, stated: true };
  if (exemptPresent !== undefined) return { present: exemptPresent, absent: Math.max(0, (exempt ?? exemptPresent) - exemptPresent), stated: true };
  if (exemptAbsent !== undefined) return { present: Math.max(0, (exempt ?? exemptAbsent) - exemptAbsent), absent: exemptAbsent, stated: true };
  return { present: 0, absent: exempt ?? 0, stated: exempt === undefined || exempt === 0 };
}

export interface OfficialPresent {
  /** The official members present (voters, E_in included), when certain. */
  exact?: number;
  /** An upper bound when the exact count is not certain. */
  max?: number;
}

/** Voters: official members present (probationary members never vote, G-DL3). */
export function officialPresent(att: AttendanceFacts): OfficialPresent {
  if (att.presentOfficial !== undefined) return { exact: att.presentOfficial };
  const present = presentCount(att);
  if (present === undefined) return {};
  if (att.presentProbationary !== undefined) return { exact: present - att.presentProbationary };
  const d = probationaryCount(att);
  if (d === 0) return { exact: present };
  const t = registerTotal(att);
  const c = officialCount(att);
  // Everyone on the register came: the official members present are all of them.
  if (t !== undefined && c !== undefined && present === t) return { exact: c };
  return { max: c !== undefined ? Math.min(present, c) : present };
}

/** The exact voter count, else its upper bound. */
export function votersBound(att: AttendanceFacts): number | undefined {
  const op = officialPresent(att);
  return op.exact ?? op.max;
}
