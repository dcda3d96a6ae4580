/** Vote thresholds in integers (process.md §6): never a float, never "of those present". */

/** G-DL9: adopted only when tán thành is strictly more than half of N (exactly half fails). */
export function isMoreThanHalf(yes: number, n: number): boolean {
  return 2 * yes > n;
}

/** The smallest tán thành count that is more than half of N. */
export function majorityNeeded(n: number): number {
  return Math.floor(n / 2) + 1;
}

/** G-DL4: kết nạp / công nhận chính thức need at least two thirds of N. */
export function isAtLeastTwoThirds(yes: number, n: number): boolean {
  return 3 * yes >= 2 * n;
}

/** The smallest tán thành count that is at least two thirds of N. */
export function twoThirdsNeeded(n: number): number {
  return Math.ceil((2 * n) / 3);
}
