/** Bugs found by `npm run fuzz`, one test each, so they stay fixed. */
import { checkDocument } from "../../src/core/engine/check-document";
import { readDocx } from "../../src/docx/read-docx";
import { p, rawDocx } from "../helpers/raw-docx";

const today = "2026-11-27";

describe("fuzz regressions", () => {
  it("deep tables with many paragraphs inside cost depth + paragraphs, not depth × paragraphs", () => {
    // 3,000 nested tables holding 3,000 paragraphs listed every paragraph in every cell: 9 M entries
    // here, gigabytes at 30,000 (a 3 KB zip). Now each paragraph is listed in its innermost 64 cells.
    const n = 3000;
    const doc = readDocx(rawDocx({ body: "<w:tbl><w:tr><w:tc>".repeat(n) + p("x").repeat(n) + "</w:tc></w:tr></w:tbl>".repeat(n) }));
    expect(doc.tables).toHaveLength(n);
    expect(doc.tables[n - 1]?.depth).toBe(n - 1);
    const listed = doc.tables.reduce((sum, t) => sum + t.rows.flatMap((r) => r.cells).reduce((s, c) => s + c.paragraphs.length, 0), 0);
    expect(listed).toBe(64 * n);
    expect(doc.tables[n - 1]?.rows[0]?.cells[0]?.paragraphs).toHaveLength(n);
  });

  it("deep content controls with many paragraphs inside: exact spans, bounded tags", () => {
    const n = 3000;
    const open = '<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>';
    const doc = readDocx(rawDocx({ body: p("trước") + open.repeat(n) + p("x").repeat(n) + "</w:sdtContent></w:sdt>".repeat(n) + p("sau") }));
    expect(doc.controls).toHaveLength(n);
    for (const c of doc.controls) expect([c.first, c.last]).toEqual([1, n]);
    expect(doc.paragraphs[1]?.controlTags).toHaveLength(64);
    expect(doc.paragraphs[0]?.controlTags).toEqual([]);
    expect(doc.paragraphs[n + 1]?.controlTags).toEqual([]);
    // One paragraph at each level: the outer control spans all of them, the inner only the last.
    const stairs = readDocx(rawDocx({ body: (open + p("x")).repeat(5) + "</w:sdtContent></w:sdt>".repeat(5) }));
    expect(stairs.controls.map((c) => [c.first, c.last])).toEqual([[0, 4], [1, 4], [2, 4], [3, 4], [4, 4]]);
    expect(stairs.paragraphs.map((x) => x.controlTags.length)).toEqual([1, 2, 3, 4, 5]);
  });

  it("checks a paragraph of megabytes of spaces without a regular-expression stack overflow", () => {
    // Was: RangeError "Maximum call stack size exceeded" from the header's column-gap pattern.
    const doc = readDocx(rawDocx({ body: p(" ".repeat(6 * 1024 * 1024)) + p("Thời gian: 19 giờ 30 phút.") }));
    expect(() => checkDocument(doc, { today })).not.toThrow();
  });
});

describe("fuzz regressions: the checker on enormous paragraphs", () => {
  it("checks megabytes of text full of blank marks in linear time (was: the whole text re-read per mark)", () => {
    // 3 MB of this hung the check for minutes. Counted, not timed: the same findings at any length.
    const pattern = "Tổng số đảng viên: 14/14 đồng chí tán thành (100%), ..........:";
    const findingsOf = (k: number) => checkDocument(readDocx(rawDocx({ body: p("BIÊN BẢN") + p(pattern.repeat(k)) })), { today }).findings.map((f) => f.ruleId);
    expect(findingsOf(4000)).toEqual(findingsOf(20));
  });

  it("checks megabytes of times and blank marks in linear time (was: every mark compared with every earlier one)", () => {
    // 6 MB of this took 14 s in the fuzz run (seed 2484139423). Counted, not timed, as above.
    const pattern = "19 giờ 30 phút đ/c ..........";
    const findingsOf = (k: number) => checkDocument(readDocx(rawDocx({ body: p("BIÊN BẢN") + p(pattern.repeat(k)) })), { today }).findings.map((f) => f.ruleId);
    expect(findingsOf(20000)).toEqual(findingsOf(20));
  });
});

describe("fuzz regressions: many votes in one enormous paragraph", () => {
  it("gives every vote the paragraph's subject (read once per paragraph; was once per clause, quadratic)", () => {
    // 1 MB of this took 40 s in the fuzz run. Counted, not timed: the same votes at any length.
    const unit = "14/14 đồng chí tán thành (100%), I. II. III. Tổng số đảng viên: …";
    const votesOf = (k: number) => {
      const facts = checkDocument(readDocx(rawDocx({ body: p("BIÊN BẢN") + p(`Biểu quyết thông qua nghị quyết. ${unit.repeat(k)}`) })), { today }).facts;
      return { count: facts.votes.length, subjects: [...new Set(facts.votes.map((v) => v.subject))] };
    };
    expect(votesOf(3000)).toEqual({ count: 3000, subjects: votesOf(3).subjects });
    expect(votesOf(3).subjects).toEqual(["resolution"]);
  });
});
