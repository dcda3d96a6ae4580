import rule from "../../../../src/core/rules/computed/vote-majority";
import { absence, attendance, facts, ids, noneAbsent, run, vote, type RunOptions } from "./helpers/context";
import { example1, example1Vote, example2, example2Excused, example2Vote, example3, example3Vote, example4 } from "./helpers/examples";
import type { Facts } from "../../../../src/core/facts/types";

const cases: [string, Facts, string[], RunOptions?][] = [
  // process.md §6 worked examples
  ["example 1: 14/14 of N = 14 adopted", facts({ attendance: example1, votes: [example1Vote] }), []],
  ["example 2: 6 of N = 12 is exactly half", facts({ attendance: example2, votes: [example2Vote] }), ["exactlyHalf/error"]],
  ["example 2, absences excused: both readings shown", facts({ attendance: example2Excused, votes: [example2Vote] }), ["dependsOnExcuses/warning"]],
  [
    "example 2, absences excused and accepted: adopted",
    facts({ attendance: { ...example2Excused, excused: { ...example2Excused.excused!, accepted: true } }, votes: [example2Vote] }),
    [],
  ],
  // Hand-built on purpose: the extraction does not yet set AbsenceFact.accepted from "ốm, được chi ủy
  // chấp nhận", so the real-document version of this case reads as "reason given, acceptance unclear".
  ["example 3 (the ill member's reason accepted by the chi ủy): 9 of N = 17 adopted", facts({ attendance: example3, votes: [example3Vote] }), []],
  ["example 3: 8 would fail", facts({ attendance: example3, votes: [{ ...example3Vote, yes: 8, no: 8 }] }), ["notMajority/error"]],
  [
    "example 3 without the word 'accepted': 9 passes N = 17, not N = 18",
    facts({ attendance: { ...example3, excused: { ...example3.excused!, accepted: undefined } }, votes: [example3Vote] }),
    ["dependsOnExcuses/warning"],
  ],
  ["example 4's admission is two-thirds business, not this rule's", facts({ attendance: example4, votes: [vote({ subject: "admission", yes: 9, no: 5 })] }), []],
  // boundaries and variants
  ["never the present as base: 6 of 10 present, N = 12", facts({ attendance: example2, votes: [vote({ yes: 6, outOf: 10, percent: 60 })] }), ["exactlyHalf/error"]],
  ["7 of N = 12 adopted", facts({ attendance: example2, votes: [vote({ yes: 7, no: 3 })] }), []],
  ["5 of N = 12 fails", facts({ attendance: example2, votes: [vote({ yes: 5, no: 5 })] }), ["notMajority/error"]],
  ["a conclusion vote counts too", facts({ attendance: example2, votes: [vote({ subject: "conclusion", yes: 6 })] }), ["exactlyHalf/error"]],
  // Hand-built: the extraction does not yet set VoteFact.adopted = false ("nghị quyết không được thông qua").
  ["a vote the text records as not adopted ('không được thông qua')", facts({ attendance: example2, votes: [vote({ yes: 6, adopted: false })] }), []],
  ["no register: nothing to compute", facts({ attendance: attendance({ present: 10 }), votes: [vote({ yes: 3 })] }), []],
  ["no count of yes votes", facts({ attendance: example2, votes: [vote({ no: 2 })] }), []],
  // countless votes
  ["'100% đảng viên có mặt tán thành': counted, counts asked for", facts({ attendance: example1, votes: [vote({ countless: true, percent: 100, text: "100% đảng viên có mặt tán thành" })] }), ["askCounts/info"]],
  [
    "'nhất trí' with few present: fails with the inferred count",
    facts({
      attendance: attendance({ total: 12, official: 12, probationary: 0, present: 5, excused: noneAbsent(), unexcused: absence({ count: 7 }) }),
      votes: [vote({ countless: true, text: "Chi bộ nhất trí thông qua" })],
    }),
    ["notMajority/error", "askCounts/info"],
  ],
  ["'nhất trí' with 10 of N = 12 present: adopted, counts asked for", facts({ attendance: example2, votes: [vote({ countless: true, text: "nhất trí" })] }), ["askCounts/info"]],
  [
    "countless 'nhất trí' with half present",
    facts({ attendance: attendance({ total: 12, official: 12, probationary: 0, present: 6, excused: noneAbsent(), unexcused: absence({ count: 6 }) }), votes: [vote({ countless: true })] }),
    ["exactlyHalf/error", "askCounts/info"],
  ],
  ["a percentage below 100 with no count: asked, never back-computed", facts({ attendance: example2, votes: [vote({ countless: true, percent: 93.3 })] }), ["askCounts/info"]],
  ["agenda adopted by 'nhất trí': no request for counts", facts({ attendance: example1, votes: [vote({ subject: "agenda", countless: true })] }), []],
  ["minutes read back 'nhất trí': no request for counts", facts({ attendance: example1, votes: [vote({ subject: "minutes", countless: true })] }), []],
  // profile switches
  [
    "excused kept in N by the profile: not adopted unless accepted",
    facts({ attendance: example2Excused, votes: [example2Vote] }),
    ["dependsOnExcuses/error"],
    { settings: { voteDenominator: { excludeExcusedAbsent: false } } },
  ],
];

describe("bienban/vote-majority", () => {
  it.each(cases)("%s", (_name, f, expected, opts = {}) => {
    expect(ids(run(rule, f, opts))).toEqual(expected);
  });

  it("says both results with their numbers", () => {
    const [finding] = run(rule, facts({ attendance: example2Excused, votes: [example2Vote] }));
    expect(finding?.message).toContain("N = 10 và đạt quá nửa");
    expect(finding?.message).toContain("N = 12 và không đạt quá nửa (cần ít nhất 7)");
    expect(finding?.message).toContain("2 đồng chí");
  });

  it("states N and the votes needed", () => {
    const [finding] = run(rule, facts({ attendance: example2, votes: [example2Vote] }));
    expect(finding?.message).toBe(
      "Biểu quyết thông qua nghị quyết: 6 đồng chí tán thành, đúng một nửa số đảng viên chính thức tính tỷ lệ (N = 12), chưa phải quá nửa; cần ít nhất 7 đồng chí tán thành mới được thông qua.",
    );
    expect(finding?.location).toEqual({ paragraph: 30, ref: "p30", start: 0, end: 5 });
  });

  it("a nghị quyết takes N from the biên bản of the same meeting and names it", () => {
    const nq = facts({ attendance: attendance({ present: 10, presentOutOf: 12 }), votes: [vote({ yes: 6, outOf: 10 })] });
    const related = [{ doc: undefined as never, facts: facts({ attendance: example2 }), type: "bien-ban-thuong-ky" as const, name: "Biên bản tháng 11" }];
    const found = run(rule, nq, { type: "nghi-quyet", related });
    expect(ids(found)).toEqual(["exactlyHalf/error"]);
    expect(found[0]?.message).toContain("“Biên bản tháng 11”");
  });

  it("a nghị quyết alone, with no register, is not judged", () => {
    expect(run(rule, facts({ attendance: attendance({ present: 10, presentOutOf: 12 }), votes: [vote({ yes: 6 })] }), { type: "nghi-quyet" })).toEqual([]);
  });

  it("does not apply to the chi ủy's minutes", () => {
    expect(run(rule, facts({ attendance: example2, votes: [example2Vote] }), { type: "bien-ban-chi-uy" })).toEqual([]);
  });
});
