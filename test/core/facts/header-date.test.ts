import { findDatePhrase, isRealDate, parseDayOrMonth, parseHeaderDate } from "../../../src/core/facts/header-date";

describe("parseDayOrMonth", () => {
  it.each([
    ["5", 5],
    ["05", 5],
    ["12", 12],
    ["mười", 10],
    ["mười lăm", 15],
    ["mười một", 11],
    ["hai mươi", 20],
    ["hai mươi mốt", 21],
    ["ba mươi", 30],
    ["ba mươi mốt", 31],
    ["năm", 5],
    ["tư", 4],
    ["mồng 5", 5],
    ["mung 9", 9],
    ["muoi lam", 15],
  ])("%s → %d", (text, n) => expect(parseDayOrMonth(text)).toBe(n));

  it.each(["", "   ", "……", "...", "xx", "mười mươi", "một mươi", "hai mươi mươi mốt"])("%p → undefined", (text) => {
    expect(parseDayOrMonth(text)).toBeUndefined();
  });
});

describe("isRealDate", () => {
  it.each([
    [29, 2, 2024, true],
    [29, 2, 2025, false],
    [29, 2, 2000, true],
    [29, 2, 1900, false],
    [31, 4, 2025, false],
    [30, 4, 2025, true],
    [31, 12, 2025, true],
    [0, 1, 2025, false],
    [1, 13, 2025, false],
  ])("%d/%d/%d → %p", (d, m, y, ok) => expect(isRealDate(d, m, y)).toBe(ok));
});

describe("parseHeaderDate", () => {
  it("reads the words form and keeps day and month as written", () => {
    const d = parseHeaderDate("Tuy Lộc, ngày 5 tháng 03 năm 2025", 4, 10);
    expect(d).toMatchObject({ paragraph: 4, day: 5, month: 3, year: 2025, dayText: "5", monthText: "03", form: "words", valid: true });
    expect(d?.text).toBe("ngày 5 tháng 03 năm 2025");
    expect(d?.start).toBe(10 + 9);
  });

  it("reads text typed without tone marks", () => {
    expect(parseHeaderDate("Tuy Loc, ngay 05 thang 11 nam 2025", 0)).toMatchObject({ day: 5, month: 11, year: 2025, valid: true });
  });

  it("reads number words, and 'tháng năm' as the fifth month", () => {
    expect(parseHeaderDate("Hà Nội, ngày mười lăm tháng năm năm 2025", 0)).toMatchObject({ day: 15, month: 5, year: 2025, dayText: "mười lăm", monthText: "năm" });
  });

  it("reads a numeric date", () => {
    expect(parseHeaderDate("Tuy Lộc, 05/11/2025", 0)).toMatchObject({ day: 5, month: 11, year: 2025, form: "numeric", dayText: "05", text: "05/11/2025" });
    expect(parseHeaderDate("Tuy Lộc, 5.11.2025", 0)).toMatchObject({ day: 5, month: 11, form: "numeric" });
  });

  it("flags an impossible date as invalid", () => {
    expect(parseHeaderDate("ngày 31 tháng 02 năm 2025", 0)).toMatchObject({ valid: false });
  });

  it("gives no date for a line left blank for the registry", () => {
    expect(parseHeaderDate("Đắk Nông, ngày    tháng 11 năm 2021", 0)).toBeUndefined();
    expect(findDatePhrase("Đắk Nông, ngày    tháng 11 năm 2021")).toMatchObject({ dayText: "", monthText: "11", yearText: "2021" });
    expect(parseHeaderDate("Tuy Lộc, ngày … tháng … năm 2025", 0)).toBeUndefined();
  });
});
