/**
 * The vote denominator of G-QD24 9.3.2 (process.md §6): N = C − A − E_out − S − X, each exclusion
 * switched by the profile. Unexcused absentees stay in N; exempted members who attend stay in N
 * unless the profile says otherwise.
 */
import type { AttendanceFacts } from "../facts/types";
import type { ProfileSettings } from "../profiles/types";
import { absenceCount, exemptSplit, officialCount, officialPresent } from "./member-counts";

export interface VoteDenominator {
  /** N under the profile's exclusions. */
  n: number;
  /** C: official members. */
  official: number;
  /** X: official members absent with a reason (taken as accepted by default). */
  excused: number;
  /** N if the reasons of the X absentees are accepted (they leave N). */
  nExcusedAccepted: number;
  /** N if they are not (they stay in N, like unexcused absentees). */
  nExcusedNotAccepted: number;
  /** The text says the reasons were accepted: no second reading of N. */
  excusedCertain: boolean;
  /** The exclusions applied, for messages: A, E_out, S and, when present, E_in taken out. */
  away: number;
  exemptAbsent: number;
  suspended: number;
  exemptPresentExcluded: number;
}

/**
 * X, the official members absent with a reason. "Vắng có lý do" may include probationary members;
 * when the official absentees can be counted, X cannot exceed them.
 */
function excusedOfficial(att: AttendanceFacts, c: number, exemptAbsent: number): number {
  const excused = absenceCount(att.excused) ?? 0;
  const op = officialPresent(att).exact;
  if (op === undefined) return excused;
  const officialAbsent = c - op - exemptAbsent - (att.away ?? 0) - (att.suspended ?? 0);
  return Math.max(0, Math.min(excused, officialAbsent));
}

export function voteDenominator(att: AttendanceFacts, settings: ProfileSettings["voteDenominator"]): VoteDenominator | undefined {
  const c = officialCount(att);
  if (c === undefined) return undefined;
  const exempt = exemptSplit(att);
  const away = settings.excludeAway ? att.away ?? 0 : 0;
  const exemptAbsent = settings.excludeExemptAbsent ? exempt.absent : 0;
  const suspended = settings.excludeSuspended ? att.suspended ?? 0 : 0;
  const exemptPresentExcluded = settings.countExemptPresent ? 0 : exempt.present;
  const x = excusedOfficial(att, c, exempt.absent);
  const base = c - away - exemptAbsent - suspended - exemptPresentExcluded;
  const nExcusedAccepted = base - x;
  const nExcusedNotAccepted = base;
  return {
    n: settings.excludeExcusedAbsent ? nExcusedAccepted : nExcusedNotAccepted,
    official: c,
    excused: x,
    nExcusedAccepted,
    nExcusedNotAccepted,
    excusedCertain: att.excused?.accepted === true,
    away,
    exemptAbsent,
    suspended,
    exemptPresentExcluded,
  };
}
