/**
 * Recording the grade (BB.QUALITY_GRADE): the scorecard written into a biên bản — as lines through
 * an insert-paragraphs fix at insertionPoint(…, "BB.QUALITY_GRADE"), through writeDocx → readDocx,
 * and as a real table in a .docx — is read back identically, changes no other fact of the minutes,
 * and satisfies the checker. The reader also takes other phrasings of process.md §9.
 */
import { checkDocument, type CheckResult } from "../../../src/core/engine/check-document";
import { extractFacts } from "../../../src/core/facts/extract-facts";
import type { Facts } from "../../../src/core/facts/types";
import { insertionPoint } from "../../../src/core/locate/insertion-point";
import { locateElements } from "../../../src/core/locate/locate-elements";
import { applyFix } from "../../../src/core/model/apply-fix";
import type { DocModel } from "../../../src/core/model/types";
import {
  gradeRecordOf,
  readRecordedGrade,
  scoreMeeting,
  scorecardParagraphs,
  scorecardTable,
  type ScoreResult,
} from "../../../src/core/scorecard";
import type { BlockSpec, ParagraphSpec, TableSpec } from "../../../src/docx/docx-spec";
import { readDocx } from "../../../src/docx/read-docx";
import { writeDocx } from "../../../src/docx/write-docx";
import { makeDoc, header, p, type Item } from "../../helpers/make-doc";
import { modelToDocxSpec } from "../../helpers/model-to-docx";
import { minutesBody, minutesSignatures, sampleMinutes, without } from "../../helpers/samples";
import { meetingMinutes, type MinutesFacts } from "./meeting-minutes";

const TODAY = "2026-11-27";

function check(doc: DocModel, contentProfile?: "hd12" | "hd42"): CheckResult {
  return checkDocument(doc, { today: TODAY, contentProfile });
}

/** The card with every judgement criterion at max − `minus`, or left open when `minus` is null. */
function scored(doc: DocModel, contentProfile: "hd12" | "hd42", minus: number | null): ScoreResult {
  const c = check(doc, contentProfile);
  const first = scoreMeeting(doc, c);
  if (!first.ok) throw new Error(first.errors.join("\n"));
  if (minus === null) return first.result;
  const given = Object.fromEntries(first.result.criteria.filter((x) => !x.auto).map((x) => [x.id, Math.max(0, x.max - minus)]));
  const out = scoreMeeting(doc, c, { given });
  if (!out.ok) throw new Error(out.errors.join("\n"));
  return out.result;
}

function insertLines(doc: DocModel, result: ScoreResult): DocModel {
  const at = insertionPoint(doc, extractFacts(doc), "bien-ban-thuong-ky", "BB.QUALITY_GRADE");
  return applyFix(doc, { kind: "insert-paragraphs", after: at.after, ref: at.ref, paragraphs: scorecardParagraphs(result) });
}

const roundTrip = (doc: DocModel) => readDocx(writeDocx(modelToDocxSpec(doc)));

/** Facts without positions, which move when paragraphs are inserted. */
const placeless = (facts: Facts) => JSON.parse(JSON.stringify(facts, (k, v) => (["paragraph", "start", "end", "bodyStart"].includes(k) ? undefined : v))) as unknown;

const findingKeys = (c: CheckResult) => c.findings.map((f) => `${f.elementId} ${f.message}`).sort();

describe("scorecardParagraphs", () => {
  it("writes the criteria, the total, the grade sentence of process.md §9 and the shortcomings", () => {
    const r = scored(meetingMinutes({ end: "20 giờ 59" }), "hd12", 0);
    expect(scorecardParagraphs(r).map((x) => x.text)).toEqual([
      "Bảng chấm điểm chất lượng buổi sinh hoạt:",
      "1. Tỷ lệ đảng viên tham dự đạt mức quy định, không ai vắng không lý do: 15/15 điểm.",
      "2. Không có đảng viên vắng có lý do quá 3 lần liên tiếp trong năm: 5/5 điểm.",
      "3. Công tác chuẩn bị: 10/10 điểm.",
      "4. Thời lượng sinh hoạt đủ mức tối thiểu: 0/10 điểm.",
      "5. Nhiều đảng viên phát biểu ý kiến: 10/10 điểm.",
      "6. Ghi biên bản đầy đủ: 10/10 điểm.",
      "7. Đúng giờ, đúng trình tự, đủ nội dung; biểu dương, nhắc nhở: 10/10 điểm.",
      "8. Thực hiện nguyên tắc tổ chức và sinh hoạt đảng: 15/15 điểm.",
      "9. Kết quả thực hiện nghị quyết, kết luận tháng trước: 15/15 điểm.",
      "Tổng cộng: 90/100 điểm.",
      "Chi bộ tự đánh giá: 90 điểm, xếp loại Khá.",
      "Hạn chế:",
      "- Buổi sinh hoạt kéo dài 89 phút, ít hơn mức tối thiểu 90 phút.",
    ]);
    expect(scorecardParagraphs(r).every((x) => x.tag === "BB.QUALITY_GRADE")).toBe(true);
  });

  it("writes blanks for what is not scored yet", () => {
    const lines = scorecardParagraphs(scored(meetingMinutes(), "hd42", null)).map((x) => x.text);
    expect(lines).toContain("4. Công tác chuẩn bị: …/10 điểm.");
    expect(lines).toContain("Tổng cộng: …/100 điểm.");
    expect(lines).toContain("Chi bộ tự đánh giá: … điểm, xếp loại ….");
  });
});

describe("a scorecard inserted into minutes is read back identically", () => {
  const cases: [string, MinutesFacts, "hd12" | "hd42", number | null][] = [
    ["G-BT card, full marks (Tốt)", {}, "hd12", 0],
    ["G-BT card with shortcomings (Khá)", { present: 17, unexcused: 1, end: "20 giờ 59", speakers: 5 }, "hd12", 1],
    ["HD 42 card, decided (Tốt)", { speakers: 11 }, "hd42", 0],
    ["HD 42 card with shortcomings", { present: 15, end: "20 giờ 29", speakers: 3, drop: [/^Biên bản đã được/] }, "hd42", 2],
    ["HD 42 card not yet judged (blanks)", {}, "hd42", null],
  ];

  it.each(cases)("%s, through an insert-paragraphs fix", (_name, f, profile, minus) => {
    const doc = meetingMinutes(f);
    const r = scored(doc, profile, minus);
    const next = insertLines(doc, r);
    const facts = extractFacts(next);
    expect(readRecordedGrade(next, facts)).toEqual(gradeRecordOf(r));
    expect(readRecordedGrade(next, facts).table).toEqual(r.criteria.map((c) => ({ label: c.label, max: c.max, points: c.points })));
    // The scorecard goes after the vote, before the adoption of the minutes (process.md §3, K4).
    const at = next.paragraphs.findIndex((x) => x.text === "Bảng chấm điểm chất lượng buổi sinh hoạt:");
    expect(next.paragraphs[at - 1]!.text).toMatch(/^Biểu quyết/);
    // No other fact of the minutes changes: attendance, votes, speakers, tasks, times, dates.
    expect(placeless(facts)).toEqual(placeless(extractFacts(doc)));
  });

  it.each(cases)("%s, after writeDocx → readDocx", (_name, f, profile, minus) => {
    const doc = meetingMinutes(f);
    const r = scored(doc, profile, minus);
    const read = roundTrip(insertLines(doc, r));
    expect(readRecordedGrade(read, extractFacts(read))).toEqual(gradeRecordOf(r));
  });

  it("satisfies the checker once recorded, and is where the step-by-step view looks", () => {
    const doc = meetingMinutes({ present: 17, unexcused: 1, speakers: 5 });
    const before = check(doc, "hd12");
    expect(before.findings.map((f) => f.elementId)).toContain("BB.QUALITY_GRADE");
    const next = insertLines(doc, scored(doc, "hd12", 0));
    const after = check(next, "hd12");
    expect(findingKeys(after)).toEqual(findingKeys(before).filter((k) => !k.startsWith("BB.QUALITY_GRADE")));
    const spans = locateElements(next, after.facts, "bien-ban-thuong-ky").get("BB.QUALITY_GRADE") ?? [];
    expect(spans.map((s) => next.paragraphs[s.paragraph]!.text)[0]).toBe("Bảng chấm điểm chất lượng buổi sinh hoạt:");
  });

  it("blanks left in the record are reported until filled in", () => {
    const doc = meetingMinutes();
    const after = check(insertLines(doc, scored(doc, "hd42", null)), "hd42");
    expect(after.findings.some((f) => f.elementId === "CHK.PLACEHOLDERS")).toBe(true);
  });
});

describe("a scorecard recorded as a real table in a .docx", () => {
  const text = (b: BlockSpec) => (b.type === "paragraph" ? (b.children ?? []).map((c) => ("text" in c ? c.text : "")).join("") : "");
  const para = (t: string, bold = false): ParagraphSpec => ({ type: "paragraph", text: t, format: bold ? { bold: true } : {} });

  it.each<["hd12" | "hd42", number]>([
    ["hd12", 0],
    ["hd42", 3],
  ])("%s card is read back identically and changes nothing else", (profile, minus) => {
    const doc = meetingMinutes({ present: 18, speakers: 7 });
    const r = scored(doc, profile, minus);
    const layout = scorecardTable(r);
    const spec = modelToDocxSpec(doc);
    const anchor = spec.blocks.findIndex((b) => text(b).startsWith("Biểu quyết"));
    const grid: TableSpec = {
      type: "table",
      columnWidths: layout.table.columnWidths,
      rows: layout.table.rows.map((cells) => ({ cells: cells.map((c) => ({ blocks: [para(c)] })) })),
    };
    spec.blocks.splice(anchor + 1, 0, para(layout.title.text, true), grid, ...layout.after.map((x) => para(x.text)));
    const read = readDocx(writeDocx(spec));
    const facts = extractFacts(read);
    expect(readRecordedGrade(read, facts)).toEqual(gradeRecordOf(r));
    expect(placeless(facts)).toEqual(placeless(extractFacts(doc)));
    const before = check(roundTrip(doc), profile);
    expect(findingKeys(check(read, profile))).toEqual(findingKeys(before).filter((k) => !k.startsWith("BB.QUALITY_GRADE")));
  });

  it("has a header row, one row per criterion and the total", () => {
    const r = scored(meetingMinutes(), "hd12", 0);
    const rows = scorecardTable(r).table.rows;
    expect(rows[0]).toEqual(["TT", "Tiêu chí", "Điểm tối đa", "Điểm chấm"]);
    expect(rows[1]).toEqual(["1", "Tỷ lệ đảng viên tham dự đạt mức quy định, không ai vắng không lý do", "15", "15"]);
    expect(rows.at(-1)).toEqual(["", "Tổng cộng", "100", "100"]);
    expect(rows).toHaveLength(r.criteria.length + 2);
  });
});

describe("readRecordedGrade: other ways minutes record the grade", () => {
  const minutesWith = (...lines: Item[]) =>
    makeDoc(header(), without(minutesBody, /tự đánh giá|Biên bản đã được|kết thúc vào/), lines, "Cuộc họp kết thúc vào lúc 21 giờ 15 phút cùng ngày.", minutesSignatures);
  const read = (doc: DocModel) => readRecordedGrade(doc, extractFacts(doc));

  it.each<[string, string, object]>([
    ["the sample's sentence", "Chi bộ tự đánh giá: 92 điểm, xếp loại Tốt.", { points: 92, grade: "Tốt" }],
    ["grade first, points in brackets", "Xếp loại: Khá (85/100).", { points: 85, grade: "Khá" }],
    ["with the table attached", "Chi bộ tự đánh giá: 72 điểm, xếp loại Khá (có bảng chấm điểm kèm theo).", { points: 72, grade: "Khá" }],
    ["the grade only", "Chất lượng buổi sinh hoạt đạt loại Trung bình.", { grade: "Trung bình" }],
  ])("%s", (_name, line, expected) => {
    expect(read(minutesWith(line))).toEqual(expected);
  });

  it("nothing when the minutes record no grade", () => {
    expect(read(sampleMinutes(without(minutesBody, /tự đánh giá/)))).toEqual({});
  });

  it("a table of another layout: its own column titles, group headings and total row", () => {
    const row = (...cells: string[]) => cells.map((c) => [c]);
    const grid = {
      kind: "table" as const,
      borderless: false,
      rows: [
        row("STT", "Nội dung tiêu chí", "Thang điểm", "Điểm tự chấm"),
        row("I", "Tỷ lệ đảng viên dự sinh hoạt", "", ""),
        row("1", "Tỷ lệ tham dự", "20", "18"),
        row("2", "Thời lượng", "10", ""),
        row("", "Tổng cộng", "30", "18"),
      ],
    };
    expect(read(minutesWith(p("Bảng chấm điểm:", { format: { bold: true } }), grid, "Chi bộ tự đánh giá: 88 điểm, xếp loại Khá."))).toEqual({
      points: 88,
      grade: "Khá",
      table: [
        { label: "Tỷ lệ tham dự", max: 20, points: 18 },
        { label: "Thời lượng", max: 10, points: null },
      ],
    });
  });
});
