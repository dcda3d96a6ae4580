/**
 * CHK.ATTENDANCE_SUM (process.md §6): present + absent + E_out + A (+ S when listed) = T. A member
 * listed both as exempted (or away) and as absent counts once, and the text seldom says which: the
 * sum is therefore a range, from "every excluded member is also among the absentees" to "none is".
 */
import type { AttendanceFacts } from "../facts/types";
import { absentTotal, exemptSplit, presentCount, registerTotal } from "./member-counts";

export interface AttendanceSum {
  total: number;
  present: number;
  /** Absentees of every class (a lower bound when `complete` is false). */
  absent: number;
  /** E_out + A + S at most (E_out is uncertain when the exempted split is not written). */
  excluded: number;
  sumMin: number;
  sumMax: number;
  /** Every absence class is counted: the sum must reach T exactly (within the overlap range). */
  complete: boolean;
  consistent: boolean;
}

export function attendanceSum(att: AttendanceFacts): AttendanceSum | undefined {
  const total = registerTotal(att);
  const present = presentCount(att);
  if (total === undefined || present === undefined) return undefined;
  const absent = absentTotal(att);
  const exempt = exemptSplit(att);
  const others = (att.away ?? 0) + (att.suspended ?? 0);
  const excludedMin = (exempt.stated ? exempt.absent : 0) + others;
  const excludedMax = exempt.absent + others;
  const sumMax = present + absent.value + excludedMax;
  const sumMin = present + Math.max(absent.value, excludedMin);
  const consistent = absent.complete ? sumMin <= total && total <= sumMax : sumMin <= total;
  return { total, present, absent: absent.value, excluded: excludedMax, sumMin, sumMax, complete: absent.complete, consistent };
}
