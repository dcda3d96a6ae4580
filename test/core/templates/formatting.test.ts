/** Dates, times, counts and percentages as the drafts write them (format.md §4, process.md §9). */
import { clockWords, countText, dateWords, dayText, monthText, parseClock, parseIsoDate, percentText } from "../../../src/core/templates";
import { addMonths, monthWords } from "../../../src/core/templates/calendar";
import { findDates } from "../../../src/core/text/dates";
import { fold } from "../../../src/core/text/normalize";

describe("zero-padding of dates (days 01–09 and months 01–02 padded, months 3–12 not)", () => {
  it.each([
    ["2025-11-05", "ngày 05 tháng 11 năm 2025"],
    ["2026-01-09", "ngày 09 tháng 01 năm 2026"],
    ["2017-02-06", "ngày 06 tháng 02 năm 2017"],
    ["2018-04-03", "ngày 03 tháng 4 năm 2018"],
    ["2018-02-20", "ngày 20 tháng 02 năm 2018"],
    ["2025-03-01", "ngày 01 tháng 3 năm 2025"],
    ["2025-12-31", "ngày 31 tháng 12 năm 2025"],
    ["2024-02-29", "ngày 29 tháng 02 năm 2024"],
  ])("%s → %s", (iso, words) => {
    const d = parseIsoDate(iso);
    expect(d).toBeDefined();
    expect(dateWords(d!)).toBe(words);
  });

  it.each([
    [1, "01"], [9, "09"], [10, "10"], [31, "31"],
  ])("day %i → %s", (day, text) => expect(dayText(day)).toBe(text));

  it.each([
    [1, "01"], [2, "02"], [3, "3"], [9, "9"], [10, "10"], [12, "12"],
  ])("month %i → %s", (month, text) => expect(monthText(month)).toBe(text));

  it("every day of two years reads back through the checker's date parser as the same, valid date", () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2026, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const words = dateWords(parseIsoDate(iso)!);
      const [found] = findDates(words, fold(words));
      expect(found && `${found.year}-${String(found.month).padStart(2, "0")}-${String(found.day).padStart(2, "0")}`).toBe(iso);
      expect(found?.valid).toBe(true);
    }
  });

  it("months: the padding rule and the year boundary", () => {
    expect(monthWords({ month: 1, year: 2026 })).toBe("tháng 01 năm 2026");
    expect(monthWords({ month: 11, year: 2025 })).toBe("tháng 11 năm 2025");
    expect(addMonths({ month: 1, year: 2026 }, -1)).toEqual({ month: 12, year: 2025 });
    expect(addMonths({ month: 12, year: 2025 }, 1)).toEqual({ month: 1, year: 2026 });
  });

  it.each(["2025-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-1-5", "05/11/2025", ""])("refuses %j", (iso) => {
    expect(parseIsoDate(iso)).toBeUndefined();
  });
});

describe("clock times", () => {
  it.each([
    ["19:30", "19 giờ 30 phút"],
    ["7:05", "07 giờ 05 phút"],
    ["14:00", "14 giờ 00 phút"],
    ["00:00", "00 giờ 00 phút"],
    ["23:59", "23 giờ 59 phút"],
  ])("%s → %s", (hhmm, words) => expect(clockWords(parseClock(hhmm)!)).toBe(words));

  it.each(["24:00", "19:60", "19h30", "1930", ""])("refuses %j", (t) => expect(parseClock(t)).toBeUndefined());
});

describe("counts and percentages", () => {
  it.each([
    [0, "0"], [1, "01"], [3, "03"], [9, "09"], [10, "10"], [18, "18"], [105, "105"],
  ])("count %i → %s", (n, text) => expect(countText(n)).toBe(text));

  it.each([
    [14, 14, "100%"], [13, 14, "92,9%"], [9, 17, "52,9%"], [1, 3, "33,3%"], [2, 3, "66,7%"], [0, 5, "0%"], [15, 16, "93,8%"],
  ])("%i/%i → %s", (x, y, text) => expect(percentText(x, y)).toBe(text));
});
