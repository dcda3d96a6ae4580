/** Counts and percentages as minutes write them. */

/** Attendance counts take a leading zero below ten ("dự bị 03", "01 đồng chí"); zero stays "0". */
export function countText(n: number): string {
  return n > 0 && n < 10 ? `0${n}` : String(n);
}

/** x / y as a percentage with a decimal comma, one decimal at most: 100 → "100%", 13/14 → "92,9%". */
export function percentText(x: number, y: number): string {
  const tenths = Math.round((x * 1000) / y);
  const whole = Math.floor(tenths / 10);
  const rest = tenths % 10;
  return rest === 0 ? `${whole}%` : `${whole},${rest}%`;
}
