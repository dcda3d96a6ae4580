import type { Facts } from "../../../../src/core/facts/types";
import rule from "../../../../src/core/rules/computed/time-order";
import { facts, ids, run, time, type RunOptions } from "./helpers/context";

const cases: [string, Facts, string[], RunOptions?][] = [
  ["19 giờ 30 to 21 giờ 15", facts({ startTime: time(19, 30), endTime: time(21, 15, 33) }), []],
  ["end before start", facts({ startTime: time(14, 0), endTime: time(13, 30, 33) }), ["endNotAfterStart/error"]],
  ["end equal to start", facts({ startTime: time(8, 0), endTime: time(8, 0, 33) }), ["endNotAfterStart/error"]],
  ["across midnight", facts({ startTime: time(21, 0), endTime: time(0, 30, 33) }), []],
  ["14 giờ to 2 giờ is not a night meeting", facts({ startTime: time(14, 0), endTime: time(2, 0, 33) }), ["endNotAfterStart/error"]],
  ["an impossible start time", facts({ startTime: time(25, 0, 1, false), endTime: time(21, 0, 33) }), ["invalidTime/error"]],
  ["an impossible time elsewhere", facts({ startTime: time(19, 0), endTime: time(21, 0, 33), times: [time(19, 0), time(17, 75, 20, false), time(21, 0, 33)] }), ["invalidTime/error"]],
  ["the same time reported once", facts({ startTime: time(19, 61, 1, false), times: [time(19, 61, 1, false)] }), ["invalidTime/error"]],
  ["the chi ủy's minutes too", facts({ startTime: time(15, 0), endTime: time(14, 0, 33) }), ["endNotAfterStart/error"], { type: "bien-ban-chi-uy" }],
  ["only a start time", facts({ startTime: time(15, 0) }), []],
];

describe("bienban/time-order", () => {
  it.each(cases)("%s", (_name, f, expected, opts = {}) => {
    expect(ids(run(rule, f, opts))).toEqual(expected);
  });

  it("gives both times", () => {
    const [f] = run(rule, facts({ startTime: time(14, 0), endTime: time(13, 30, 33) }));
    expect(f?.message).toBe("Giờ kết thúc (13 giờ 30) không sau giờ bắt đầu (14 giờ).");
    expect(f?.location?.paragraph).toBe(33);
  });
});
