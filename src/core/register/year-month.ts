/**
 * Months and quarters of the register as strings ("2025-03", "2025-Q1"): sortable, printable, and
 * what the JSON report carries. Pure integer arithmetic, no Date (the core has no clock or zone).
 */

/** "YYYY-MM". */
export type YearMonth = string;
/** "YYYY-Qn". */
export type Quarter = string;

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: string): value is YearMonth {
  return YEAR_MONTH.test(value);
}

export function yearMonth(year: number, month: number): YearMonth {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** Year and month (1–12) of a valid "YYYY-MM". */
export function partsOf(ym: YearMonth): { year: number; month: number } {
  return { year: Number(ym.slice(0, 4)), month: Number(ym.slice(5, 7)) };
}

/** Months since year 0: differences between two months are plain subtractions. */
export function monthIndex(ym: YearMonth): number {
  const { year, month } = partsOf(ym);
  return year * 12 + (month - 1);
}

export function fromMonthIndex(index: number): YearMonth {
  return yearMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** Every month from `from` to `to`, both included (empty when `from` is after `to`). */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  const out: YearMonth[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(fromMonthIndex(i));
  return out;
}

export function quarterOf(ym: YearMonth): Quarter {
  const { year, month } = partsOf(ym);
  return `${String(year).padStart(4, "0")}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The three months of a quarter. */
export function monthsOfQuarter(q: Quarter): YearMonth[] {
  const year = Number(q.slice(0, 4));
  const n = Number(q.slice(6));
  const first = (n - 1) * 3 + 1;
  return [first, first + 1, first + 2].map((m) => yearMonth(year, m));
}

/** Quarters all three of whose months lie in the list, in order (a partial quarter proves nothing). */
export function wholeQuarters(months: readonly YearMonth[]): Quarter[] {
  const inPeriod = new Set(months);
  const out: Quarter[] = [];
  for (const m of months) {
    const q = quarterOf(m);
    if (out.includes(q)) continue;
    if (monthsOfQuarter(q).every((x) => inPeriod.has(x))) out.push(q);
  }
  return out;
}

/** "tháng 03/2025", as the messages write a month. */
export function monthLabel(ym: YearMonth): string {
  const { year, month } = partsOf(ym);
  return `tháng ${String(month).padStart(2, "0")}/${year}`;
}

/** "03/2025", for grid headings. */
export function shortMonthLabel(ym: YearMonth): string {
  const { year, month } = partsOf(ym);
  return `${String(month).padStart(2, "0")}/${year}`;
}

const ROMAN = ["I", "II", "III", "IV"];

/** "quý II/2025". */
export function quarterLabel(q: Quarter): string {
  return `quý ${ROMAN[Number(q.slice(6)) - 1] ?? q.slice(6)}/${q.slice(0, 4)}`;
}
