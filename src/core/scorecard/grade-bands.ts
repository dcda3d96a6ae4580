/**
 * The grade bands of process.md §7: Tốt ≥ 90, Khá 70–<90, Trung bình 50–<70, Kém < 50 (G-BT [B] and
 * the HD 42-era cards [C]); exactly 90 is Tốt, 70 Khá, 50 Trung bình. A scorecard may carry its own.
 */
import type { Grade, GradeBand } from "./types";

export const defaultGradeBands: readonly GradeBand[] = [
  { grade: "Tốt", min: 90 },
  { grade: "Khá", min: 70 },
  { grade: "Trung bình", min: 50 },
  { grade: "Kém", min: 0 },
];

export const gradeOrder: readonly Grade[] = ["Tốt", "Khá", "Trung bình", "Kém"];

/**
 * The band a total falls in. When the criteria that must be full are not, the top band is out of
 * reach and the next one is given (G-BT: "otherwise Khá").
 */
export function gradeFor(total: number, fullWhereRequired: boolean, bands: readonly GradeBand[]): Grade {
  const i = bands.findIndex((b) => total >= b.min);
  const at = i < 0 ? bands.length - 1 : i;
  const k = at === 0 && !fullWhereRequired && bands.length > 1 ? 1 : at;
  return bands[k]!.grade;
}
