import type { DateFact } from "./types";

/** "YYYY-MM-DD" of a valid date fact (profiles and comparisons use ISO strings). */
export function isoDate(d: DateFact | undefined): string | undefined {
  if (!d || !d.valid) return undefined;
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}
