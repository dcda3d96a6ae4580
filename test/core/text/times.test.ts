import { findTimes } from "../../../src/core/text/times";
import { fold } from "../../../src/core/text/normalize";
import { hasVietnameseMarks } from "../../../src/core/text/numbers";

const times = (s: string) => findTimes(s, fold(s), hasVietnameseMarks(s));

describe("findTimes", () => {
  it.each([
    ["19 giờ 30 phút", 19, 30, "19 giờ 30 phút"],
    ["19 giờ 30", 19, 30, "19 giờ 30"],
    ["19 giờ", 19, 0, "19 giờ"],
    ["14 giờ 00, ngày 05/11/2025", 14, 0, "14 giờ 00"],
    ["19h30", 19, 30, "19h30"],
    ["19h30'", 19, 30, "19h30'"],
    ["Vào hồi 8h00' ngày", 8, 0, "8h00'"],
    ["Bắt đầu lúc 7g30", 7, 30, "7g30"],
    ["lúc 14:00", 14, 0, "14:00"],
    ["hồi 8 giờ", 8, 0, "8 giờ"],
    ["lúc 16 giờ 15 phút cùng ngày", 16, 15, "16 giờ 15 phút"],
    ["kết thúc lúc 16h30'.", 16, 30, "16h30'"],
    ["19 GIỜ 30 PHÚT", 19, 30, "19 GIỜ 30 PHÚT"],
    ["19 gio 30 phut", 19, 30, "19 gio 30 phut"],
    ["19h 30", 19, 30, "19h 30"],
    ["tám giờ ba mươi phút", 8, 30, "tám giờ ba mươi phút"],
    ["mười chín giờ", 19, 0, "mười chín giờ"],
    ["Mười bốn giờ mười lăm", 14, 15, "Mười bốn giờ mười lăm"],
    ["2 giờ chiều", 14, 0, "2 giờ chiều"],
    ["7 giờ 30 tối", 19, 30, "7 giờ 30 tối"],
    ["8 giờ sáng", 8, 0, "8 giờ sáng"],
    ["14 giờ 05p", 14, 5, "14 giờ 05p"],
  ])("%s", (s, hour, minute, text) => {
    const [t] = times(s);
    expect(t).toMatchObject({ hour, minute, text, valid: true });
  });

  it("marks impossible clock times", () => {
    expect(times("25 giờ 10")[0]).toMatchObject({ hour: 25, valid: false });
    expect(times("19 giờ 75 phút")[0]).toMatchObject({ minute: 75, valid: false });
    expect(times("24:00")[0]).toMatchObject({ valid: true });
  });

  it.each([
    ["trong 2 giờ"],
    ["kéo dài 3 giờ 30 phút"],
    ["thời lượng sinh hoạt: 2 giờ"],
    ["sau giờ làm việc"],
    ["3 ha lúa"],
    ["2 gà"],
    ["5 hộ nghèo"],
    ["ngày 05/11/2025"],
    ["16/18 đồng chí"],
    ["Điều 4: 12 đồng chí"],
  ])("finds no clock time in %s", (s) => {
    expect(times(s)).toEqual([]);
  });

  it("finds both ends of a range", () => {
    expect(times("từ 19 giờ 30 đến 21 giờ 15").map((t) => [t.hour, t.minute])).toEqual([
      [19, 30],
      [21, 15],
    ]);
  });
});
