import type { AttendanceFacts } from "../../../../src/core/facts/types";
import rule from "../../../../src/core/rules/computed/attendance-sum";
import { absence, attendance, facts, ids, noneAbsent, run } from "./helpers/context";
import { example1, example2, example3, example4 } from "./helpers/examples";

const cases: [string, AttendanceFacts, string[]][] = [
  ["example 1: 16 + 1 + 1 = 18", example1, []],
  ["example 2: 10 + 2 = 12", example2, []],
  ["example 3: 20 + 1 + 1 + 1 + 1 = 24", example3, []],
  ["example 4: 16 + 1 = 17", example4, []],
  ["example 1 with an absentee forgotten", { ...example1, unexcused: noneAbsent(10) }, ["sumMismatch/error"]],
  ["example 3 with one member too many", { ...example3, total: 25, official: 22 }, ["sumMismatchExcluded/error"]],
  ["present above the register", attendance({ total: 18, present: 19, presentOutOf: 18 }), ["presentAboveTotal/error"]],
  ["full attendance 18/18", attendance({ total: 18, official: 15, probationary: 3, present: 18, presentOutOf: 18, full: true }), []],
  ["unclassified 'Vắng: 02'", attendance({ total: 18, present: 16, unclassified: absence({ count: 2 }) }), []],
  ["one class missing but already too many", attendance({ total: 18, present: 17, excused: absence({ count: 2 }) }), ["sumAboveTotal/error"]],
  ["one class missing, may add up", attendance({ total: 18, present: 17, excused: absence({ count: 1 }) }), []],
  ["exempted member also listed among the excused: counted once", attendance({ total: 19, exempt: 1, present: 17, excused: absence({ count: 2 }), unexcused: noneAbsent() }), []],
  ["register split wrong", attendance({ total: 18, official: 15, probationary: 2 }), ["registerSplit/error"]],
  ["present split wrong", { ...example1, presentOfficial: 13 }, ["presentSplit/error"]],
  ["more official present than official members", attendance({ total: 18, official: 15, probationary: 3, present: 18, presentOfficial: 16, presentProbationary: 2 }), ["presentOfficialAbove/error"]],
  ["more probationary present than probationary members", attendance({ total: 18, official: 15, probationary: 3, present: 18, presentOfficial: 14, presentProbationary: 4 }), ["presentProbationaryAbove/error"]],
  ["'Có mặt 16/18' matches T", { ...example1, presentOutOf: 18 }, []],
  ["'Có mặt 16/17' matches nothing", { ...example1, presentOutOf: 17 }, ["outOfMismatch/error"]],
  ["'Có mặt 17/20' out of the register less the exclusions (24 − 1 − 1 − 1 − 1)", { ...example3, present: 20, presentOutOf: 20 }, []],
  ["'Có mặt 16/18 đồng chí, đạt 88,9%'", { ...example1, presentOutOf: 18, presentPercent: 88.9 }, []],
  ["'đạt 89%' rounded", { ...example1, presentPercent: 89 }, []],
  ["'đạt 93,3%' does not match 16/18", { ...example1, presentPercent: 93.3 }, ["percentMismatch/error"]],
  ["names match the count", { ...example1 }, []],
  ["count 2 with one name", { ...example1, excused: absence({ paragraph: 9, count: 2, names: ["Trần Văn Bảo"] }), present: 15, presentOfficial: 13 }, ["namesMismatch/error"]],
  ["nothing but present", attendance({ present: 16 }), []],
];

describe("bienban/attendance-sum", () => {
  it.each(cases)("%s", (_name, att, expected) => {
    expect(ids(run(rule, facts({ attendance: att })))).toEqual(expected);
  });

  it("says what does not add up", () => {
    const [f] = run(rule, facts({ attendance: { ...example1, unexcused: noneAbsent(10) } }));
    expect(f?.message).toBe("Số có mặt (16) cộng số vắng (1) được 17, không khớp tổng số đảng viên (18).");
    expect(f?.location?.paragraph).toBe(8);
  });

  it("locates a names mismatch on its absence line", () => {
    const [f] = run(rule, facts({ attendance: { ...example1, excused: absence({ paragraph: 9, count: 2, names: ["Trần Văn Bảo"] }), present: 15, presentOfficial: 13 } }));
    expect(f?.message).toBe("Dòng vắng có lý do ghi 2 đồng chí nhưng nêu tên 1 đồng chí.");
    expect(f?.location?.paragraph).toBe(9);
  });

  it("does not apply to a nghị quyết or the chi ủy's minutes", () => {
    const bad = facts({ attendance: attendance({ total: 18, present: 19 }) });
    expect(run(rule, bad, { type: "nghi-quyet" })).toEqual([]);
    expect(run(rule, bad, { type: "bien-ban-chi-uy" })).toEqual([]);
    expect(ids(run(rule, bad, { type: "bien-ban-chuyen-de" }))).toEqual(["presentAboveTotal/error"]);
  });
});
