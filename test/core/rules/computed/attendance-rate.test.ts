import type { AttendanceFacts } from "../../../../src/core/facts/types";
import rule from "../../../../src/core/rules/computed/attendance-rate";
import { absence, attendance, facts, ids, noneAbsent, run, type RunOptions } from "./helpers/context";
import { example1, example2, example3, example4 } from "./helpers/examples";

const twenty = (present: number): AttendanceFacts =>
  attendance({ total: 20, official: 20, probationary: 0, present, excused: absence({ count: 20 - present }), unexcused: noneAbsent() });

const cases: [string, AttendanceFacts, string[], RunOptions?][] = [
  ["example 1 under hd12: 88,9 % passes, the unexcused absence warns", example1, ["unexcused/warning"], { profile: "hd12" }],
  ["example 1 under hd42: 88,9 % < 90 % and the unexcused absence", example1, ["belowThreshold/warning", "unexcused/warning"], { profile: "hd42" }],
  ["example 2: 83,3 % and two unexcused", example2, ["belowThreshold/warning", "unexcused/warning"]],
  ["example 3: 95 % (hd12)", example3, [], { profile: "hd12" }],
  ["example 3: 95 % (hd42)", example3, [], { profile: "hd42" }],
  ["example 4: 16/17 (hd42)", example4, [], { profile: "hd42" }],
  ["85,0 % under hd12 fails (strictly more)", twenty(17), ["belowThreshold/warning"], { profile: "hd12" }],
  ["90 % under hd12 passes", twenty(18), [], { profile: "hd12" }],
  ["90 % under hd42 passes (at least)", twenty(18), [], { profile: "hd42" }],
  ["85 % under hd42 fails", twenty(17), ["belowThreshold/warning"], { profile: "hd42" }],
  ["an overlay threshold of 80 %", twenty(17), [], { profile: "hd42", settings: { attendance: { percent: 80 } } }],
  ["unexcused absences not warned when the profile says so", example1, [], { profile: "hd12", settings: { attendance: { unexcusedWarns: false } } }],
  ["full attendance", attendance({ total: 18, present: 18, full: true }), []],
  ["no register", attendance({ present: 5 }), []],
];

describe("bienban/attendance-rate", () => {
  it.each(cases)("%s", (_name, att, expected, opts = {}) => {
    expect(ids(run(rule, facts({ attendance: att }), opts))).toEqual(expected);
  });

  it("gives the rate, the counts and the threshold", () => {
    const found = run(rule, facts({ attendance: example1 }), { profile: "hd42" });
    expect(found.map((f) => f.message)).toEqual([
      "Tỷ lệ đảng viên dự họp là 88,9% (16/18 đồng chí), chưa đạt mức từ 90% trở lên.",
      "Có 1 đồng chí vắng không lý do (Phạm Văn Dũng).",
    ]);
    expect(run(rule, facts({ attendance: twenty(17) }), { profile: "hd12" })[0]?.message).toBe(
      "Tỷ lệ đảng viên dự họp là 85% (17/20 đồng chí), chưa đạt mức trên 85%.",
    );
  });
});
