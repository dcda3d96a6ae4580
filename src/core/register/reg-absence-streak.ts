/**
 * REG.ABSENCE_STREAK, from the absentees the minutes name:
 *  - absent with a reason at more than 3 regular meetings running within a year (HD 12 quality
 *    criterion 1) → warning;
 *  - absent without a reason in 3 months of a year (Điều lệ Đảng Điều 8 k.2, ⚠ read from memory in
 *    the spec: the cell must consider removal) → info.
 * A month whose minutes are missing, or do not name their absentees unambiguously, breaks a run: a
 * streak is only reported when every meeting in it shows the member absent.
 */
import { memberKey } from "./member-absences";
import { entriesOf, isRegular, type CellView, type RegisterCheck, type RegisterReport } from "./register-check";
import { partsOf, shortMonthLabel, type YearMonth } from "./year-month";

/** "more than 3 consecutive meetings". */
const EXCUSED_STREAK = 4;
/** "3 months in a year". */
const UNEXCUSED_MONTHS = 3;

interface Run {
  name: string;
  months: YearMonth[];
  documents: number[];
}

/** Names absent in a month's regular minutes (merged over duplicates); null when unknown. */
function absentIn(cell: CellView, month: YearMonth, kind: "excused" | "unexcused"): Map<string, { name: string; id: number }> | null {
  const regular = entriesOf(cell, month).filter(isRegular);
  if (regular.length === 0) return null;
  const out = new Map<string, { name: string; id: number }>();
  for (const e of regular) {
    const names = e.absences?.[kind];
    if (names === null || names === undefined) return null;
    for (const name of names) {
      const key = memberKey(name);
      if (key && !out.has(key)) out.set(key, { name, id: e.id });
    }
  }
  return out;
}

function excusedStreaks(cell: CellView): RegisterReport[] {
  const reports: RegisterReport[] = [];
  let runs = new Map<string, Run>();
  const close = (run: Run) => {
    if (run.months.length < EXCUSED_STREAK) return;
    const first = run.months[0]!;
    const last = run.months[run.months.length - 1]!;
    reports.push({
      messageId: "excusedStreak",
      data: { name: run.name, count: run.months.length, from: shortMonthLabel(first), to: shortMonthLabel(last), year: partsOf(last).year },
      month: last,
      documents: run.documents,
    });
  };
  let year: number | null = null;
  for (const month of cell.months) {
    const absent = absentIn(cell, month, "excused");
    const y = partsOf(month).year;
    // A new year, or a month that cannot tell, ends every run.
    if (absent === null || y !== year) {
      runs.forEach(close);
      runs = new Map();
      year = y;
      if (absent === null) continue;
    }
    const next = new Map<string, Run>();
    for (const [key, run] of runs) if (!absent.has(key)) close(run);
    for (const [key, { name, id }] of absent) {
      const run = runs.get(key) ?? { name, months: [], documents: [] };
      run.months.push(month);
      run.documents.push(id);
      next.set(key, run);
    }
    runs = next;
  }
  runs.forEach(close);
  return reports;
}

function unexcusedMonths(cell: CellView): RegisterReport[] {
  const byYear = new Map<number, Map<string, Run>>();
  for (const month of cell.months) {
    const absent = absentIn(cell, month, "unexcused");
    if (!absent) continue;
    const year = partsOf(month).year;
    const members = byYear.get(year) ?? new Map<string, Run>();
    byYear.set(year, members);
    for (const [key, { name, id }] of absent) {
      const run = members.get(key) ?? { name, months: [], documents: [] };
      run.months.push(month);
      run.documents.push(id);
      members.set(key, run);
    }
  }
  const reports: RegisterReport[] = [];
  for (const [year, members] of byYear) {
    for (const run of members.values()) {
      if (run.months.length < UNEXCUSED_MONTHS) continue;
      reports.push({
        messageId: "unexcusedMonths",
        data: { name: run.name, count: run.months.length, year, months: run.months.map(shortMonthLabel).join(", ") },
        month: run.months[run.months.length - 1]!,
        documents: run.documents,
        severity: "info",
      });
    }
  }
  return reports;
}

export const regAbsenceStreak: RegisterCheck = {
  meta: {
    id: "bienban/register-absence-streak",
    elementId: "REG.ABSENCE_STREAK",
    description: "Đảng viên vắng có lý do quá 3 kỳ liên tiếp trong năm, hoặc vắng không lý do 3 tháng trong năm.",
    guidance: ["G-HD12", "G-DL24"],
    messages: {
      excusedStreak:
        "Đồng chí {{name}} vắng có lý do {{count}} kỳ sinh hoạt thường kỳ liên tiếp ({{from}} – {{to}}): tiêu chí chất lượng sinh hoạt chi bộ yêu cầu không có đảng viên vắng có lý do quá 3 lần liên tiếp trong năm.",
      unexcusedMonths:
        "Đồng chí {{name}} vắng không lý do {{count}} tháng trong năm {{year}} ({{months}}): theo Điều lệ Đảng (Điều 8), đảng viên bỏ sinh hoạt 3 tháng trong năm không có lý do chính đáng thì chi bộ xem xét, đề nghị xóa tên (cần đối chiếu văn bản).",
    },
  },
  check(cell) {
    return [...excusedStreaks(cell), ...unexcusedMonths(cell)];
  },
};
