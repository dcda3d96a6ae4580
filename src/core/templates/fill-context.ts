/**
 * What the section writers read: the (validated, normalised) answers, the profile settings, and the
 * values derived once — dates, months, attendance counts, the chair's position. Any value the
 * answers do not give is undefined, and writers put the placeholder mark in its place.
 */
import type { DocumentType } from "../catalog/document-types";
import type { ProfileSettings } from "../profiles/types";
import { fold } from "../text/normalize";
import type { Answers, CellAnswers, Member, MeetingKind, Person } from "./answers";
import { committeeMembers, summarizeAttendance, type AttendanceSummary } from "./attendance";
import { addMonths, parseIsoDate, parseIsoMonth, type CalendarDate, type CalendarMonth } from "./calendar";
import { parseClock, type ClockTime } from "./clock";
import { nameKey } from "./normalize-answers";

export interface FillContext {
  type: DocumentType;
  settings: ProfileSettings;
  /** The placeholder mark written where a value belongs (one the checker's CHK.PLACEHOLDERS knows). */
  blank: string;
  answers?: Answers;
  kind?: MeetingKind;
  /** The document holds a thematic part. */
  thematic: boolean;
  /** The cell's name after "Chi bộ" ("thôn Hòa Bình"). */
  cellName?: string;
  date?: CalendarDate;
  documentDate?: CalendarDate;
  start?: ClockTime;
  end?: ClockTime;
  meetingMonth?: CalendarMonth;
  planMonth?: CalendarMonth;
  reviewMonth?: CalendarMonth;
  /** The cell's members, or its chi ủy for a chi ủy meeting. */
  group: Member[];
  /** Counts of the group; undefined without members. */
  attendance?: AttendanceSummary;
  chair?: Person;
  secretary?: Person;
  /** Value or the placeholder mark. */
  or(value: string | number | undefined): string;
}

/** "Chi bộ thôn Hòa Bình" and "thôn Hòa Bình" both name the cell "thôn Hòa Bình". */
export function cellShortName(cellName: string): string {
  const folded = fold(cellName);
  return /^chi bo\s/.test(folded) ? cellName.slice(folded.indexOf(" ", 4) + 1).trim() : cellName.trim();
}

/** The position written after a person's name: given, or the member's, or bí thư / phó bí thư. */
function withPosition(p: Person | undefined, cell: CellAnswers | undefined): Person | undefined {
  if (!p || p.position || !cell) return p;
  const key = nameKey(p.name);
  const member = cell.members.find((m) => nameKey(m.name) === key);
  if (member?.position) return { ...p, position: member.position };
  if (cell.biThu && nameKey(cell.biThu) === key) return { ...p, position: "Bí thư Chi bộ" };
  if (cell.phoBiThu && nameKey(cell.phoBiThu) === key) return { ...p, position: "Phó Bí thư Chi bộ" };
  return p;
}

export function placeholderMark(settings: ProfileSettings): string {
  // "…" is the mark of format.md's examples; an overlay that drops it still gets one it flags.
  return settings.placeholderMarks.includes("…") ? "…" : settings.placeholderMarks[0] ?? "…";
}

export interface ContextOptions {
  /** An unfilled thường kỳ template with the thematic part. */
  withThematic?: boolean;
}

export function fillContext(type: DocumentType, answers: Answers | undefined, settings: ProfileSettings, options: ContextOptions = {}): FillContext {
  const blank = placeholderMark(settings);
  const kind = answers?.meeting.kind;
  const thematic =
    type === "bien-ban-chuyen-de" ||
    (type === "bien-ban-thuong-ky" && (kind ? kind === "thuong-ky-chuyen-de" : options.withThematic === true));
  const ctx: FillContext = {
    type,
    settings,
    blank,
    thematic,
    group: [],
    or: (value) => (value === undefined || value === "" ? blank : String(value)),
  };
  if (!answers) return ctx;
  const m = answers.meeting;
  ctx.answers = answers;
  ctx.kind = kind;
  ctx.cellName = cellShortName(answers.cell.cellName);
  ctx.date = parseIsoDate(m.date);
  ctx.documentDate = answers.documentDate ? parseIsoDate(answers.documentDate) : ctx.date;
  ctx.start = m.startTime ? parseClock(m.startTime) : undefined;
  ctx.end = m.endTime ? parseClock(m.endTime) : undefined;
  if (ctx.date) ctx.meetingMonth = { month: ctx.date.month, year: ctx.date.year };
  ctx.planMonth = (m.planMonth ? parseIsoMonth(m.planMonth) : undefined) ?? ctx.meetingMonth;
  if (ctx.planMonth) ctx.reviewMonth = addMonths(ctx.planMonth, -1);
  ctx.group = kind === "chi-uy" ? committeeMembers(answers.cell) : answers.cell.members;
  ctx.attendance = summarizeAttendance(ctx.group, m.attendance);
  ctx.chair = withPosition(m.chair, answers.cell);
  ctx.secretary = withPosition(m.secretary, answers.cell);
  return ctx;
}
