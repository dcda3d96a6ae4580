/**
 * The meeting's grade as the minutes record it (BB.QUALITY_GRADE): "Chi bộ tự đánh giá: 92 điểm,
 * xếp loại Tốt", "Xếp loại: Khá (85/100)", "chất lượng buổi sinh hoạt đạt loại Tốt". Only a grade
 * word right after "xếp loại" / "đạt loại" or after "chất lượng buổi sinh hoạt … đạt", so "xếp loại
 * đảng viên … hoàn thành tốt nhiệm vụ" is not read as a grade. Points without a grade word are kept
 * as points: turning them into a grade needs the grade bands, which are local settings.
 */
import type { HeaderFacts } from "../facts/types";
import { scopeParagraphs } from "../locate/phrase-match";
import type { DocModel } from "../model/types";
import { fold } from "../text/normalize";

export const meetingGrades = ["Tốt", "Khá", "Trung bình", "Kém"] as const;
export type MeetingGrade = (typeof meetingGrades)[number];

export interface GradeRecord {
  grade: MeetingGrade | null;
  points: number | null;
  paragraph: number;
}

const GRADE_WORD = String.raw`(tot|kha|trung binh|kem)(?![a-z])`;
const AFTER_CLASSIFY = new RegExp(
  String.raw`(?<![a-z])(?:xep loai|dat loai)(?:\s+chat luong(?:\s+(?:buoi|cuoc)\s+(?:sinh hoat|hop))?)?\s*:?\s*(?:dat\s+)?(?:loai\s+)?${GRADE_WORD}`,
);
const AFTER_QUALITY = new RegExp(String.raw`(?<![a-z])chat luong\s+(?:(?:buoi|cuoc|ky)\s+)?(?:sinh hoat|hop)[^.;]{0,24}?(?:dat|la|loai)\s*:?\s*(?:loai\s+)?${GRADE_WORD}`);
const POINTS = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:\/\s*100\s*)?diem(?![a-z])|(?<![\d.,])(\d{1,3})\s*\/\s*100(?!\d)/;
const ABOUT_QUALITY = /(?<![a-z])(?:tu danh gia|cham diem|xep loai|chat luong (?:buoi |cuoc )?(?:sinh hoat|hop))(?![a-z])/;

const byFolded: Record<string, MeetingGrade> = { tot: "Tốt", kha: "Khá", "trung binh": "Trung bình", kem: "Kém" };

function pointsIn(folded: string): number | null {
  const m = POINTS.exec(folded);
  const written = m?.[1] ?? m?.[2];
  if (written === undefined) return null;
  const value = Number(written.replace(",", "."));
  return value >= 0 && value <= 100 ? value : null;
}

/** The last paragraph of the body that records a grade or a score; null when none does. */
export function readMeetingGrade(doc: DocModel, header: HeaderFacts): GradeRecord | null {
  let found: GradeRecord | null = null;
  for (const p of scopeParagraphs(doc, header, "body")) {
    const folded = fold(p.text);
    if (!ABOUT_QUALITY.test(folded)) continue;
    const word = AFTER_CLASSIFY.exec(folded)?.[1] ?? AFTER_QUALITY.exec(folded)?.[1];
    const grade = word ? (byFolded[word] ?? null) : null;
    const points = pointsIn(folded);
    if (grade || points !== null) found = { grade, points, paragraph: p.index };
  }
  return found;
}
