/**
 * The grade from the points (process.md §7). While some criteria still wait for the chi bộ's
 * judgement, the grade is given only when the known points already decide it: the grade is
 * monotonic in every criterion's points, so if the worst case (every pending criterion at 0) and
 * the best case (every pending criterion full) fall in the same band, every case does.
 */
import { gradeFor, gradeOrder } from "./grade-bands";
import type { Grade, GradeBand, ScoredCriterion } from "./types";

export interface GradeDecision {
  grade: Grade | null;
  reason: string;
}

function bandsText(bands: readonly GradeBand[]): string {
  return bands
    .filter((b) => b.min > 0)
    .map((b) => `${b.grade} từ ${b.min}`)
    .join(", ");
}

export function decideGrade(criteria: readonly ScoredCriterion[], bands: readonly GradeBand[]): GradeDecision {
  const total = criteria.reduce((s, c) => s + (c.points ?? 0), 0);
  const max = criteria.reduce((s, c) => s + c.max, 0);
  const pending = criteria.filter((c) => c.points === null).reduce((s, c) => s + c.max, 0);
  const required = criteria.filter((c) => c.mustBeFull);
  const short = required.filter((c) => c.points !== null && c.points < c.max);
  const open = required.filter((c) => c.points === null);
  const top = bands[0]?.grade;
  const worst = gradeFor(total, short.length === 0 && open.length === 0, bands);
  const best = gradeFor(total + pending, short.length === 0, bands);
  const scale = `(${bandsText(bands)} điểm)`;
  const notFull = short.map((c) => `“${c.label}”`).join(", ");

  if (pending === 0) {
    const byPoints = gradeFor(total, true, bands);
    if (byPoints !== worst) {
      return {
        grade: worst,
        reason: `${total}/${max} điểm, nhưng chưa đạt điểm tối đa ở ${notFull} nên xếp loại ${worst}: xếp loại ${top} cần đạt điểm tối đa ở các tiêu chí bắt buộc.`,
      };
    }
    return { grade: worst, reason: `${total}/${max} điểm: xếp loại ${worst} ${scale}.` };
  }
  if (worst === best) {
    return { grade: worst, reason: `Đã chấm ${total} điểm; ${pending} điểm còn lại chấm thế nào thì xếp loại vẫn là ${worst} ${scale}.` };
  }
  // Bands run from the best grade down: the range reads from the lowest grade up.
  const low = gradeOrder.indexOf(worst) > gradeOrder.indexOf(best) ? worst : best;
  const high = low === worst ? best : worst;
  return {
    grade: null,
    reason: `Đã chấm ${total} điểm; còn ${pending} điểm cần chi bộ đánh giá nên chưa xếp loại được: có thể từ ${low} đến ${high} ${scale}.`,
  };
}
