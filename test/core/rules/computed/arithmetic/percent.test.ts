import { describeThreshold, formatPercent, meetsPercent } from "../../../../../src/core/arithmetic/percent";

describe("meetsPercent (integer cross-products)", () => {
  it.each([
    [17, 20, 85, ">", false], // 85,0 % under hd12 fails
    [171, 200, 85, ">", true], // 85,5 %
    [18, 20, 90, ">=", true], // 90 % under hd42 passes
    [17, 20, 90, ">=", false],
    [16, 18, 85, ">", true], // example 1: 88,9 %
    [16, 18, 90, ">=", false],
    [19, 20, 85, ">", true], // example 3
    [3, 10, 30, ">=", true],
    [2, 7, 30, ">=", false],
  ] as const)("%i/%i vs %i (%s) → %s", (part, whole, percent, cmp, ok) => {
    expect(meetsPercent(part, whole, percent, cmp)).toBe(ok);
  });
});

describe("formatPercent", () => {
  it.each([
    [16, 18, "88,9%"],
    [14, 15, "93,3%"],
    [19, 20, "95%"],
    [17, 20, "85%"],
    [1, 3, "33,3%"],
    [2, 3, "66,7%"],
    [1, 8, "12,5%"],
    [0, 5, "0%"],
    [1, 0, "—"],
  ])("%i/%i → %s", (a, b, text) => {
    expect(formatPercent(a, b)).toBe(text);
  });
});

it("describes thresholds in words", () => {
  expect(describeThreshold(85, ">")).toBe("trên 85%");
  expect(describeThreshold(90, ">=")).toBe("từ 90% trở lên");
  expect(describeThreshold(87.5, ">")).toBe("trên 87,5%");
});
