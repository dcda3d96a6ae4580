/** Numbers as a Vietnamese reader writes them: decimal comma, at most one decimal ("17,5"). */
import type { Range } from "../../profiles/types";

export function viNumber(n: number): string {
  return String(Math.round(n * 10) / 10).replace(".", ",");
}

/** "14–15", or "15" when the range is one value. */
export function rangeText(r: Range): string {
  return r.min === r.max ? viNumber(r.min) : `${viNumber(r.min)}–${viNumber(r.max)}`;
}
