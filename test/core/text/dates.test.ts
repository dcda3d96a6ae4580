import { findDates, isRealDate } from "../../../src/core/text/dates";
import { fold } from "../../../src/core/text/normalize";

const dates = (s: string) => findDates(s, fold(s));

describe("findDates", () => {
  it.each([
    ["ngày 05 tháng 11 năm 2025", 5, 11, 2025, "words", "05", "11"],
    ["ngày 5 tháng 11 năm 2025", 5, 11, 2025, "words", "5", "11"],
    ["Ngày 05 tháng 3 năm 2025,", 5, 3, 2025, "words", "05", "3"],
    ["NGÀY 20 THÁNG 02 NĂM 2026", 20, 2, 2026, "words", "20", "02"],
    ["ngay 05 thang 11 nam 2025", 5, 11, 2025, "words", "05", "11"],
    ["ngày mồng 5 tháng 11 năm 2025", 5, 11, 2025, "words", "5", "11"],
    ["ngày 05 tháng 11, năm 2025", 5, 11, 2025, "words", "05", "11"],
    ["05/11/2025", 5, 11, 2025, "numeric", "05", "11"],
    ["5-11-2025", 5, 11, 2025, "numeric", "5", "11"],
    ["05.11.2025", 5, 11, 2025, "numeric", "05", "11"],
    ["vào ngày 5/3/2026.", 5, 3, 2026, "numeric", "5", "3"],
  ])("%s", (s, day, month, year, form, dayText, monthText) => {
    const [d] = dates(s);
    expect(d).toMatchObject({ day, month, year, form, dayText, monthText, valid: true });
    expect(s.slice(d!.start, d!.end)).toBe(d!.text);
  });

  it("keeps the text as written and its offsets", () => {
    const s = "Thời gian: 19 giờ 30 phút, ngày 05 tháng 11 năm 2025.";
    const [d] = dates(s);
    expect(d!.text).toBe("ngày 05 tháng 11 năm 2025");
    expect(d!.start).toBe(s.indexOf("ngày"));
  });

  it("finds every date of a paragraph in order", () => {
    expect(dates("Kế hoạch số 45-KH/ĐU ngày 20/10/2025, hoàn thành trước ngày 20/12/2025").map((d) => d.text)).toEqual(["20/10/2025", "20/12/2025"]);
  });

  it.each([
    ["ngày 31 tháng 4 năm 2025"],
    ["30/02/2025"],
    ["29/02/2025"],
    ["00/11/2025"],
    ["05/13/2025"],
  ])("marks %s as not a real date", (s) => {
    expect(dates(s)[0]?.valid).toBe(false);
  });

  it("accepts 29 February of a leap year", () => {
    expect(isRealDate(29, 2, 2024)).toBe(true);
    expect(isRealDate(29, 2, 2100)).toBe(false);
    expect(isRealDate(29, 2, 2000)).toBe(true);
  });

  it.each([["Số 05-NQ/CB"], ["16/18 đồng chí"], ["20/12"], ["tháng 11 năm 2025"], ["1.500.000 đồng"], ["05/11/20255"]])("finds no date in %s", (s) => {
    expect(dates(s)).toEqual([]);
  });
});
