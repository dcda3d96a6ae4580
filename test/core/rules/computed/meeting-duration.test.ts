import type { Facts } from "../../../../src/core/facts/types";
import rule from "../../../../src/core/rules/computed/meeting-duration";
import { facts, ids, run, time, type RunOptions } from "./helpers/context";

const meeting = (sh: number, sm: number, eh: number, em: number, thematic = false) =>
  facts({ startTime: time(sh, sm, 1), endTime: time(eh, em, 33), thematic });

const cases: [string, Facts, string[], RunOptions?][] = [
  ["exactly 90 minutes passes", meeting(19, 30, 21, 0), []],
  ["89 minutes", meeting(19, 30, 20, 59), ["tooShort/warning"]],
  ["the sample's 105 minutes", meeting(19, 30, 21, 15), []],
  ["an hour", meeting(8, 0, 9, 0), ["tooShort/warning"]],
  ["regular + thematic: 120 passes", meeting(14, 0, 16, 0, true), []],
  ["regular + thematic: 105 is short", meeting(14, 0, 15, 45, true), ["tooShortCombined/warning"]],
  ["a thematic meeting alone needs 90", meeting(14, 0, 15, 30, true), [], { type: "bien-ban-chuyen-de" }],
  ["across midnight: 22 giờ 30 to 0 giờ 15", meeting(22, 30, 0, 15), []],
  ["across midnight and short: 23 giờ to 0 giờ 15", meeting(23, 0, 0, 15), ["tooShort/warning"]],
  ["ending at 24 giờ", meeting(22, 0, 24, 0), []],
  ["an overlay for a very small cell: 60 minutes", meeting(8, 0, 9, 0), [], { settings: { duration: { regularMinutes: 60 } } }],
  ["end before start: the order rule's finding", meeting(14, 0, 13, 30), []],
  ["invalid time: the order rule's finding", facts({ startTime: time(25, 0, 1, false), endTime: time(26, 0, 33, false) }), []],
  ["no end time", facts({ startTime: time(19, 30) }), []],
];

describe("bienban/meeting-duration", () => {
  it.each(cases)("%s", (_name, f, expected, opts = {}) => {
    expect(ids(run(rule, f, opts))).toEqual(expected);
  });

  it("states the duration, the times and the minimum", () => {
    expect(run(rule, meeting(19, 30, 20, 45))[0]?.message).toBe("Buổi sinh hoạt kéo dài 75 phút (từ 19 giờ 30 đến 20 giờ 45), ít hơn 90 phút.");
    expect(run(rule, meeting(14, 0, 15, 45, true))[0]?.message).toBe(
      "Buổi sinh hoạt thường kỳ kết hợp chuyên đề kéo dài 105 phút (từ 14 giờ đến 15 giờ 45), ít hơn 120 phút.",
    );
  });

  it("does not apply to the chi ủy's minutes or a nghị quyết", () => {
    expect(run(rule, meeting(8, 0, 9, 0), { type: "bien-ban-chi-uy" })).toEqual([]);
    expect(run(rule, meeting(8, 0, 9, 0), { type: "nghi-quyet" })).toEqual([]);
  });
});
