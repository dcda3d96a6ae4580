import { isAtLeastTwoThirds, isMoreThanHalf, majorityNeeded, twoThirdsNeeded } from "../../../../../src/core/arithmetic/majority";

describe("more than half (G-DL9)", () => {
  it.each([
    // yes, N, adopted
    [14, 14, true], // example 1
    [6, 12, false], // example 2: exactly half fails
    [6, 10, true], // example 2, absences accepted
    [9, 17, true], // example 3
    [8, 17, false], // example 3: 8 would fail
    [0, 0, false],
    [1, 1, true],
    [2, 3, true],
    [1, 2, false],
  ])("%i of N = %i → %s", (yes, n, adopted) => {
    expect(isMoreThanHalf(yes, n)).toBe(adopted);
  });

  it.each([
    [12, 7],
    [17, 9],
    [14, 8],
    [1, 1],
    [0, 1],
  ])("N = %i needs %i", (n, needed) => {
    expect(majorityNeeded(n)).toBe(needed);
    expect(isMoreThanHalf(needed, n)).toBe(true);
    expect(isMoreThanHalf(needed - 1, n)).toBe(false);
  });
});

describe("two thirds (G-DL4)", () => {
  it.each([
    [9, 14, false], // example 4
    [10, 14, true],
    [10, 15, true], // exactly two thirds passes
    [9, 15, false],
    [8, 12, true], // exactly two thirds
    [7, 12, false],
    [2, 3, true],
  ])("%i of N = %i → %s", (yes, n, passes) => {
    expect(isAtLeastTwoThirds(yes, n)).toBe(passes);
  });

  it.each([
    [14, 10],
    [15, 10],
    [12, 8],
    [13, 9],
    [3, 2],
  ])("N = %i needs %i", (n, needed) => {
    expect(twoThirdsNeeded(n)).toBe(needed);
    expect(isAtLeastTwoThirds(needed, n)).toBe(true);
    expect(isAtLeastTwoThirds(needed - 1, n)).toBe(false);
  });

  it("agrees with the rational definition for every N up to 200", () => {
    for (let n = 1; n <= 200; n++) {
      for (let yes = 0; yes <= n; yes++) {
        expect(isAtLeastTwoThirds(yes, n)).toBe(yes * 3 >= n * 2);
        expect(isMoreThanHalf(yes, n)).toBe(yes * 2 > n);
      }
    }
  });
});
