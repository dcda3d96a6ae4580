import { elapsedMinutes, formatClock, requiredMinutes } from "../../../../../src/core/arithmetic/meeting-duration";
import { baseSettings } from "../../../../../src/core/profiles/builtin";

const t = (hour: number, minute: number) => ({ hour, minute });

describe("elapsed minutes", () => {
  it.each([
    [t(19, 30), t(21, 0), { minutes: 90, overnight: false }],
    [t(14, 0), t(16, 0), { minutes: 120, overnight: false }],
    [t(22, 30), t(0, 15), { minutes: 105, overnight: true }],
    [t(21, 0), t(24, 0), { minutes: 180, overnight: false }],
    [t(20, 0), t(0, 0), { minutes: 240, overnight: true }],
    [t(14, 0), t(13, 30), undefined],
    [t(8, 0), t(8, 0), undefined],
    [t(14, 0), t(2, 0), undefined],
  ])("%o → %o", (start, end, elapsed) => {
    expect(elapsedMinutes(start, end)).toEqual(elapsed);
  });
});

it("requires 120 minutes only for a regular meeting holding its thematic part", () => {
  expect(requiredMinutes("bien-ban-thuong-ky", false, baseSettings)).toBe(90);
  expect(requiredMinutes("bien-ban-thuong-ky", true, baseSettings)).toBe(120);
  expect(requiredMinutes("bien-ban-chuyen-de", true, baseSettings)).toBe(90);
});

it("writes clock times the Vietnamese way", () => {
  expect(formatClock(t(19, 30))).toBe("19 giờ 30");
  expect(formatClock(t(7, 5))).toBe("7 giờ 05");
  expect(formatClock(t(21, 0))).toBe("21 giờ");
});
