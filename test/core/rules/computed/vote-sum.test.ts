import type { Facts } from "../../../../src/core/facts/types";
import rule from "../../../../src/core/rules/computed/vote-sum";
import { attendance, facts, ids, run, vote } from "./helpers/context";
import { example1, example2, example2Vote, example3, example3Vote, example4, example4Vote } from "./helpers/examples";

const cases: [string, Facts, string[]][] = [
  ["example 3: 9 + 7 + 1 = 17 ≤ 17 voters", facts({ attendance: example3, votes: [example3Vote] }), []],
  ["example 3: 9 + 8 + 1 = 18 > 17 voters", facts({ attendance: example3, votes: [{ ...example3Vote, no: 8 }] }), ["sumAboveVoters/error"]],
  ["example 2: 6 + 4 = 10 voters", facts({ attendance: example2, votes: [example2Vote] }), []],
  ["example 4: 9 + 5 = 14 voters", facts({ attendance: example4, votes: [example4Vote] }), []],
  ["example 1: 14 + 1 > 14 voters", facts({ attendance: example1, votes: [vote({ yes: 14, no: 1 })] }), ["sumAboveVoters/error"]],
  ["example 1: 12 + 1 + 1 = 14", facts({ attendance: example1, votes: [vote({ yes: 12, no: 1, other: 1 })] }), []],
  ["yes alone above the voters is the probationary rule's", facts({ attendance: example1, votes: [vote({ yes: 16, no: 1 })] }), []],
  ["no attendance: bounded by y", facts({ votes: [vote({ yes: 14, outOf: 14, no: 1 })] }), ["sumAboveOutOf/error"]],
  ["no attendance: within y", facts({ votes: [vote({ yes: 13, outOf: 14, no: 1 })] }), []],
  ["no attendance, no y", facts({ votes: [vote({ yes: 13, no: 5 })] }), []],
  ["present known, split unknown: bounded above", facts({ attendance: attendance({ total: 18, official: 15, probationary: 3, present: 17 }), votes: [vote({ yes: 14, no: 2 })] }), ["sumAboveVoters/error"]],
  ["countless vote", facts({ attendance: example1, votes: [vote({ countless: true })] }), []],
];

describe("bienban/vote-sum", () => {
  it.each(cases)("%s", (_name, f, expected) => {
    expect(ids(run(rule, f))).toEqual(expected);
  });

  it("spells out the sum", () => {
    const [f] = run(rule, facts({ attendance: example3, votes: [{ ...example3Vote, no: 8 }] }));
    expect(f?.message).toBe("Biểu quyết thông qua nghị quyết: 9 tán thành + 8 không tán thành + 1 ý kiến khác = 18, nhiều hơn số đảng viên chính thức có mặt (17).");
  });

  it("applies to a nghị quyết", () => {
    expect(ids(run(rule, facts({ votes: [vote({ yes: 14, outOf: 14, other: 1 })] }), { type: "nghi-quyet" }))).toEqual(["sumAboveOutOf/error"]);
  });
});
