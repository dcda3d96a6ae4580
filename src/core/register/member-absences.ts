/**
 * Who was absent, by name, as far as the minutes say so unambiguously: a class ("có lý do" / "không
 * lý do") counts only when it names every absentee it counts, says "không", or attendance was full.
 * Anything less (a count without names, "Vắng: 02" unclassified, a first name alone, which the
 * name reader does not take) is unknown, so a streak is never built on a guess. Members exempted
 * from meetings (miễn sinh hoạt) are left out: HD 12's criterion does not count them.
 */
import type { AbsenceFact, AttendanceFacts } from "../facts/types";
import { fold } from "../text/normalize";
import { cellNameKey } from "./cell-identity";

export interface MemberAbsences {
  /** Names absent with a reason; null when the minutes do not say it unambiguously. */
  excused: string[] | null;
  unexcused: string[] | null;
}

const EXEMPT = /(?<![a-z])mien sinh hoat(?![a-z])/;

function namesOf(fact: AbsenceFact | undefined, full: boolean): string[] | null {
  if (!fact) return full ? [] : null;
  if (fact.none) return [];
  if (fact.names.length === 0) return null;
  if (fact.count !== undefined && fact.count !== fact.names.length) return null;
  // Reasons line up with names only when there are as many of each.
  const aligned = fact.reasons.length === fact.names.length;
  const out: string[] = [];
  fact.names.forEach((name, i) => {
    if (aligned && EXEMPT.test(fold(fact.reasons[i] ?? ""))) return;
    out.push(name);
  });
  return out;
}

export function memberAbsences(a: AttendanceFacts): MemberAbsences {
  if (a.unclassified && !a.full) return { excused: null, unexcused: null };
  return { excused: namesOf(a.excused, a.full), unexcused: namesOf(a.unexcused, a.full) };
}

/** The key two spellings of one member share ("NGUYỄN VĂN AN" = "Nguyễn Văn An", "Thuỷ" = "Thủy"). */
export const memberKey = cellNameKey;
