import type { DateFact, Facts } from "../../../../src/core/facts/types";
import { applyFix } from "../../../../src/core/model/apply-fix";
import rule from "../../../../src/core/rules/computed/date-format";
import { makeDoc } from "../../../helpers/make-doc";
import { facts, run, TODAY } from "./helpers/context";

/** A words-form date fact over `line` as the extraction would read it. */
function wordsDate(line: string, paragraph: number): DateFact {
  const m = /ngày\s+(\d+)\s+tháng\s+(\d+)\s+năm\s+(\d+)/i.exec(line.normalize("NFC"))!;
  return {
    paragraph,
    start: m.index,
    end: m.index + m[0].length,
    day: Number(m[1]),
    month: Number(m[2]),
    year: Number(m[3]),
    text: m[0],
    form: "words",
    dayText: m[1]!,
    monthText: m[2]!,
    valid: true,
  };
}

function check(line: string, where: "header" | "body" = "header") {
  const doc = makeDoc("CHI BỘ THÔN HÒA BÌNH", line);
  const d = wordsDate(line, 1);
  const f: Facts = where === "header" ? facts({ header: { bodyStart: 2, placeDate: { paragraph: 1, start: 0, end: line.length, text: line, date: d } }, documentDate: d }) : facts({ dates: [d] });
  const found = run(rule, f, { doc });
  const fixed = found.reduce((acc, x) => (x.fix ? applyFix(acc, x.fix) : acc), doc);
  return { found, text: fixed.paragraphs[1]?.text };
}

describe("bienban/date-format", () => {
  it.each([
    ["Tuy Lộc, ngày 05 tháng 11 năm 2025"],
    ["Hà Nội, ngày 03 tháng 4 năm 2018"],
    ["Hà Nội, ngày 09 tháng 01 năm 2026"],
    ["Hà Nội, ngày 20 tháng 02 năm 2018"],
    ["Hà Nội, ngày 06 tháng 02 năm 2017"],
    ["Gia Nghĩa, ngày 31 tháng 12 năm 2021"],
  ])("valid: %s", (line) => {
    expect(check(line).found).toEqual([]);
  });

  it.each([
    ["Tuy Lộc, ngày 5 tháng 11 năm 2025", "Tuy Lộc, ngày 05 tháng 11 năm 2025"],
    ["Tuy Lộc, ngày 15 tháng 03 năm 2025", "Tuy Lộc, ngày 15 tháng 3 năm 2025"],
    ["Tuy Lộc, ngày 9 tháng 1 năm 2026", "Tuy Lộc, ngày 09 tháng 01 năm 2026"],
    ["Tuy Lộc, ngày 20 tháng 2 năm 2026", "Tuy Lộc, ngày 20 tháng 02 năm 2026"],
    ["Tuy Lộc, ngày 1 tháng 010 năm 2025", "Tuy Lộc, ngày 01 tháng 10 năm 2025"],
    ["TUY LỘC, NGÀY 5 THÁNG 11 NĂM 2025", "TUY LỘC, NGÀY 05 THÁNG 11 NĂM 2025"],
    ["Tuy Lộc, ngày  7  tháng  09  năm 2025", "Tuy Lộc, ngày  07  tháng  9  năm 2025"],
  ])("fixes %s", (line, expected) => {
    const { found, text } = check(line);
    expect(found.map((f) => `${f.messageId}/${f.severity}`)).toEqual(["padding/warning"]);
    expect(text).toBe(expected);
  });

  it("checks the body's 'ngày … tháng … năm …' too", () => {
    const { found, text } = check("Hôm nay, vào lúc 19 giờ 30 phút, ngày 5 tháng 11 năm 2025, tại Nhà văn hóa thôn.", "body");
    expect(found[0]?.message).toBe("Ngày tháng “ngày 5 tháng 11 năm 2025” cần ghi là “ngày 05 tháng 11 năm 2025” (ngày 01–09 và tháng 01, 02 có số 0 ở trước; tháng 3 đến 12 thì không).");
    expect(text).toBe("Hôm nay, vào lúc 19 giờ 30 phút, ngày 05 tháng 11 năm 2025, tại Nhà văn hóa thôn.");
  });

  it("leaves slash dates alone", () => {
    const d: DateFact = { paragraph: 1, start: 0, end: 8, day: 5, month: 3, year: 2025, text: "5/3/2025", form: "numeric", dayText: "5", monthText: "3", valid: true };
    expect(run(rule, facts({ dates: [d] }), { doc: makeDoc("x", "5/3/2025") })).toEqual([]);
  });

  it("offers no fix on a decomposed (NFD) paragraph, whose offsets differ", () => {
    const line = "Tuy Lộc, ngày 5 tháng 11 năm 2025".normalize("NFD");
    const doc = makeDoc("CHI BỘ", line);
    const found = run(rule, facts({ dates: [wordsDate(line, 1)] }), { doc, today: TODAY });
    expect(found.map((f) => f.messageId)).toEqual(["padding"]);
    expect(found[0]?.fix).toBeNull();
    expect(found[0]?.location).toEqual({ paragraph: 1, ref: "p1" });
  });

  it("reports a date once when the header and the document date are the same fact", () => {
    expect(check("Tuy Lộc, ngày 5 tháng 11 năm 2025").found).toHaveLength(1);
  });
});
