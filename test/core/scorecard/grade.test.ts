/**
 * The grade (process.md §7): bands Tốt ≥ 90, Khá 70–<90, Trung bình 50–<70, Kém < 50 with exact
 * boundaries, G-BT's rule that Tốt also needs full marks on attendance, duration, participation and
 * minutes-keeping, a grade given while judgement points are pending only when they cannot change it,
 * and the chi bộ's own points.
 */
import { checkDocument } from "../../../src/core/engine/check-document";
import type { DocModel } from "../../../src/core/model/types";
import { decideGrade, defaultGradeBands, scoreMeeting, type ScoredCriterion, type ScoreResult } from "../../../src/core/scorecard";
import { sampleResolution } from "../../helpers/samples";
import { meetingMinutes, type MinutesFacts } from "./meeting-minutes";

const TODAY = "2026-11-27";

const crit = (id: string, max: number, points: number | null, mustBeFull = false): ScoredCriterion => ({
  id,
  label: `Tiêu chí ${id}`,
  max,
  points,
  auto: false,
  given: points !== null,
  mustBeFull,
  facts: {},
  explanation: "",
});

describe("decideGrade: bands with exact boundaries", () => {
  it.each<[number, string]>([
    [100, "Tốt"],
    [90, "Tốt"],
    [89, "Khá"],
    [70, "Khá"],
    [69, "Trung bình"],
    [50, "Trung bình"],
    [49, "Kém"],
    [0, "Kém"],
  ])("%i points → %s", (points, grade) => {
    const d = decideGrade([crit("a", 60, Math.min(points, 60)), crit("b", 40, Math.max(0, points - 60))], defaultGradeBands);
    expect(d.grade).toBe(grade);
  });

  it("a criterion that must be full and is not keeps 95 points at Khá, and says why", () => {
    const d = decideGrade([crit("a", 90, 90), crit("b", 10, 5, true)], defaultGradeBands);
    expect(d.grade).toBe("Khá");
    expect(d.reason).toBe("95/100 điểm, nhưng chưa đạt điểm tối đa ở “Tiêu chí b” nên xếp loại Khá: xếp loại Tốt cần đạt điểm tối đa ở các tiêu chí bắt buộc.");
  });

  it("the full-marks rule does not lift or lower other grades", () => {
    expect(decideGrade([crit("a", 90, 70), crit("b", 10, 5, true)], defaultGradeBands).grade).toBe("Khá");
    expect(decideGrade([crit("a", 90, 40), crit("b", 10, 5, true)], defaultGradeBands).grade).toBe("Kém");
  });

  it.each<[string, ScoredCriterion[], string | null]>([
    ["40 known, 5 pending: Kém whatever they are", [crit("a", 95, 40), crit("b", 5, null)], "Kém"],
    ["65 known, 10 pending (65–75): Trung bình or Khá", [crit("a", 90, 65), crit("b", 10, null)], null],
    ["75 known, 10 pending (75–85): Khá whatever they are", [crit("a", 90, 75), crit("b", 10, null)], "Khá"],
    ["85 known, 10 pending (85–95): Khá or Tốt", [crit("a", 90, 85), crit("b", 10, null)], null],
    ["90 known, a pending criterion that must be full: Khá or Tốt", [crit("a", 95, 92), crit("b", 5, null, true)], null],
    ["95 known, a must-be-full criterion short, 3 pending: Khá whatever they are", [crit("a", 90, 90), crit("b", 7, 5, true), crit("c", 3, null)], "Khá"],
  ])("%s", (_name, criteria, grade) => {
    const d = decideGrade(criteria, defaultGradeBands);
    expect(d.grade).toBe(grade);
    if (grade === null) expect(d.reason).toMatch(/chưa xếp loại được: có thể từ (Kém|Trung bình|Khá) đến (Khá|Tốt)/);
  });
});

/** Every judgement criterion of the card at `max − minus[id]` points. */
function scoreWithJudgement(doc: DocModel, profile: "hd12" | "hd42", minus: Record<string, number> = {}): ScoreResult {
  const check = checkDocument(doc, { today: TODAY, contentProfile: profile });
  const first = scoreMeeting(doc, check);
  if (!first.ok) throw new Error(first.errors.join("\n"));
  const given = Object.fromEntries(first.result.criteria.filter((c) => !c.auto).map((c) => [c.id, c.max - (minus[c.id] ?? 0)]));
  const out = scoreMeeting(doc, check, { given });
  if (!out.ok) throw new Error(out.errors.join("\n"));
  return out.result;
}

describe("G-BT (hd12): Tốt needs full marks on attendance, duration, participation, minutes-keeping", () => {
  it.each<[string, MinutesFacts, Record<string, number>, number, string]>([
    ["everything full", {}, {}, 100, "Tốt"],
    ["exactly 90 with the four criteria full", {}, { "bt-ket-qua": 10 }, 90, "Tốt"],
    ["89 with the four criteria full", {}, { "bt-ket-qua": 11 }, 89, "Khá"],
    ["90 but the meeting lasted 89 minutes", { end: "20 giờ 59" }, {}, 90, "Khá"],
    ["90 but only 5 of 20 spoke", { speakers: 5 }, {}, 90, "Khá"],
    ["90 but the minutes were not adopted in them", { drop: [/^Biên bản đã được/] }, { "bt-ket-qua": 8 }, 90, "Khá"],
    ["85 with attendance at exactly 85 %", { present: 17 }, {}, 85, "Khá"],
  ])("%s", (_name, f, minus, total, grade) => {
    const r = scoreWithJudgement(meetingMinutes(f), "hd12", minus);
    expect(r.pending).toBe(0);
    expect(r.total).toBe(total);
    expect(r.grade).toBe(grade);
  });

  it("the HD 42-era frame has no such rule: 90 with a short meeting is Tốt", () => {
    const r = scoreWithJudgement(meetingMinutes({ end: "20 giờ 59", speakers: 11 }), "hd42", { "hd42-ket-qua": 9 });
    expect(r.total).toBe(90);
    expect(r.grade).toBe("Tốt");
  });
});

describe("scoreMeeting", () => {
  const doc = meetingMinutes({ present: 17 });
  const check = checkDocument(doc, { today: TODAY });

  it("picks the card of the meeting date's profile and totals only what is known", () => {
    const out = scoreMeeting(doc, check);
    if (!out.ok) throw new Error();
    const r = out.result;
    expect(r.scorecard.id).toBe("hd42-100");
    expect(r.profile).toBe("hd42 + qd66-hd36");
    expect(r.max).toBe(100);
    // duration 5 + attendance 3 + speakers 4 + minutes 1 + conclusion 2 + adoption 2
    expect(r.total).toBe(17);
    expect(r.pending).toBe(81);
    expect(r.grade).toBeNull();
    expect(r.shortcomings).toEqual([
      "Tỷ lệ tham dự 85% (17/20 đồng chí), chưa đạt mức từ 90% trở lên.",
      "Chỉ 8/17 đồng chí có mặt phát biểu ý kiến (47,1%).",
    ]);
  });

  it("an HD 12-era meeting gets the G-BT card", () => {
    const old = meetingMinutes({ date: "2024-11-05" });
    const out = scoreMeeting(old, checkDocument(old, { today: TODAY }));
    expect(out.ok && out.result.scorecard).toMatchObject({ id: "bt-hd12", origin: { kind: "builtin", confidence: "B" } });
  });

  it("keeps the computed points beside the chi bộ's correction", () => {
    const out = scoreMeeting(doc, check, { given: { "hd42-ty-le-du": 4, "hd42-chuan-bi": 8 } });
    if (!out.ok) throw new Error();
    const att = out.result.criteria.find((c) => c.id === "hd42-ty-le-du")!;
    expect(att).toMatchObject({ points: 4, computed: 3, given: true, auto: true });
    expect(out.result.criteria.find((c) => c.id === "hd42-chuan-bi")).toMatchObject({ points: 8, given: true, explanation: "Chi bộ chấm 8/10 điểm." });
    expect(out.result.total).toBe(26);
  });

  it.each<[string, Record<string, number>, RegExp]>([
    ["an unknown criterion", { "hd42-khong-co": 1 }, /không có tiêu chí “hd42-khong-co”\. Các tiêu chí: hd42-thoi-luong, /],
    ["more than the maximum", { "hd42-chuan-bi": 11 }, /Điểm của tiêu chí “Công tác chuẩn bị” phải là số nguyên từ 0 đến 10\./],
    ["a negative number", { "hd42-chuan-bi": -1 }, /từ 0 đến 10/],
    ["a fraction", { "hd42-chuan-bi": 7.5 }, /số nguyên/],
  ])("refuses the chi bộ's points for %s, in Vietnamese", (_name, given, message) => {
    const out = scoreMeeting(doc, check, { given });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.join("\n")).toMatch(message);
  });

  it("grades only the minutes of a chi bộ meeting", () => {
    const nq = sampleResolution();
    const out = scoreMeeting(nq, checkDocument(nq, { today: TODAY }));
    expect(out).toEqual({ ok: false, errors: ["Chấm điểm chất lượng chỉ dành cho biên bản sinh hoạt chi bộ (thường kỳ hoặc chuyên đề); văn bản này là nghị quyết chi bộ."] });
  });
});
