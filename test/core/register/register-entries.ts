/** Summaries for the register's table tests: a clean year of one cell, changed one thing at a time. */
import type { RegisterEntry } from "../../../src/core/register/types";
import { yearMonth } from "../../../src/core/register/year-month";

let next = 0;

export function entry(over: Partial<RegisterEntry> & { cell?: string } = {}): RegisterEntry {
  const id = next++;
  const { cell = "CHI BỘ PHÒNG KẾ TOÁN", ...rest } = over;
  const month = rest.month ?? "2025-01";
  return {
    id,
    path: `tep-${id}.docx`,
    issuer: { text: cell, name: cell.replace(/^chi\s+(bộ|bo)\s*/iu, "") },
    upperOrg: "ĐẢNG ỦY XÃ TUY LỘC",
    documentType: "bien-ban-thuong-ky",
    month,
    monthBasis: "subject",
    meetingDate: `${month}-05`,
    grade: "Tốt",
    points: 92,
    thematic: false,
    conclusion: true,
    absences: { excused: [], unexcused: [] },
    errors: 0,
    warnings: 0,
    infos: 0,
    fingerprint: `van-ban-${id}`,
    ...rest,
  };
}

/** A regular minutes and its nghị quyết every month of 2025, a thematic meeting each quarter's middle month. */
export function cleanYear(cell = "CHI BỘ PHÒNG KẾ TOÁN"): RegisterEntry[] {
  const out: RegisterEntry[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = yearMonth(2025, m);
    out.push(entry({ cell, month }));
    out.push(entry({ cell, month, documentType: "nghi-quyet", grade: null, points: null, conclusion: false, absences: null, meetingDate: `${month}-05` }));
    if (m % 3 === 2) out.push(entry({ cell, month, documentType: "bien-ban-chuyen-de", thematic: true, meetingDate: `${month}-20`, absences: null }));
  }
  return out;
}

/** The entries with ids renumbered 0…n-1, as the command line hands them over. */
export function renumbered(entries: RegisterEntry[]): RegisterEntry[] {
  return entries.map((e, id) => ({ ...e, id, path: /^tep-\d+\.docx$/.test(e.path) ? `tep-${id}.docx` : e.path }));
}
