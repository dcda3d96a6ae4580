import type { DocModel, Paragraph } from "../../src/core/model/types";
import { readDocx, writeDocx, type DocxSpec } from "../../src/docx";
import { SAMPLE_BODY_TEXTS, sampleMinutesSpec } from "../helpers/sample-minutes-spec";

function byText(model: DocModel, text: string): Paragraph {
  const para = model.paragraphs.find((p) => p.text === text);
  if (para === undefined) throw new Error(`no paragraph "${text}"`);
  return para;
}

describe("writeDocx → readDocx round trip", () => {
  const model = readDocx(writeDocx(sampleMinutesSpec()));

  it("reads every paragraph in reading order, table cells included", () => {
    expect(model.source).toBe("docx");
    expect(model.paragraphs.map((p) => p.text)).toEqual([
      "ĐẢNG BỘ XÃ TUY LỘC",
      "CHI BỘ THÔN HÒA BÌNH",
      "*",
      "Số 11-BB/CB",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Tuy Lộc, ngày 05 tháng 11 năm 2025",
      "",
      "BIÊN BẢN",
      "sinh hoạt chi bộ thường kỳ tháng 11 năm 2025",
      "-----",
      ...SAMPLE_BODY_TEXTS,
      "Nội dung",
      "Bảng lồng",
      "",
      "I. PHẦN MỞ ĐẦU",
      "Nhập ý kiến thảo luận.",
      "THƯ KÝ",
      "Lê Thị B",
      "CHỦ TRÌ",
      "Nguyễn Văn A",
      "",
    ]);
    model.paragraphs.forEach((p, i) => {
      expect(p.index).toBe(i);
      expect(p.ref).toBe(`p${i}`);
      expect(p.raw).toBe(p.text);
      expect(p.runs.map((r) => r.text).join("")).toBe(p.raw);
    });
  });

  it("resolves run formatting: Normal's font and size, direct bold / italic / size", () => {
    expect(model.defaultFont).toBe("Times New Roman");
    expect(model.defaultSize).toBe(14);
    expect(byText(model, "ĐẢNG BỘ XÃ TUY LỘC").runs[0]?.format).toEqual({
      font: "Times New Roman",
      size: 14,
      bold: false,
      italic: false,
      underline: false,
      caps: false,
    });
    expect(byText(model, "CHI BỘ THÔN HÒA BÌNH").runs[0]?.format.bold).toBe(true);
    expect(byText(model, "ĐẢNG CỘNG SẢN VIỆT NAM").runs[0]?.format).toMatchObject({ bold: true, size: 15 });
    expect(byText(model, "BIÊN BẢN").runs[0]?.format).toMatchObject({ bold: true, size: 16 });
    // Three runs (one inside a run-level control) with the same format read as one run.
    const date = byText(model, "Tuy Lộc, ngày 05 tháng 11 năm 2025");
    expect(date.runs).toHaveLength(1);
    expect(date.runs[0]?.format.italic).toBe(true);
  });

  it("keeps paragraph properties: alignment, bottom border, style", () => {
    expect(byText(model, "ĐẢNG CỘNG SẢN VIỆT NAM")).toMatchObject({ alignment: "center", borderBottom: true, style: "Normal" });
    expect(byText(model, SAMPLE_BODY_TEXTS[1] ?? "").alignment).toBe("justify");
    expect(byText(model, "I. PHẦN MỞ ĐẦU").alignment).toBe("left");
    expect(byText(model, "BIÊN BẢN").borderBottom).toBeUndefined();
  });

  it("reads tables: borderless header block, nesting depth, cell positions", () => {
    expect(model.tables.map((t) => [t.borderless, t.depth])).toEqual([
      [true, 0],
      [false, 0],
      [false, 1],
      [true, 0],
    ]);
    expect(model.tables[0]?.rows[0]?.cells.map((c) => c.paragraphs)).toEqual([
      [0, 1, 2, 3],
      [4, 5],
    ]);
    expect(model.tables[0]?.columnWidths).toEqual([75, 90]);
    const nested = byText(model, "Bảng lồng");
    expect(nested.container).toBe("table");
    expect(nested.cellPos).toEqual({ table: 2, row: 0, cell: 0 });
    // The outer cell lists the nested table's paragraphs too, then the closing empty paragraph.
    expect(model.tables[1]?.rows[0]?.cells[1]?.paragraphs).toEqual([nested.index, nested.index + 1]);
    expect(byText(model, "BIÊN BẢN").container).toBe("body");
    expect(byText(model, "BIÊN BẢN").cellPos).toBeUndefined();
  });

  it("reads content controls at block, run, row and cell level", () => {
    expect(model.controls).toEqual([
      { tag: "HDR.NUMBER", title: "Số và ký hiệu", first: 3, last: 3, showingPlaceholder: false },
      { tag: "HDR.DAY", title: "Ngày", first: 5, last: 5, showingPlaceholder: false },
      { tag: "BB.TIME", title: "Thời gian, địa điểm", first: 10, last: 10, showingPlaceholder: false },
      { tag: "BB.ROW", title: "Hàng", first: 13, last: 15, showingPlaceholder: false },
      { tag: "BB.CELL", title: "Ô", first: 14, last: 15, showingPlaceholder: false },
      { tag: "BB.PLACEHOLDER", title: "Ý kiến", first: 17, last: 17, showingPlaceholder: true },
    ]);
    expect(byText(model, "Số 11-BB/CB").controlTags).toEqual(["HDR.NUMBER"]);
    expect(byText(model, "Tuy Lộc, ngày 05 tháng 11 năm 2025").controlTags).toEqual(["HDR.DAY"]);
    expect(byText(model, "Nội dung").controlTags).toEqual(["BB.ROW"]);
    expect(byText(model, "Bảng lồng").controlTags).toEqual(["BB.ROW", "BB.CELL"]);
    expect(byText(model, "BIÊN BẢN").controlTags).toEqual([]);
  });

  it("reads the section, the page-number header and the empty first-page header", () => {
    expect(model.sections).toHaveLength(1);
    const section = model.sections[0];
    expect(section).toMatchObject({
      pageWidth: 210,
      pageHeight: 297,
      orientation: "portrait",
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
      titlePage: true,
      headerTypes: ["default", "first"],
      headers: [
        { type: "default", paragraphs: [0] },
        { type: "first", paragraphs: [1] },
      ],
    });
    expect(model.headers[0]).toMatchObject({ ref: "h0", container: "header", alignment: "center", hasPageField: true, text: "2" });
    expect(model.headers[1]).toMatchObject({ ref: "h1", container: "header", text: "" });
    expect(model.headers[1]?.hasPageField).toBeUndefined();
    expect(model.footers).toEqual([]);
  });

  it("reads the comment with its anchor paragraph", () => {
    expect(model.comments).toEqual([{ author: "Văn phòng Đảng ủy", text: "Kiểm tra lại số đảng viên.", paragraph: 12 }]);
  });
});

describe("writeDocx options", () => {
  it("writes margins, landscape, custom header/footer, underline and caps", () => {
    const spec: DocxSpec = {
      defaultFont: "Arial",
      defaultSize: 13,
      section: {
        orientation: "landscape",
        margins: { top: 25, bottom: 22, left: 35, right: 20 },
        header: [{ type: "paragraph", text: "Đầu trang" }],
        footer: [{ type: "paragraph", text: "Chân trang" }],
      },
      blocks: [
        {
          type: "paragraph",
          children: [
            { text: "Nơi nhận:", underline: true },
            { text: " tiêu đề", caps: true, font: "Cambria", size: 12, bold: false },
          ],
        },
      ],
    };
    const model = readDocx(writeDocx(spec));
    expect(model.defaultFont).toBe("Arial");
    expect(model.defaultSize).toBe(13);
    expect(model.sections[0]).toMatchObject({
      pageWidth: 297,
      pageHeight: 210,
      orientation: "landscape",
      margins: { top: 25, bottom: 22, left: 35, right: 20 },
    });
    expect(model.sections[0]?.titlePage).toBeUndefined();
    expect(model.headers.map((h) => h.text)).toEqual(["Đầu trang"]);
    expect(model.footers.map((f) => [f.text, f.ref, f.container])).toEqual([["Chân trang", "f0", "footer"]]);
    expect(model.sections[0]?.footers).toEqual([{ type: "default", paragraphs: [0] }]);
    const runs = model.paragraphs[0]?.runs ?? [];
    expect(runs.map((r) => [r.text, r.format])).toEqual([
      ["Nơi nhận:", { font: "Arial", size: 13, bold: false, italic: false, underline: true, caps: false }],
      [" tiêu đề", { font: "Cambria", size: 12, bold: false, italic: false, underline: false, caps: true }],
    ]);
  });

  it("escapes markup characters, strips XML-illegal ones, keeps spaces, tabs and breaks", () => {
    const text = '  a & b < c > d " e \u0001\u0008 f\tg\nh  ';
    const model = readDocx(writeDocx({ blocks: [{ type: "paragraph", text }] }));
    expect(model.paragraphs[0]?.raw).toBe('  a & b < c > d " e  f\tg\nh  ');
  });

  it("writes a field's displayed result, not its instruction", () => {
    const model = readDocx(
      writeDocx({
        blocks: [{ type: "paragraph", children: [{ text: "Trang " }, { type: "field", instruction: "PAGE", result: "3" }] }],
      }),
    );
    expect(model.paragraphs[0]).toMatchObject({ text: "Trang 3", hasPageField: true });
  });

  it("escapes attribute values: style ids, control tags and titles, comment authors", () => {
    const odd = 'A "B" & <C>\tD\nE';
    const model = readDocx(
      writeDocx({
        blocks: [{ type: "control", tag: odd, title: odd, blocks: [{ type: "paragraph", text: "x", style: odd }] }],
        comments: [{ paragraphIndex: 0, text: "c", author: odd }],
      }),
    );
    expect(model.controls[0]).toMatchObject({ tag: odd, title: odd });
    expect(model.paragraphs[0]?.style).toBe(odd);
    expect(model.comments[0]?.author).toBe(odd);
  });

  it("leaves out table rows without cells", () => {
    const model = readDocx(
      writeDocx({ blocks: [{ type: "table", rows: [{ cells: [] }] }, { type: "table", rows: [{ cells: [] }, { cells: [{ blocks: [] }] }] }] }),
    );
    expect(model.tables).toHaveLength(1);
    expect(model.tables[0]?.rows).toHaveLength(1);
    expect(model.paragraphs.map((x) => x.container)).toEqual(["table", "body"]);
  });

  it("rejects a comment anchored outside the document", () => {
    expect(() =>
      writeDocx({ blocks: [{ type: "paragraph", text: "x" }], comments: [{ paragraphIndex: 5, text: "c", author: "a" }] }),
    ).toThrow(RangeError);
  });
});
