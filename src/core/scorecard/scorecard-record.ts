/**
 * Recording the grade in the biên bản (BB.QUALITY_GRADE; G-BT: "recorded in the biên bản with the
 * scoring table attached"): the scorecard as lines of text for an insert-paragraphs fix, or as a
 * table description for hosts that insert real tables, then the grade sentence of process.md §9
 * ("Chi bộ tự đánh giá: 92 điểm, xếp loại Tốt.") and the shortcomings. A total or a grade that is
 * not known yet is written as the "…" blank, which the checker reports until it is filled in.
 * Every inserted paragraph is tagged BB.QUALITY_GRADE so the step-by-step view finds it.
 */
import type { NewParagraph } from "../rules/types";
import type { RecordedGrade, RecordedRow, ScoreResult } from "./types";

export const QUALITY_GRADE = "BB.QUALITY_GRADE";
const BLANK = "…";

export const scorecardTitle = "Bảng chấm điểm chất lượng buổi sinh hoạt:";
export const scorecardColumns = ["TT", "Tiêu chí", "Điểm tối đa", "Điểm chấm"] as const;

/** The table as a host inserts it: the first row holds the column titles, the last the total. */
export interface ScorecardTable {
  rows: string[][];
  /** Millimetres, for the 165 mm text width of an A4 page with 30/15 mm margins. */
  columnWidths: number[];
}

export interface ScorecardLayout {
  /** The title line above the table. */
  title: NewParagraph;
  table: ScorecardTable;
  /** The grade sentence and the shortcomings, below the table. */
  after: NewParagraph[];
}

const isComplete = (r: ScoreResult) => r.pending === 0;
const pointsText = (p: number | null) => (p === null ? BLANK : String(p));

export function scorecardRows(result: ScoreResult): RecordedRow[] {
  return result.criteria.map((c) => ({ label: c.label, max: c.max, points: c.points }));
}

/** What a document holding this scorecard records, as readRecordedGrade reads it back. */
export function gradeRecordOf(result: ScoreResult): RecordedGrade {
  return {
    ...(isComplete(result) ? { points: result.total } : {}),
    ...(result.grade ? { grade: result.grade } : {}),
    table: scorecardRows(result),
  };
}

export function gradeSentence(result: ScoreResult): string {
  const points = isComplete(result) ? String(result.total) : BLANK;
  return `Chi bộ tự đánh giá: ${points} điểm, xếp loại ${result.grade ?? BLANK}.`;
}

/**
 * One shortcoming per paragraph: joined in one paragraph, a percentage from one and "thông qua" from
 * another would read to the fact extractor like a vote ("nhất trí thông qua với tỷ lệ 100%").
 */
function shortcomingLines(result: ScoreResult): NewParagraph[] {
  if (result.shortcomings.length === 0) return [];
  return [{ text: "Hạn chế:", tag: QUALITY_GRADE }, ...result.shortcomings.map((s) => ({ text: `- ${s}`, tag: QUALITY_GRADE }))];
}

function closing(result: ScoreResult): NewParagraph[] {
  return [{ text: gradeSentence(result), tag: QUALITY_GRADE }, ...shortcomingLines(result)];
}

/** The scorecard as paragraphs: title, one line per criterion, the total, the grade sentence. */
export function scorecardParagraphs(result: ScoreResult): NewParagraph[] {
  const rows = result.criteria.map((c, i): NewParagraph => ({ text: `${i + 1}. ${c.label}: ${pointsText(c.points)}/${c.max} điểm.`, tag: QUALITY_GRADE }));
  const total = isComplete(result) ? String(result.total) : BLANK;
  return [
    { text: scorecardTitle, bold: true, tag: QUALITY_GRADE },
    ...rows,
    { text: `Tổng cộng: ${total}/${result.max} điểm.`, tag: QUALITY_GRADE },
    ...closing(result),
  ];
}

/** The scorecard as a real table, with its title above and the grade sentence below. */
export function scorecardTable(result: ScoreResult): ScorecardLayout {
  const rows = result.criteria.map((c, i) => [String(i + 1), c.label, String(c.max), pointsText(c.points)]);
  const total = isComplete(result) ? String(result.total) : BLANK;
  return {
    title: { text: scorecardTitle, bold: true, tag: QUALITY_GRADE },
    table: { rows: [[...scorecardColumns], ...rows, ["", "Tổng cộng", String(result.max), total]], columnWidths: [12, 103, 25, 25] },
    after: closing(result),
  };
}
