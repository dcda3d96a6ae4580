import type { Facts } from "../../../../src/core/facts/types";
import rule from "../../../../src/core/rules/computed/speaker-share";
import { attendance, facts, ids, run, speaker, type RunOptions } from "./helpers/context";

const names = ["Lê Thị Bình", "Phạm Thị Giang", "Trần Văn Hải", "Võ Văn Khoa", "Đặng Thị Lan", "Hoàng Thị Em"];
const meeting = (present: number, speakers: string[], over: Partial<Facts> = {}) =>
  facts({ attendance: attendance({ present }), speakers: speakers.map((n, i) => speaker(n, 22 + i)), ...over });

const cases: [string, Facts, string[], RunOptions?][] = [
  ["the sample: 6 of 17 (35,3 %)", meeting(17, names), []],
  ["5 of 17 (29,4 %)", meeting(17, names.slice(0, 5)), ["fewSpeakers/warning"]],
  ["exactly 30 % passes (3 of 10)", meeting(10, names.slice(0, 3)), []],
  ["2 of 10", meeting(10, names.slice(0, 2)), ["fewSpeakers/warning"]],
  ["one person speaking twice counts once", meeting(10, ["Lê Thị Bình", "Trần Văn Hải", "LÊ THỊ BÌNH", "Lê  Thị Bình"]), ["fewSpeakers/warning"]],
  ["names typed without tone marks match", meeting(10, ["Lê Thị Bình", "Le Thi Binh", "Trần Văn Hải"]), ["fewSpeakers/warning"]],
  [
    "the upper-level guest is not a member",
    meeting(10, ["Trần Văn Cường", "Lê Thị Bình", "Trần Văn Hải"], { guests: [{ paragraph: 5, start: 0, end: 5, name: "Trần Văn Cường", position: "Đảng ủy viên" }] }),
    ["fewSpeakers/warning"],
  ],
  ["an overlay asking 40 %", meeting(17, names), ["fewSpeakers/warning"], { settings: { speakers: { minPercent: 40 } } }],
  ["no speaker: the discussion rule's finding", meeting(17, []), []],
  ["present unknown", facts({ speakers: [speaker("Lê Thị Bình")] }), []],
];

describe("bienban/speaker-share", () => {
  it.each(cases)("%s", (_name, f, expected, opts = {}) => {
    expect(ids(run(rule, f, opts))).toEqual(expected);
  });

  it("gives the numbers", () => {
    const [f] = run(rule, meeting(17, names.slice(0, 5)));
    expect(f?.message).toBe("Chỉ 5 trên 17 đồng chí dự họp phát biểu (29,4%), dưới mức 30%.");
    expect(f?.location?.paragraph).toBe(22);
  });

  it("applies to minutes of meetings only", () => {
    expect(run(rule, meeting(17, ["Lê Thị Bình"]), { type: "nghi-quyet" })).toEqual([]);
    expect(run(rule, meeting(17, ["Lê Thị Bình"]), { type: "bien-ban-chi-uy" })).toEqual([]);
  });
});
