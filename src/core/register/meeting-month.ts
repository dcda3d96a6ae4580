/**
 * The month a document belongs to in the register. Minutes say which monthly meeting they record
 * in their subject ("sinh hoạt chi bộ thường kỳ tháng 11 năm 2025"), and that label is what "one
 * meeting a month" counts, even when the meeting was held on 2 December; it is trusted only within
 * a month of the meeting date (further off, one of the two is a slip and the date wins). A nghị
 * quyết's subject names the month of its tasks, usually the next one, so only its dates are used.
 */
import type { DocumentType } from "../catalog/document-types";
import type { DateFact, Facts } from "../facts/types";
import { fold } from "../text/normalize";
import { monthIndex, yearMonth, type YearMonth } from "./year-month";

export type MonthBasis = "subject" | "meeting-date" | "document-date";

export interface MeetingMonth {
  month: YearMonth;
  basis: MonthBasis;
}

const SUBJECT_MONTH = /(?<![a-z])thang\s+(\d{1,2})\s*(?:,?\s*nam\s+|[/.-]\s*)(\d{4})(?!\d)/;

/** "tháng 11 năm 2025", "tháng 11/2025" in a subject line. */
export function subjectMonth(subject: string): YearMonth | null {
  const m = SUBJECT_MONTH.exec(fold(subject));
  if (!m) return null;
  const month = Number(m[1]);
  const year = Number(m[2]);
  return month >= 1 && month <= 12 && year >= 1930 ? yearMonth(year, month) : null;
}

const monthOfDate = (d: DateFact | undefined): YearMonth | null => (d && d.valid ? yearMonth(d.year, d.month) : null);

export function meetingMonth(facts: Facts, type: DocumentType | null): MeetingMonth | null {
  const meeting = monthOfDate(facts.meetingDate);
  const dated: MeetingMonth | null = meeting
    ? { month: meeting, basis: "meeting-date" }
    : monthOfDate(facts.documentDate)
      ? { month: monthOfDate(facts.documentDate)!, basis: "document-date" }
      : null;
  if (type === "nghi-quyet") return dated;
  const labelled = facts.header.subject ? subjectMonth(facts.header.subject.text) : null;
  if (labelled && (!dated || Math.abs(monthIndex(labelled) - monthIndex(dated.month)) <= 1)) return { month: labelled, basis: "subject" };
  return dated;
}
