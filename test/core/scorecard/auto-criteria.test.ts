/**
 * Every automatic criterion of both built-in scorecards, on minutes whose facts are known, at the
 * spec's boundaries (process.md §6–7): attendance > 85 % (hd12) and the 90 / 75 / 65 % bands
 * (hd42), exactly 90 minutes, the 15 / 30 minutes-short and half-time bands, 120 minutes with a
 * thematic part, the 50 % / 40 % / 30 % speakers bands, and what the minutes record.
 */
import type { DocumentType } from "../../../src/core/catalog/document-types";
import { checkDocument } from "../../../src/core/engine/check-document";
import type { DocModel } from "../../../src/core/model/types";
import { scoreMeeting, type ScoredCriterion } from "../../../src/core/scorecard";
import { sampleThematic, thematicBody } from "../../helpers/samples";
import { meetingMinutes, type MinutesFacts } from "./meeting-minutes";

const TODAY = "2026-11-27";

function scoredOn(doc: DocModel, contentProfile: "hd12" | "hd42", type?: DocumentType): ScoredCriterion[] {
  const check = checkDocument(doc, { today: TODAY, contentProfile, type });
  const out = scoreMeeting(doc, check);
  if (!out.ok) throw new Error(out.errors.join("\n"));
  return out.result.criteria;
}

function criterion(f: MinutesFacts, contentProfile: "hd12" | "hd42", id: string): ScoredCriterion {
  const c = scoredOn(meetingMinutes(f), contentProfile).find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
}

describe("attendance: (present − E_in) / expected, unexcused absences", () => {
  // T = 20; hd12 needs more than 85 % (exactly 85 % fails), hd42's bands are 90 / 75 / 65 %.
  it.each<[string, number, number, MinutesFacts]>([
    ["everyone present", 15, 4, { present: 20 }],
    ["exactly 90 %", 15, 4, { present: 18 }],
    ["exactly 85 %, not above 85 %", 0, 3, { present: 17 }],
    ["exactly 75 %", 0, 3, { present: 15 }],
    ["70 %", 0, 2, { present: 14 }],
    ["exactly 65 %", 0, 2, { present: 13 }],
    ["60 %", 0, 1, { present: 12 }],
    ["95 % with one absent without reason", 0, 1, { present: 19, unexcused: 1 }],
  ])("%s → hd12 %i points, hd42 %i points", (_name, bt, hd42, f) => {
    expect(criterion(f, "hd12", "bt-ty-le-du").points).toBe(bt);
    expect(criterion(f, "hd42", "hd42-ty-le-du").points).toBe(hd42);
  });

  it("shows the facts behind the points", () => {
    const c = criterion({ present: 17, unexcused: 1 }, "hd42", "hd42-ty-le-du");
    expect(c.facts).toEqual({ rate: "85%", counted: 17, expected: 20, unexcused: 1, excused: 2, threshold: "từ 90% trở lên" });
    expect(c.explanation).toBe("Tỷ lệ tham dự 85% (17/20 đồng chí); 1 đồng chí vắng không lý do (Hồ Thị Thu): 1/4 điểm.");
    expect(c.auto).toBe(true);
  });

  it("leaves the points open when the minutes do not give the register", () => {
    const c = criterion({ drop: [/^Tổng số đảng viên/] }, "hd42", "hd42-ty-le-du");
    expect(c.points).toBeNull();
    expect(c.explanation).toMatch(/chưa ghi đủ tổng số đảng viên/);
  });
});

describe("duration: end − start against 90 minutes (120 with a thematic part)", () => {
  it.each<[string, number, number, number]>([
    ["21 giờ 00", 90, 10, 5],
    ["20 giờ 59", 89, 0, 4],
    ["20 giờ 45", 75, 0, 4],
    ["20 giờ 44", 74, 0, 3],
    ["20 giờ 30", 60, 0, 3],
    ["20 giờ 29", 59, 0, 2],
    ["20 giờ 15", 45, 0, 2],
    ["20 giờ 14", 44, 0, 1],
    ["22 giờ 00", 150, 10, 5],
  ])("19 giờ 30 → %s (%i minutes): hd12 %i, hd42 %i", (end, minutes, bt, hd42) => {
    const c = criterion({ end }, "hd42", "hd42-thoi-luong");
    expect(c.facts.minutes).toBe(minutes);
    expect(c.points).toBe(hd42);
    expect(criterion({ end }, "hd12", "bt-thoi-luong").points).toBe(bt);
  });

  const thematic = [
    "IV. SINH HOẠT CHUYÊN ĐỀ",
    "Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm.",
    "Kết luận chuyên đề: mỗi đảng viên đăng ký một việc làm cụ thể.",
  ];

  it.each<[string, number, number, number]>([
    ["21 giờ 30", 120, 10, 5],
    ["21 giờ 29", 119, 0, 4],
    ["21 giờ 00", 90, 0, 3],
  ])("regular and thematic in one session, → %s (%i minutes): hd12 %i, hd42 %i", (end, minutes, bt, hd42) => {
    const c = criterion({ end, extra: thematic }, "hd42", "hd42-thoi-luong");
    expect(c.facts).toMatchObject({ minutes, required: 120 });
    expect(c.points).toBe(hd42);
    expect(criterion({ end, extra: thematic }, "hd12", "bt-thoi-luong").points).toBe(bt);
  });

  it("leaves the points open without an end time", () => {
    const c = criterion({ drop: [/kết thúc/] }, "hd12", "bt-thoi-luong");
    expect(c.points).toBeNull();
    expect(c.facts).toMatchObject({ minutes: null, required: 90, end: null });
  });
});

describe("speakers: distinct member speakers / members present", () => {
  // 20 present. hd42: > 50 % → 5, 40–50 % → 4 (50 % and 40 % both 4), 30–40 % → 3, < 30 % → 2.
  // hd12 (G-BT default): at least the profile's 30 %.
  it.each<[number, string, number, number]>([
    [11, "55%", 10, 5],
    [10, "50%", 10, 4],
    [9, "45%", 10, 4],
    [8, "40%", 10, 4],
    [7, "35%", 10, 3],
    [6, "30%", 10, 3],
    [5, "25%", 0, 2],
    [0, "0%", 0, 2],
  ])("%i of 20 (%s): hd12 %i, hd42 %i", (speakers, rate, bt, hd42) => {
    const c = criterion({ speakers }, "hd42", "hd42-phat-bieu");
    expect(c.facts).toEqual({ speakers, present: 20, rate });
    expect(c.points).toBe(hd42);
    expect(criterion({ speakers }, "hd12", "bt-phat-bieu").points).toBe(bt);
  });

  it("does not count a guest who speaks", () => {
    const guest = "Đại biểu dự: đồng chí Trần Văn Cường, Đảng ủy viên phụ trách chi bộ.";
    const f: MinutesFacts = { speakers: 5, replace: [[/^Đồng chí Nguyễn Văn An tuyên bố/, guest]], extra: ["Đồng chí Trần Văn Cường: đề nghị chi bộ quan tâm hộ nghèo."] };
    expect(criterion(f, "hd42", "hd42-phat-bieu").facts.speakers).toBe(5);
  });
});

describe("recorded: conclusion, vote, adoption of the minutes, assignment, named documents", () => {
  const unnamed: [RegExp, string] = [/^Quán triệt/, "Phổ biến các văn bản cấp trên."];
  const generic: [RegExp, string][] = [
    [/^1\. Giao/, "1. Tiếp tục thực hiện tốt công tác rà soát hộ nghèo."],
    [/^2\. Tổ đảng/, "2. Tiếp tục thực hiện tốt công tác vệ sinh môi trường."],
  ];
  it.each<[string, number, number, number, number, MinutesFacts]>([
    ["everything recorded", 10, 1, 2, 2, {}],
    ["no adoption of the minutes", 8, 1, 2, 1, { drop: [/^Biên bản đã được/] }],
    ["documents disseminated but none named", 8, 0, 2, 2, { replace: [unnamed] }],
    ["no vote", 8, 0, 0, 2, { drop: [/^Biểu quyết/] }],
    ["no conclusion", 8, 0, 0, 2, { drop: [/kết luận/] }],
    ["tasks without anyone assigned", 8, 1, 2, 1, { replace: generic }],
    ["nobody named in the discussion", 10, 0, 2, 2, { speakers: 0 }],
  ])("%s → hd12 %i/10; hd42 minutes %i/1, conclusion %i/2, adoption %i/2", (_name, bt, minutes, conclusion, adoption, f) => {
    expect(criterion(f, "hd12", "bt-ghi-bien-ban").points).toBe(bt);
    expect(criterion(f, "hd42", "hd42-ghi-bien-ban").points).toBe(minutes);
    expect(criterion(f, "hd42", "hd42-ket-luan").points).toBe(conclusion);
    expect(criterion(f, "hd42", "hd42-thong-qua").points).toBe(adoption);
  });

  it("names what is missing", () => {
    const c = criterion({ drop: [/^Biên bản đã được/] }, "hd12", "bt-ghi-bien-ban");
    expect(c.facts).toEqual({ "BB.NEWS": true, "BB.CONCLUSION": true, "BB.VOTE": true, "NQ.ASSIGNMENT": true, "BB.MINUTES_ADOPTED": false });
    expect(c.explanation).toMatch(/chưa có thông qua biên bản: 8\/10 điểm\.$/);
  });

  it("does not hold against thematic minutes what they need not record (documents, tasks)", () => {
    const c = scoredOn(sampleThematic(), "hd12", "bien-ban-chuyen-de").find((x) => x.id === "bt-ghi-bien-ban")!;
    expect(c.facts).toEqual({ "BB.NEWS": null, "BB.CONCLUSION": true, "BB.VOTE": true, "NQ.ASSIGNMENT": null, "BB.MINUTES_ADOPTED": true });
    expect(c.points).toBe(10);
    const without = scoredOn(sampleThematic(thematicBody.filter((t) => typeof t !== "string" || !/^Biên bản đã được/.test(t))), "hd12", "bien-ban-chuyen-de");
    expect(without.find((x) => x.id === "bt-ghi-bien-ban")!.points).toBe(8);
  });
});

describe("criteria that need judgement", () => {
  it("have no points, their guidance, and the presence of what they rest on", () => {
    const c = criterion({ drop: [/^Kết quả lãnh đạo/, /^II\. ĐÁNH GIÁ/] }, "hd42", "hd42-ket-qua");
    expect(c).toMatchObject({ points: null, auto: false, given: false, max: 30, facts: { "BB.REVIEW": false } });
    expect(c.guidance).toMatch(/90% chỉ tiêu/);
    expect(criterion({}, "hd42", "hd42-ket-qua").facts).toEqual({ "BB.REVIEW": true });
  });
});

describe("the scorecards themselves", () => {
  it.each(["hd12", "hd42"] as const)("%s's card has 100 points, unique ids, points within each criterion", (profile) => {
    const criteria = scoredOn(meetingMinutes(), profile);
    expect(criteria.reduce((s, c) => s + c.max, 0)).toBe(100);
    expect(new Set(criteria.map((c) => c.id)).size).toBe(criteria.length);
    for (const c of criteria) if (c.points !== null) expect(c.points).toBeGreaterThanOrEqual(0);
    for (const c of criteria) if (c.points !== null) expect(c.points).toBeLessThanOrEqual(c.max);
  });

  it("G-BT marks attendance, duration, participation and minutes-keeping as needing full marks", () => {
    const required = scoredOn(meetingMinutes(), "hd12").filter((c) => c.mustBeFull).map((c) => c.id);
    expect(required).toEqual(["bt-ty-le-du", "bt-thoi-luong", "bt-phat-bieu", "bt-ghi-bien-ban"]);
  });
});
