import { voteDenominator } from "../../../../../src/core/arithmetic/vote-denominator";
import { baseSettings } from "../../../../../src/core/profiles/builtin";
import type { ProfileSettings } from "../../../../../src/core/profiles/types";
import { absence, attendance } from "../helpers/context";
import { example1, example2, example2Excused, example3, example4 } from "../helpers/examples";

const defaults = baseSettings.voteDenominator;
const settings = (over: Partial<ProfileSettings["voteDenominator"]>) => ({ ...defaults, ...over });

describe("N = C − A − E_out − S − X (G-QD24 9.3.2)", () => {
  it.each([
    ["example 1: N = 15 − 1", example1, 14, 15],
    ["example 2: unexcused absentees stay in N", example2, 12, 12],
    ["example 2, absences excused: N = 10", example2Excused, 10, 12],
    ["example 3: N = 21 − 1 − 1 − 1 − 1", example3, 17, 18],
    ["example 4: N = 15 − 1", example4, 14, 15],
  ])("%s", (_name, att, n, notAccepted) => {
    const den = voteDenominator(att, defaults);
    expect(den?.n).toBe(n);
    expect(den?.nExcusedNotAccepted).toBe(notAccepted);
  });

  it("needs C", () => {
    expect(voteDenominator(attendance({ present: 16, presentOutOf: 18 }), defaults)).toBeUndefined();
  });

  it("an excused probationary absentee is not X when the official absentees are known", () => {
    // C 15, present official 15: the one excused absentee must be probationary.
    const att = attendance({ total: 18, official: 15, probationary: 3, present: 17, presentOfficial: 15, excused: absence({ count: 1 }) });
    expect(voteDenominator(att, defaults)).toMatchObject({ n: 15, excused: 0 });
  });

  it("takes X as the excused count when the official present are unknown", () => {
    const att = attendance({ total: 18, official: 15, probationary: 3, present: 16, excused: absence({ count: 2 }) });
    expect(voteDenominator(att, defaults)).toMatchObject({ n: 13, excused: 2, nExcusedNotAccepted: 15 });
  });

  it("keeps the text's word that reasons were accepted", () => {
    expect(voteDenominator(example3, defaults)?.excusedCertain).toBe(true);
    expect(voteDenominator(example2Excused, defaults)?.excusedCertain).toBe(false);
  });

  it.each([
    ["away kept", { excludeAway: false }, 18],
    ["exempt absent kept", { excludeExemptAbsent: false }, 18],
    ["suspended kept", { excludeSuspended: false }, 18],
    ["excused kept", { excludeExcusedAbsent: false }, 18],
    ["exempt present excluded", { countExemptPresent: false }, 16],
    ["everything kept", { excludeAway: false, excludeExemptAbsent: false, excludeSuspended: false, excludeExcusedAbsent: false }, 21],
  ])("profile switches: %s (example 3)", (_name, over, n) => {
    expect(voteDenominator(example3, settings(over))?.n).toBe(n);
  });
});
