import type { Facts } from "../../../../src/core/facts/types";
import rule from "../../../../src/core/rules/computed/special-majority";
import { absence, attendance, facts, ids, noneAbsent, run, vote } from "./helpers/context";
import { example1, example4, example4Vote } from "./helpers/examples";

/** C 15 all present (N = C = 15). */
const full15 = attendance({ total: 15, official: 15, probationary: 0, present: 15, full: true });
/** C 15, 3 excused (N 12 ≠ C 15). */
const n12 = attendance({ total: 15, official: 15, probationary: 0, present: 12, excused: absence({ count: 3, accepted: true }), unexcused: noneAbsent() });

const cases: [string, Facts, string[]][] = [
  ["example 4: 9 of N = 14 fails two thirds (10 needed; 10 against C too)", facts({ attendance: example4, votes: [example4Vote] }), ["belowTwoThirdsBoth/error"]],
  ["example 4 with 10 đồng ý", facts({ attendance: example4, votes: [{ ...example4Vote, yes: 10, no: 4 }] }), []],
  ["exactly two thirds passes (10 of 15)", facts({ attendance: full15, votes: [vote({ subject: "admission", method: "phieu-kin", yes: 10, no: 5 })] }), []],
  ["9 of 15 fails", facts({ attendance: full15, votes: [vote({ subject: "admission", method: "phieu-kin", yes: 9, no: 6 })] }), ["belowTwoThirds/error"]],
  ["confirmation: the same threshold", facts({ attendance: full15, votes: [vote({ subject: "confirmation", method: "the-dang-vien", yes: 9 })] }), ["belowTwoThirds/error"]],
  ["passes on N = 12, not on C = 15: both shown", facts({ attendance: n12, votes: [vote({ subject: "admission", method: "phieu-kin", yes: 9, no: 3 })] }), ["dependsOnBase/warning"]],
  ["passes on N and C", facts({ attendance: n12, votes: [vote({ subject: "admission", method: "phieu-kin", yes: 10, no: 2 })] }), []],
  ["show of hands", facts({ attendance: full15, votes: [vote({ subject: "admission", method: "gio-tay", yes: 15 })] }), ["showOfHands/warning"]],
  ["show of hands and too few", facts({ attendance: full15, votes: [vote({ subject: "admission", method: "gio-tay", yes: 9 })] }), ["belowTwoThirds/error", "showOfHands/warning"]],
  ["'100% nhất trí kết nạp': counted and asked for numbers", facts({ attendance: example1, votes: [vote({ subject: "admission", method: "phieu-kin", countless: true, percent: 100 })] }), ["askCounts/info"]],
  ["recorded as not adopted", facts({ attendance: example4, votes: [{ ...example4Vote, adopted: false }] }), []],
  ["an ordinary resolution is not this rule's", facts({ attendance: example4, votes: [vote({ yes: 9 })] }), []],
  ["no register", facts({ votes: [example4Vote] }), []],
];

describe("bienban/special-majority", () => {
  it.each(cases)("%s", (_name, f, expected) => {
    expect(ids(run(rule, f))).toEqual(expected);
  });

  it("example 4 names both bases and the ten votes needed", () => {
    const [f] = run(rule, facts({ attendance: example4, votes: [example4Vote] }));
    expect(f?.message).toBe(
      "Biểu quyết kết nạp đảng viên: 9 đồng chí tán thành, chưa đạt hai phần ba: cần ít nhất 10 đồng chí khi tính trên N = 14, 10 đồng chí khi tính trên tổng số 15 đảng viên chính thức.",
    );
  });
});
