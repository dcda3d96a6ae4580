/**
 * REG.THEMATIC: at least one thematic meeting a quarter, never in place of the regular one. Only
 * quarters wholly inside the period are judged: a partial quarter's thematic meeting may lie outside.
 */
import { entriesOf, isRegular, type RegisterCheck, type RegisterReport } from "./register-check";
import { monthLabel, monthsOfQuarter, quarterLabel, quarterOf } from "./year-month";

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const regThematic: RegisterCheck = {
  meta: {
    id: "bienban/register-thematic",
    elementId: "REG.THEMATIC",
    description: "Mỗi quý có ít nhất một buổi sinh hoạt chuyên đề, không thay cho buổi sinh hoạt thường kỳ.",
    guidance: ["G-HD12", "G-HD42"],
    messages: {
      noThematic: "{{quarter}} không có buổi sinh hoạt chuyên đề nào: mỗi quý chi bộ sinh hoạt chuyên đề ít nhất một lần.",
      replacesRegular:
        "{{month}} chỉ có sinh hoạt chuyên đề, không có sinh hoạt thường kỳ: sinh hoạt chuyên đề không thay cho buổi sinh hoạt thường kỳ.",
    },
  },
  check(cell) {
    const reports: RegisterReport[] = cell.quarters
      .filter((q) => !monthsOfQuarter(q).some((m) => entriesOf(cell, m).some((e) => e.thematic)))
      .map((quarter) => ({ messageId: "noThematic", data: { quarter: capital(quarterLabel(quarter)) }, quarter }));
    for (const month of cell.months) {
      const entries = entriesOf(cell, month);
      const thematic = entries.filter((e) => e.thematic);
      if (thematic.length && !entries.some(isRegular)) {
        reports.push({ messageId: "replacesRegular", data: { month: capital(monthLabel(month)) }, month, quarter: quarterOf(month), documents: thematic.map((e) => e.id) });
      }
    }
    return reports;
  },
};
