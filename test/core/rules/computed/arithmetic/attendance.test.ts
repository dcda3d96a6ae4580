import { attendanceRate } from "../../../../../src/core/arithmetic/attendance-rate";
import { attendanceSum } from "../../../../../src/core/arithmetic/attendance-sum";
import { baseSettings, hd12, hd42 } from "../../../../../src/core/profiles/builtin";
import { mergeSettings } from "../../../../../src/core/profiles/merge-settings";
import { absence, attendance, noneAbsent } from "../helpers/context";
import { example1, example2, example3, example4 } from "../helpers/examples";

const s12 = mergeSettings(baseSettings, hd12.settings);
const s42 = mergeSettings(baseSettings, hd42.settings);

describe("attendance sum", () => {
  it.each([
    ["example 1: 16 + 1 + 1 = 18", example1, true],
    ["example 2", example2, true],
    ["example 3: 20 + 1 + 1 + 1 + 1 = 24", example3, true],
    ["example 4", example4, true],
    ["one absentee missing", attendance({ total: 18, present: 16, excused: absence({ count: 1 }), unexcused: noneAbsent() }), false],
    ["one absentee too many", attendance({ total: 18, present: 17, excused: absence({ count: 1 }), unexcused: absence({ count: 1 }) }), false],
    // The exempted member is also listed among the excused: counted once.
    ["exempted also listed as absent", attendance({ total: 19, exempt: 1, exemptAbsent: 1, present: 17, excused: absence({ count: 2 }), unexcused: noneAbsent() }), true],
    ["exempted listed apart", attendance({ total: 19, exempt: 1, exemptAbsent: 1, present: 17, excused: absence({ count: 1 }), unexcused: noneAbsent() }), true],
    // "Miễn sinh hoạt: 02" without saying who came: either reading passes.
    ["exempted split unknown, one came", attendance({ total: 20, exempt: 2, present: 18, excused: absence({ count: 1 }), unexcused: noneAbsent() }), true],
    ["full attendance", attendance({ total: 18, present: 18, full: true }), true],
    ["incomplete but already too many", attendance({ total: 18, present: 17, excused: absence({ count: 2 }) }), false],
    ["incomplete, may still add up", attendance({ total: 18, present: 16, excused: absence({ count: 1 }) }), true],
  ])("%s", (_name, att, consistent) => {
    expect(attendanceSum(att)?.consistent).toBe(consistent);
  });

  it("needs T and present", () => {
    expect(attendanceSum(attendance({ present: 16 }))).toBeUndefined();
    expect(attendanceSum(attendance({ total: 16 }))).toBeUndefined();
  });
});

describe("attendance rate", () => {
  it.each([
    ["example 1 under hd12: 88,9 % > 85 %", example1, s12, "88,9%", 16, 18, true],
    ["example 1 under hd42: 88,9 % < 90 %", example1, s42, "88,9%", 16, 18, false],
    ["example 3: 19/20 = 95 % (hd12)", example3, s12, "95%", 19, 20, true],
    ["example 3: 19/20 = 95 % (hd42)", example3, s42, "95%", 19, 20, true],
    ["example 2: 10/12 = 83,3 %", example2, s12, "83,3%", 10, 12, false],
    ["85,0 % under hd12 fails", attendance({ total: 20, present: 17 }), s12, "85%", 17, 20, false],
    ["90 % under hd42 passes", attendance({ total: 20, present: 18 }), s42, "90%", 18, 20, true],
  ])("%s", (_name, att, settings, text, counted, expected, meets) => {
    expect(attendanceRate(att, settings)).toEqual({ text, counted, expected, meets });
  });

  it("suspended members leave the expected count unless the profile keeps them", () => {
    const keep = mergeSettings(s12, { attendanceExpected: { excludeSuspended: false } });
    expect(attendanceRate(example3, keep)).toMatchObject({ counted: 19, expected: 21 });
  });

  it("needs T and present", () => {
    expect(attendanceRate(attendance({ present: 16 }), s12)).toBeUndefined();
  });
});
