/**
 * REG.GRADE: the meeting's grade recorded every month (HD 42; the seed found meetings "not graded"),
 * and its trend over the period. A month without a regular meeting is REG.MONTHLY's finding, not
 * this one's. A falling trend is reported; a rising or steady one is shown, not reported.
 */
import { gradeTrend, monthGrade, type GradePoint } from "./grade-trend";
import { entriesOf, isMeetingMinutes, isRegular, type RegisterCheck, type RegisterReport } from "./register-check";
import { monthLabel, shortMonthLabel } from "./year-month";

export const regGrade: RegisterCheck = {
  meta: {
    id: "bienban/register-grade",
    elementId: "REG.GRADE",
    description: "Mỗi tháng biên bản ghi xếp loại chất lượng buổi sinh hoạt; theo dõi xu hướng xếp loại trong kỳ.",
    guidance: ["G-HD42", "G-SEED"],
    messages: {
      notGraded: "Biên bản sinh hoạt {{month}} không ghi xếp loại chất lượng buổi sinh hoạt.",
      fallingTrend: "Xếp loại chất lượng sinh hoạt đi xuống trong kỳ (nửa sau kỳ thấp hơn nửa đầu): {{sequence}}.",
    },
  },
  check(cell) {
    const reports: RegisterReport[] = [];
    const points: GradePoint[] = [];
    for (const month of cell.months) {
      const entries = entriesOf(cell, month);
      if (!entries.some(isRegular)) continue;
      const g = monthGrade(entries);
      if (g === null) {
        reports.push({ messageId: "notGraded", data: { month: monthLabel(month) }, month, documents: entries.filter(isMeetingMinutes).map((e) => e.id) });
      } else if (g.grade !== null) {
        points.push({ month, grade: g.grade });
      }
    }
    if (gradeTrend(points) === "down") {
      const sequence = points.map((p) => `${shortMonthLabel(p.month)} ${p.grade}`).join(", ");
      reports.push({ messageId: "fallingTrend", data: { sequence } });
    }
    return reports;
  },
};
