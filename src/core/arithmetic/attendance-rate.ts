/**
 * CHK.ATTENDANCE_RATE (process.md §6): expected = T − (E_in + E_out) − A (− S by profile); counted =
 * present − E_in; the rate is compared with the profile's threshold as integers.
 */
import type { AttendanceFacts } from "../facts/types";
import type { ProfileSettings } from "../profiles/types";
import { exemptSplit, presentCount, registerTotal } from "./member-counts";
import { formatPercent, meetsPercent } from "./percent";

export interface AttendanceRate {
  /** present − E_in */
  counted: number;
  /** T − exempted − away (− suspended) */
  expected: number;
  /** "88,9%" */
  text: string;
  meets: boolean;
}

export function attendanceRate(att: AttendanceFacts, settings: Pick<ProfileSettings, "attendance" | "attendanceExpected">): AttendanceRate | undefined {
  const t = registerTotal(att);
  const present = presentCount(att);
  if (t === undefined || present === undefined) return undefined;
  const exempt = exemptSplit(att);
  const suspended = settings.attendanceExpected.excludeSuspended ? att.suspended ?? 0 : 0;
  const expected = t - exempt.present - exempt.absent - (att.away ?? 0) - suspended;
  const counted = present - exempt.present;
  if (expected <= 0 || counted < 0) return undefined;
  return {
    counted,
    expected,
    text: formatPercent(counted, expected),
    meets: meetsPercent(counted, expected, settings.attendance.percent, settings.attendance.comparator),
  };
}
