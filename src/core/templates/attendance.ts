/**
 * Attendance counted from the answers, so every count the draft writes adds up by construction
 * (CHK.ATTENDANCE_SUM): T = C + D; present + excused + unexcused + exempt members absent = T.
 * Exempted members (miễn sinh hoạt) are official members whose absence is not an absence: absent,
 * they are E_out of process.md §6 whatever reason the answers give.
 */
import type { ProfileSettings } from "../profiles/types";
import type { AttendanceEntry, CellAnswers, Member } from "./answers";

export interface Absentee {
  name: string;
  reason?: string;
}

export interface PresentCounts {
  total: number;
  /** Official members present, exempted ones who attend included: the voters. */
  official: number;
  probationary: number;
  exemptPresent: number;
  exemptAbsent: number;
  excused: Absentee[];
  unexcused: Absentee[];
  /** Official members among the excused (X of process.md §6). */
  excusedOfficial: number;
}

export interface AttendanceSummary {
  /** T: everyone in the group (the cell, or its chi ủy). */
  total: number;
  /** C, exempted members included. */
  official: number;
  probationary: number;
  exempt: number;
  /** Known when the answers give attendance. */
  present?: PresentCounts;
}

const isOfficial = (m: Member) => m.status !== "du-bi";

/** The chi ủy: members marked so, and the bí thư and phó bí thư. */
export function committeeMembers(cell: CellAnswers): Member[] {
  return cell.members.filter((m) => m.committee === true || m.name === cell.biThu || m.name === cell.phoBiThu);
}

/** Counts of `group` with the attendance entries (entries naming someone outside the group are ignored). */
export function summarizeAttendance(group: readonly Member[], attendance: readonly AttendanceEntry[] | undefined): AttendanceSummary {
  const summary: AttendanceSummary = {
    total: group.length,
    official: group.filter(isOfficial).length,
    probationary: group.filter((m) => m.status === "du-bi").length,
    exempt: group.filter((m) => m.status === "mien-sinh-hoat").length,
  };
  if (!attendance) return summary;
  const entryOf = new Map(attendance.map((e) => [e.member, e]));
  const present: PresentCounts = { total: 0, official: 0, probationary: 0, exemptPresent: 0, exemptAbsent: 0, excused: [], unexcused: [], excusedOfficial: 0 };
  for (const m of group) {
    const status = entryOf.get(m.name)?.status ?? "present";
    if (status === "present") {
      present.total++;
      if (isOfficial(m)) present.official++;
      else present.probationary++;
      if (m.status === "mien-sinh-hoat") present.exemptPresent++;
    } else if (m.status === "mien-sinh-hoat") {
      present.exemptAbsent++;
    } else {
      const reason = entryOf.get(m.name)?.reason?.trim();
      const who: Absentee = reason ? { name: m.name, reason } : { name: m.name };
      if (status === "excused") {
        present.excused.push(who);
        if (isOfficial(m)) present.excusedOfficial++;
      } else present.unexcused.push(who);
    }
  }
  summary.present = present;
  return summary;
}

/** N of G-QD24 9.3.2 under the profile's exclusions (the checker's CHK.VOTE_MAJORITY base). */
export function voteBase(summary: AttendanceSummary, settings: ProfileSettings["voteDenominator"]): number | undefined {
  const p = summary.present;
  if (!p) return undefined;
  return (
    summary.official -
    (settings.excludeExemptAbsent ? p.exemptAbsent : 0) -
    (settings.excludeExcusedAbsent ? p.excusedOfficial : 0) -
    (settings.countExemptPresent ? 0 : p.exemptPresent)
  );
}
