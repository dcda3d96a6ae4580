import type { Facts } from "../../../../src/core/facts/types";
import rule from "../../../../src/core/rules/computed/vote-probationary";
import { attendance, facts, ids, run, vote, type RunOptions } from "./helpers/context";
import { example1, example1Vote, example2, example3, example3Vote, example4, example4Vote } from "./helpers/examples";

const cases: [string, Facts, string[], RunOptions?][] = [
  ["example 1: 14/14 tán thành", facts({ attendance: example1, votes: [example1Vote] }), []],
  ["example 1 written 16/16: probationary members voted", facts({ attendance: example1, votes: [vote({ yes: 16, outOf: 16 })] }), ["yesAboveOfficial/error"]],
  ["example 1: 14/16 counts everyone present as voters", facts({ attendance: example1, votes: [vote({ yes: 14, outOf: 16 })] }), ["outOfPresent/error"]],
  ["example 1: 14/18 counts the whole register", facts({ attendance: example1, votes: [vote({ yes: 14, outOf: 18 })] }), ["outOfTotal/error"]],
  ["example 1: 14/15 is C", facts({ attendance: example1, votes: [vote({ yes: 14, outOf: 15 })] }), []],
  ["example 1: 13/17 is no known base", facts({ attendance: example1, votes: [vote({ yes: 13, outOf: 17 })] }), ["outOfUnclear/info"]],
  ["example 3: 9/17 (N)", facts({ attendance: example3, votes: [{ ...example3Vote, outOf: 17 }] }), []],
  ["example 3: 9/18 (N with the excused put back)", facts({ attendance: example3, votes: [{ ...example3Vote, outOf: 18 }] }), []],
  ["example 3: 9/21 (C)", facts({ attendance: example3, votes: [{ ...example3Vote, outOf: 21 }] }), []],
  ["example 4: 9/14", facts({ attendance: example4, votes: [{ ...example4Vote, outOf: 14 }] }), []],
  ["example 4: 9/16 counts the 2 probationary members", facts({ attendance: example4, votes: [{ ...example4Vote, outOf: 16 }] }), ["outOfPresent/error"]],
  ["example 2 (no probationary members): 10/10", facts({ attendance: example2, votes: [vote({ yes: 10, outOf: 10 })] }), []],
  ["example 2: 11 tán thành, 10 present", facts({ attendance: example2, votes: [vote({ yes: 11 })] }), ["yesAboveOfficial/error"]],
  [
    "split of present unknown: above the upper bound",
    facts({ attendance: attendance({ total: 18, official: 15, probationary: 3, present: 17 }), votes: [vote({ yes: 16 })] }),
    ["yesAboveOfficialMax/error"],
  ],
  ["split of present unknown: within the bound", facts({ attendance: attendance({ total: 18, official: 15, probationary: 3, present: 17 }), votes: [vote({ yes: 15 })] }), []],
  ["no attendance at all", facts({ votes: [vote({ yes: 16, outOf: 16 })] }), []],
  ["countless vote", facts({ attendance: example1, votes: [vote({ countless: true, percent: 100 })] }), []],
];

describe("bienban/vote-probationary", () => {
  it.each(cases)("%s", (_name, f, expected, opts = {}) => {
    expect(ids(run(rule, f, opts))).toEqual(expected);
  });

  it("names the numbers", () => {
    const [f] = run(rule, facts({ attendance: example1, votes: [vote({ yes: 16, outOf: 16 })] }));
    expect(f?.message).toBe("Biểu quyết thông qua nghị quyết: 16 đồng chí tán thành, nhiều hơn số đảng viên chính thức có mặt (14); đảng viên dự bị không biểu quyết.");
  });

  it("a nghị quyết is checked against the biên bản of the same meeting", () => {
    const nq = facts({ attendance: attendance({ present: 16, presentOutOf: 18 }), votes: [vote({ yes: 16, outOf: 16 })] });
    const related = [{ doc: undefined as never, facts: facts({ attendance: example1 }), type: "bien-ban-thuong-ky" as const, name: "BB-11.docx" }];
    const found = run(rule, nq, { type: "nghi-quyet", related });
    expect(ids(found)).toEqual(["yesAboveOfficial/error"]);
    expect(found[0]?.message).toContain("“BB-11.docx”");
  });
});
