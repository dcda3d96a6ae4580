/** Simple OOXML value types (ST_OnOff, ST_Jc, ST_Border, twips) mapped to model values. */

import type { Alignment } from "../core/model/types";

/** ST_OnOff: an element without w:val is on; true/1/on are on; false/0/off are off. */
export function onOff(val: string | undefined): boolean {
  return val === undefined || !(val === "false" || val === "0" || val === "off");
}

/** ST_Jc → alignment; undefined for values that do not map (e.g. numTab). */
export function alignmentOf(jc: string | undefined): Alignment | undefined {
  switch (jc) {
    case "left":
    case "start":
      return "left";
    case "center":
      return "center";
    case "right":
    case "end":
      return "right";
    case "both":
    case "distribute":
    case "thaiDistribute":
    case "lowKashida":
    case "mediumKashida":
    case "highKashida":
      return "justify";
    default:
      return undefined;
  }
}

/** ST_Border: "nil" and "none" draw nothing; every other value draws a line. */
export function borderVisible(val: string | undefined): boolean {
  return val !== undefined && val !== "nil" && val !== "none";
}

/** 1 mm = 1440 / 25.4 twips. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Twips (dxa) → millimetres, rounded to 0.1 mm; undefined for a missing or unparsable value. */
export function twipsToMm(val: string | undefined): number | undefined {
  if (val === undefined) return undefined;
  const n = Number.parseFloat(val);
  if (!Number.isFinite(n)) return undefined;
  return Math.round((n / TWIPS_PER_MM) * 10) / 10;
}

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** w:sz (half-points) → points. */
export function halfPointsToPoints(val: string | undefined): number | undefined {
  if (val === undefined) return undefined;
  const n = Number.parseFloat(val);
  return Number.isFinite(n) && n > 0 ? n / 2 : undefined;
}
