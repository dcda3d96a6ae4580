/** Percentages compared as integer cross-products; formatted the Vietnamese way ("88,9%"). */
import type { Comparator } from "../profiles/types";

/** part / whole compared with `percent` % by `comparator`, without dividing. */
export function meetsPercent(part: number, whole: number, percent: number, comparator: Comparator): boolean {
  const lhs = 100 * part;
  const rhs = percent * whole;
  return comparator === ">" ? lhs > rhs : lhs >= rhs;
}

/** "88,9%" (one decimal, rounded half up, decimal comma; "95%" when the decimal is zero). */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return "—";
  const tenths = Math.floor((2000 * part + whole) / (2 * whole));
  const units = Math.floor(tenths / 10);
  const decimal = tenths % 10;
  return decimal === 0 ? `${units}%` : `${units},${decimal}%`;
}

/** How a threshold reads in a message: "trên 85%" or "từ 90% trở lên". */
export function describeThreshold(percent: number, comparator: Comparator): string {
  const value = String(percent).replace(".", ",");
  return comparator === ">" ? `trên ${value}%` : `từ ${value}% trở lên`;
}
