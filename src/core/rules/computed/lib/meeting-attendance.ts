/**
 * The attendance a vote is counted against. A nghị quyết seldom states the register ("dự họp
 * 16/18"), so when its own facts do not give the official members, the biên bản of the same meeting
 * (ctx.related) supplies them, and messages name that document.
 */
import { officialCount } from "../../../arithmetic/member-counts";
import type { AttendanceFacts } from "../../../facts/types";
import type { RuleContext } from "../../types";

export interface MeetingAttendance {
  attendance: AttendanceFacts;
  /** Name of the related document the counts come from; undefined for the document's own. */
  source?: string;
}

export function meetingAttendance(ctx: RuleContext): MeetingAttendance {
  const own = ctx.facts.attendance;
  if (officialCount(own) !== undefined || ctx.type !== "nghi-quyet") return { attendance: own };
  const minutes = ctx.related.find(
    (r) => (r.type === "bien-ban-thuong-ky" || r.type === "bien-ban-chuyen-de") && officialCount(r.facts.attendance) !== undefined,
  );
  return minutes ? { attendance: minutes.facts.attendance, source: minutes.name } : { attendance: own };
}

/** The sentence appended to vote messages when the counts come from another document. */
export function sourceNote(source: string | undefined): string {
  return source ? ` (Số đảng viên lấy theo “${source}”.)` : "";
}
