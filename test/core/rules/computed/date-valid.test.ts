import type { Facts } from "../../../../src/core/facts/types";
import rule from "../../../../src/core/rules/computed/date-valid";
import { date, facts, ids, run, type RunOptions } from "./helpers/context";

const meeting = (d: number, m: number, y: number) => date(d, m, y, { paragraph: 5 });
const issued = (d: number, m: number, y: number) => date(d, m, y, { paragraph: 2, form: "words" });

const cases: [string, Facts, string[], RunOptions?][] = [
  ["same day", facts({ meetingDate: meeting(5, 11, 2025), documentDate: issued(5, 11, 2025) }), []],
  ["issued a few days later", facts({ meetingDate: meeting(5, 11, 2025), documentDate: issued(7, 11, 2025) }), []],
  ["issued before the meeting", facts({ meetingDate: meeting(5, 11, 2025), documentDate: issued(4, 11, 2025) }), ["beforeMeeting/error"]],
  ["issued after today", facts({ meetingDate: meeting(5, 11, 2026), documentDate: issued(28, 11, 2026) }), ["future/error"]],
  ["issued today", facts({ documentDate: issued(27, 11, 2026) }), []],
  ["30/02 is not a date", facts({ dates: [date(30, 2, 2025, { paragraph: 14, valid: false, text: "30/02/2025" })] }), ["invalidDate/error"]],
  ["29/02/2024 is", facts({ dates: [date(29, 2, 2024, { paragraph: 14 })] }), []],
  [
    "an impossible meeting date: reported once, not compared",
    facts({ meetingDate: date(31, 11, 2025, { paragraph: 5, valid: false, text: "ngày 31 tháng 11 năm 2025" }), documentDate: issued(5, 11, 2025) }),
    ["invalidDate/error"],
  ],
  ["no dates", facts(), []],
  ["a nghị quyết too", facts({ meetingDate: meeting(5, 11, 2025), documentDate: issued(1, 11, 2025) }), ["beforeMeeting/error"], { type: "nghi-quyet" }],
  ["the chi ủy's minutes too", facts({ meetingDate: meeting(5, 11, 2025), documentDate: issued(1, 11, 2025) }), ["beforeMeeting/error"], { type: "bien-ban-chi-uy" }],
];

describe("bienban/date-valid", () => {
  it.each(cases)("%s", (_name, f, expected, opts = {}) => {
    expect(ids(run(rule, f, opts))).toEqual(expected);
  });

  it("writes both dates", () => {
    expect(run(rule, facts({ meetingDate: meeting(5, 11, 2025), documentDate: issued(4, 11, 2025) }))[0]?.message).toBe(
      "Ngày của văn bản (04/11/2025) trước ngày họp (05/11/2025).",
    );
    expect(run(rule, facts({ documentDate: issued(1, 12, 2026) }))[0]?.message).toBe("Ngày của văn bản (01/12/2026) sau ngày hiện tại (27/11/2026).");
  });

  it("reads today from the context, not a clock", () => {
    const f = facts({ documentDate: issued(1, 12, 2026) });
    expect(run(rule, f, { today: "2026-12-01" })).toEqual([]);
    expect(ids(run(rule, f, { today: "2026-11-30" }))).toEqual(["future/error"]);
  });
});
