/**
 * A cell's grade for a month and the direction of its grades over the period. Grades compare as
 * Kém < Trung bình < Khá < Tốt; the trend sets the median of the first half of the graded months
 * against the second half's (a single bad month does not make a trend), and needs three graded months.
 */
import type { MeetingGrade } from "./meeting-grade";
import { isMeetingMinutes, isRegular } from "./register-check";
import type { GradeTrend, RegisterEntry } from "./types";
import type { YearMonth } from "./year-month";

export const gradeLevel: Record<MeetingGrade, number> = { Kém: 1, "Trung bình": 2, Khá: 3, Tốt: 4 };

/** Half a grade step between the halves' medians makes a trend. */
const TREND_STEP = 0.5;
const TREND_MIN_MONTHS = 3;

export interface MonthGrade {
  grade: MeetingGrade | null;
  points: number | null;
}

/** The grade of a month: the regular meeting's when it records one, else a thematic meeting's. */
export function monthGrade(entries: readonly RegisterEntry[]): MonthGrade | null {
  const minutes = entries.filter(isMeetingMinutes).sort((a, b) => Number(isRegular(b)) - Number(isRegular(a)));
  const graded = minutes.find((e) => e.grade !== null) ?? minutes.find((e) => e.points !== null);
  return graded ? { grade: graded.grade, points: graded.points } : null;
}

export interface GradePoint {
  month: YearMonth;
  grade: MeetingGrade;
}

export function gradeTrend(points: readonly GradePoint[]): GradeTrend {
  if (points.length < TREND_MIN_MONTHS) return null;
  const half = Math.floor(points.length / 2);
  const median = (xs: readonly GradePoint[]) => {
    const v = xs.map((p) => gradeLevel[p.grade]).sort((a, b) => a - b);
    const mid = Math.floor(v.length / 2);
    return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
  };
  const diff = median(points.slice(points.length - half)) - median(points.slice(0, half));
  if (diff <= -TREND_STEP) return "down";
  if (diff >= TREND_STEP) return "up";
  return "steady";
}
