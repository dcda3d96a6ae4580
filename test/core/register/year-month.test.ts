import {
  isYearMonth,
  monthLabel,
  monthsBetween,
  monthsOfQuarter,
  quarterLabel,
  quarterOf,
  shortMonthLabel,
  wholeQuarters,
} from "../../../src/core/register/year-month";

describe("months and quarters of the register", () => {
  it.each([
    ["2025-01", true],
    ["2025-12", true],
    ["2025-13", false],
    ["2025-00", false],
    ["2025-1", false],
    ["25-01", false],
    ["2025-01-05", false],
  ])("isYearMonth(%s) = %s", (value, expected) => {
    expect(isYearMonth(value)).toBe(expected);
  });

  it("lists the months of a period across a year end", () => {
    expect(monthsBetween("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthsBetween("2025-03", "2025-03")).toEqual(["2025-03"]);
    expect(monthsBetween("2025-03", "2025-02")).toEqual([]);
  });

  it.each([
    ["2025-01", "2025-Q1"],
    ["2025-03", "2025-Q1"],
    ["2025-04", "2025-Q2"],
    ["2025-12", "2025-Q4"],
  ])("quarterOf(%s) = %s", (month, quarter) => {
    expect(quarterOf(month)).toBe(quarter);
  });

  it("judges only quarters wholly inside the period", () => {
    expect(monthsOfQuarter("2025-Q3")).toEqual(["2025-07", "2025-08", "2025-09"]);
    expect(wholeQuarters(monthsBetween("2025-01", "2025-12"))).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]);
    expect(wholeQuarters(monthsBetween("2025-02", "2025-10"))).toEqual(["2025-Q2", "2025-Q3"]);
    expect(wholeQuarters(monthsBetween("2025-11", "2026-03"))).toEqual(["2026-Q1"]);
  });

  it("writes months and quarters the Vietnamese way", () => {
    expect(monthLabel("2025-03")).toBe("tháng 03/2025");
    expect(shortMonthLabel("2025-11")).toBe("11/2025");
    expect(quarterLabel("2025-Q2")).toBe("quý II/2025");
    expect(quarterLabel("2025-Q4")).toBe("quý IV/2025");
  });
});
