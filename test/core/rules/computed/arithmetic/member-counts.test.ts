import {
  absenceCount,
  absentTotal,
  exemptSplit,
  officialCount,
  officialPresent,
  presentCount,
  probationaryCount,
  registerTotal,
  votersBound,
  type OfficialPresent,
} from "../../../../../src/core/arithmetic/member-counts";
import type { AttendanceFacts } from "../../../../../src/core/facts/types";
import { absence, attendance, noneAbsent } from "../helpers/context";
import { example1, example2, example3, example4 } from "../helpers/examples";

describe("register counts", () => {
  it.each([
    ["all three written", attendance({ total: 18, official: 15, probationary: 3 }), 18, 15, 3],
    ["T from C + D", attendance({ official: 15, probationary: 3 }), 18, 15, 3],
    ["C from T − D", attendance({ total: 18, probationary: 3 }), 18, 15, 3],
    ["D from T − C", attendance({ total: 18, official: 15 }), 18, 15, 3],
    ["nothing", attendance(), undefined, undefined, undefined],
    ["T alone", attendance({ total: 12 }), 12, undefined, undefined],
  ])("%s", (_name, att, t, c, d) => {
    expect(registerTotal(att)).toBe(t);
    expect(officialCount(att)).toBe(c);
    expect(probationaryCount(att)).toBe(d);
  });
});

describe("present and voters", () => {
  it.each([
    ["example 1", example1, 16, { exact: 14 }],
    ["example 2 (no probationary members)", example2, 10, { exact: 10 }],
    ["example 3", example3, 20, { exact: 17 }],
    ["example 4", example4, 16, { exact: 14 }],
    ["split only", attendance({ presentOfficial: 14, presentProbationary: 2 }), 16, { exact: 14 }],
    ["probationary present written", attendance({ present: 16, presentProbationary: 2 }), 16, { exact: 14 }],
    ["everyone came (18/18)", attendance({ total: 18, official: 15, probationary: 3, present: 18 }), 18, { exact: 15 }],
    ["unknown split: bounded by C", attendance({ total: 18, official: 15, probationary: 3, present: 17 }), 17, { max: 15 }],
    ["unknown split: bounded by present", attendance({ total: 18, official: 15, probationary: 3, present: 12 }), 12, { max: 12 }],
    ["nothing about presence", attendance({ total: 18 }), undefined, {}],
  ] as [string, AttendanceFacts, number | undefined, OfficialPresent][])("%s", (_name, att, present, op) => {
    expect(presentCount(att)).toBe(present);
    expect(officialPresent(att)).toEqual(op);
    expect(votersBound(att)).toBe(op.exact ?? op.max);
  });
});

describe("absences", () => {
  it.each([
    ["count", absence({ count: 2, names: ["A"] }), 2],
    ["explicit none", absence({ none: true }), 0],
    ["names only", absence({ names: ["Lê Văn A", "Trần Thị B"] }), 2],
    ["nothing usable", absence(), undefined],
    ["absent line", undefined, undefined],
  ])("%s", (_name, a, n) => {
    expect(absenceCount(a)).toBe(n);
  });

  it.each([
    ["both classes", example1, { value: 2, complete: true }],
    ["explicit none in one class", example2, { value: 2, complete: true }],
    ["full attendance", attendance({ full: true }), { value: 0, complete: true }],
    ["one class missing", attendance({ excused: absence({ count: 1 }) }), { value: 1, complete: false }],
    ["uncounted class", attendance({ excused: absence({ count: 1 }), unexcused: absence() }), { value: 1, complete: false }],
    ["unclassified line", attendance({ unclassified: absence({ count: 2 }) }), { value: 2, complete: true }],
    ["nothing", attendance(), { value: 0, complete: false }],
    ["none and none", attendance({ excused: noneAbsent(), unexcused: noneAbsent() }), { value: 0, complete: true }],
  ])("absent total: %s", (_name, att, total) => {
    expect(absentTotal(att)).toEqual(total);
  });
});

describe("exempted members", () => {
  it.each([
    ["both written", attendance({ exempt: 2, exemptPresent: 1, exemptAbsent: 1 }), { present: 1, absent: 1, stated: true }],
    ["present written", attendance({ exempt: 3, exemptPresent: 1 }), { present: 1, absent: 2, stated: true }],
    ["absent written", attendance({ exempt: 3, exemptAbsent: 3 }), { present: 0, absent: 3, stated: true }],
    ["total only: assumed absent", attendance({ exempt: 2 }), { present: 0, absent: 2, stated: false }],
    ["none", attendance(), { present: 0, absent: 0, stated: true }],
  ])("%s", (_name, att, split) => {
    expect(exemptSplit(att)).toEqual(split);
  });
});
