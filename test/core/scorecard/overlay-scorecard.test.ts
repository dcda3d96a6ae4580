/**
 * A Văn phòng's own scorecard in an overlay file (guidance.md "Local overlays": the local scorecard —
 * criteria, points, bands, criteria that must be full for "Tốt"): read by parseOverlay, chosen over
 * the built-in card, scored with its own bands, and refused field by field in Vietnamese.
 */
import { checkDocument } from "../../../src/core/engine/check-document";
import { extractFacts } from "../../../src/core/facts/extract-facts";
import { insertionPoint } from "../../../src/core/locate/insertion-point";
import { applyFix } from "../../../src/core/model/apply-fix";
import { parseOverlay } from "../../../src/core/profiles/parse-overlay";
import type { Profile } from "../../../src/core/profiles/types";
import { gradeRecordOf, readRecordedGrade, scoreMeeting, scorecardParagraphs, type ScoreResult } from "../../../src/core/scorecard";
import { meetingMinutes, type MinutesFacts } from "./meeting-minutes";

const TODAY = "2026-11-27";

const localCard = {
  label: "Bảng điểm của Đảng ủy xã Tuy Lộc",
  bands: [
    { grade: "Tốt", min: 85 },
    { grade: "Khá", min: 65 },
    { grade: "Trung bình", min: 45 },
    { grade: "Kém", min: 0 },
  ],
  criteria: [
    {
      id: "ty-le-du",
      label: "Tỷ lệ đảng viên dự họp",
      max: 30,
      auto: "attendance",
      bands: [{ min: 95, points: 30 }, { min: 80, points: 20 }, { points: 10 }],
      unexcusedPoints: 5,
      mustBeFull: true,
    },
    { id: "thoi-luong", label: "Thời lượng", max: 20, auto: "duration", bands: [{ min: "profile", points: 20 }, { shortAtMost: 10, points: 10 }] },
    { id: "phat-bieu", label: "Số đồng chí có mặt phát biểu", max: 10, auto: "speakers", bands: [{ min: 50, comparator: ">", points: 10 }, { points: 5 }] },
    {
      id: "ghi-bien-ban",
      label: "Biểu quyết thông qua nghị quyết, biên bản",
      max: 20,
      auto: "recorded",
      items: [
        { element: "BB.VOTE", points: 10 },
        { element: "BB.MINUTES_ADOPTED", points: 5 },
        { element: "LOC.HOC_TAP_BAC", points: 5 },
      ],
    },
    { id: "ket-qua", label: "Kết quả thực hiện nghị quyết", max: 20, guidance: "Đối chiếu chỉ tiêu.", evidence: ["BB.REVIEW"] },
  ],
};

const overlayJson = {
  id: "tuy-loc-2025",
  label: "Đảng ủy xã Tuy Lộc",
  extraElements: [{ id: "LOC.HOC_TAP_BAC", label: "Học tập và làm theo Bác", phrases: ["học tập và làm theo"] }],
  scorecard: localCard,
};

function overlay(json: unknown): Profile {
  const r = parseOverlay(json);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.profile;
}

function score(f: MinutesFacts, given: Record<string, number> = {}): ScoreResult {
  const doc = meetingMinutes(f);
  const out = scoreMeeting(doc, checkDocument(doc, { today: TODAY, overlays: [overlay(overlayJson)] }), { given });
  if (!out.ok) throw new Error(out.errors.join("\n"));
  return out.result;
}

const points = (r: ScoreResult) => Object.fromEntries(r.criteria.map((c) => [c.id, c.points]));
const studied = "Chi bộ tổ chức học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.";

describe("an overlay's scorecard", () => {
  it("is read with the overlay and replaces the built-in card, whatever the era", () => {
    const p = overlay(overlayJson);
    expect(p.scorecard).toMatchObject({ id: "tuy-loc-2025", label: localCard.label, origin: { kind: "overlay", overlayId: "tuy-loc-2025" } });
    expect(score({}).scorecard.id).toBe("tuy-loc-2025");
    expect(score({ date: "2024-11-05" }).scorecard.id).toBe("tuy-loc-2025");
  });

  it.each<[string, MinutesFacts, Record<string, number | null>]>([
    ["everything there", { present: 19, extra: [studied] }, { "ty-le-du": 30, "thoi-luong": 20, "phat-bieu": 5, "ghi-bien-ban": 20, "ket-qua": null }],
    ["80 % present, 10 minutes short, local element missing", { present: 16, end: "20 giờ 50" }, { "ty-le-du": 20, "thoi-luong": 10, "phat-bieu": 5, "ghi-bien-ban": 15, "ket-qua": null }],
    ["one unexcused absence, 11 minutes short, more than half spoke", { present: 19, unexcused: 1, end: "20 giờ 49", speakers: 10 }, { "ty-le-du": 5, "thoi-luong": 0, "phat-bieu": 10, "ghi-bien-ban": 15, "ket-qua": null }],
  ])("scores with its own bands: %s", (_name, f, expected) => {
    expect(points(score(f))).toEqual(expected);
  });

  it("grades with its own bands and its own must-be-full criteria", () => {
    // 30 + 20 + 5 + 20 + 10 = 85: Tốt from 85 on this card.
    expect(score({ present: 20, extra: [studied] }, { "ket-qua": 10 }).grade).toBe("Tốt");
    // 20 + 20 + 5 + 20 + 20 = 85, but attendance is not full: Khá.
    expect(score({ present: 16, extra: [studied] }, { "ket-qua": 20 }).grade).toBe("Khá");
  });

  it("with labels that use meeting words, recorded in the minutes, still changes no fact and reads back", () => {
    const doc = meetingMinutes({ present: 16, end: "20 giờ 50" });
    const check = checkDocument(doc, { today: TODAY, overlays: [overlay(overlayJson)] });
    const out = scoreMeeting(doc, check, { given: { "ket-qua": 12 } });
    if (!out.ok) throw new Error();
    const at = insertionPoint(doc, check.facts, "bien-ban-thuong-ky", "BB.QUALITY_GRADE");
    const next = applyFix(doc, { kind: "insert-paragraphs", after: at.after, ref: at.ref, paragraphs: scorecardParagraphs(out.result) });
    const placeless = (x: unknown) => JSON.stringify(x, (k, v) => (["paragraph", "start", "end", "bodyStart"].includes(k) ? undefined : v));
    expect(placeless(extractFacts(next))).toBe(placeless(check.facts));
    expect(readRecordedGrade(next, extractFacts(next))).toEqual(gradeRecordOf(out.result));
  });
});

describe("parseOverlay refuses a scorecard it does not understand, in Vietnamese", () => {
  const withCard = (card: unknown) => ({ id: "xa-a", scorecard: card });
  const criterion = (over: object) => ({ label: "Thẻ", criteria: [{ id: "a", label: "A", max: 10, ...over }], bands: [{ grade: "Kém", min: 0 }] });

  it.each<[string, unknown, string]>([
    ["not an object", [], `"scorecard" phải là một đối tượng`],
    ["an unknown key", { label: "Thẻ", criteria: [{ id: "a", label: "A", max: 10 }], diem: 1 }, `"scorecard.diem" không phải là một mục được hỗ trợ.`],
    ["no label", { criteria: [{ id: "a", label: "A", max: 10 }] }, `"scorecard.label" phải là một chuỗi không rỗng.`],
    ["no criteria", { label: "Thẻ", criteria: [] }, `"scorecard.criteria" cần ít nhất một tiêu chí.`],
    ["a bad id", criterion({ id: "Tỷ lệ" }), `"scorecard.criteria[0].id" phải là chuỗi chữ thường, số và gạch nối`],
    ["a zero maximum", criterion({ max: 0 }), `"scorecard.criteria[0].max" phải là số nguyên dương`],
    ["a fractional maximum", criterion({ max: 7.5 }), `"scorecard.criteria[0].max" phải là số nguyên dương`],
    ["an unknown source", criterion({ auto: "votes" }), `"scorecard.criteria[0].auto" chỉ nhận "attendance", "duration", "speakers", "recorded".`],
    ["a misspelt criterion key", criterion({ mustbefull: true }), `"scorecard.criteria[0].mustbefull" không phải là một mục được hỗ trợ.`],
    ["bands missing", criterion({ auto: "attendance" }), `"scorecard.criteria[0].bands" cần ít nhất một mức điểm.`],
    ["a band above the maximum", criterion({ auto: "attendance", bands: [{ min: 90, points: 12 }] }), `"scorecard.criteria[0].bands[0].points" phải là số nguyên từ 0 đến 10`],
    ["a percentage above 100", criterion({ auto: "speakers", bands: [{ min: 120, points: 5 }] }), `"scorecard.criteria[0].bands[0].min" phải là số nguyên từ 0 đến 100`],
    ["a catch-all band before the last", criterion({ auto: "speakers", bands: [{ points: 5 }, { min: 50, points: 10 }] }), `"scorecard.criteria[0].bands[0]" không có điều kiện nên phải là mức cuối cùng.`],
    ["minutes short outside duration", criterion({ auto: "attendance", bands: [{ shortAtMost: 10, points: 5 }] }), `"scorecard.criteria[0].bands[0].shortAtMost" chỉ dùng cho tiêu chí "auto": "duration".`],
    ["a bad comparator", criterion({ auto: "speakers", bands: [{ min: 50, comparator: "=>", points: 5 }] }), `"scorecard.criteria[0].bands[0].comparator" chỉ nhận ">" hoặc ">=".`],
    ["bands on a judged criterion", criterion({ bands: [{ points: 5 }] }), `"scorecard.criteria[0].bands" chỉ dùng cho tiêu chí "auto": "attendance", "duration" hoặc "speakers".`],
    ["unexcused points outside attendance", criterion({ auto: "duration", bands: [{ points: 5 }], unexcusedPoints: 1 }), `"scorecard.criteria[0].unexcusedPoints" chỉ dùng cho tiêu chí "auto": "attendance".`],
    ["items that do not add up", criterion({ auto: "recorded", items: [{ element: "BB.VOTE", points: 4 }, { element: "BB.CONCLUSION", points: 4 }] }), `tổng điểm các yếu tố là 8, phải bằng điểm tối đa 10`],
    ["items with and without points", criterion({ auto: "recorded", items: [{ element: "BB.VOTE", points: 10 }, { element: "BB.CONCLUSION" }] }), `hoặc mọi yếu tố đều có "points"`],
    ["an unknown element", criterion({ auto: "recorded", items: [{ element: "BB.KHONG_CO", points: 10 }] }), `"scorecard.criteria[0].items[0].element": mã yếu tố "BB.KHONG_CO" không có trong danh mục.`],
    ["no items", criterion({ auto: "recorded" }), `"scorecard.criteria[0].items" phải là danh sách các yếu tố cần ghi`],
    ["an unknown evidence element", criterion({ evidence: ["BB.XYZ"] }), `"scorecard.criteria[0].evidence": mã yếu tố "BB.XYZ" không có trong danh mục.`],
    ["two criteria with one id", { label: "Thẻ", criteria: [{ id: "a", label: "A", max: 50 }, { id: "a", label: "B", max: 50 }] }, `"scorecard.criteria[1].id": tiêu chí "a" đã có ở trên.`],
    ["an unknown grade", { ...criterion({}), bands: [{ grade: "Xuất sắc", min: 0 }] }, `"scorecard.bands[0].grade" chỉ nhận "Tốt", "Khá", "Trung bình" hoặc "Kém".`],
    ["bands out of order", { ...criterion({}), bands: [{ grade: "Khá", min: 5 }, { grade: "Tốt", min: 8 }, { grade: "Kém", min: 0 }] }, `"scorecard.bands" phải xếp từ loại cao đến loại thấp`],
    ["no band from 0", { ...criterion({}), bands: [{ grade: "Tốt", min: 9 }, { grade: "Khá", min: 5 }] }, `mức cuối cùng phải có "min": 0`],
    ["a top band out of reach", { ...criterion({}), bands: [{ grade: "Tốt", min: 90 }, { grade: "Kém", min: 0 }] }, `loại Tốt cần 90 điểm nhưng tổng điểm tối đa của các tiêu chí chỉ là 10.`],
    ["an unknown guidance code", { ...criterion({}), guidance: ["G-XYZ"] }, `"scorecard.guidance": mã hướng dẫn "G-XYZ" không có trong danh mục.`],
  ])("%s", (_name, card, message) => {
    const r = parseOverlay(withCard(card));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join("\n")).toContain(message);
  });

  it("takes the spec's grade bands when the card gives none", () => {
    const r = parseOverlay(withCard({ label: "Thẻ", criteria: [{ id: "a", label: "A", max: 100 }] }));
    expect(r.ok && r.profile.scorecard?.bands.map((b) => `${b.grade} ${b.min}`)).toEqual(["Tốt 90", "Khá 70", "Trung bình 50", "Kém 0"]);
  });

  it("an overlay without a scorecard is unchanged", () => {
    const r = parseOverlay({ id: "xa-b" });
    expect(r.ok && "scorecard" in r.profile).toBe(false);
  });
});
