/** toModel: the checker's view of a draft, with element tags, content controls, tables and page setup. */
import { baseSettings } from "../../../src/core/profiles/builtin";
import { buildDocument, resolutionFromMinutes, toModel } from "../../../src/core/templates";
import { sampleRegular } from "./sample-answers";

describe("toModel", () => {
  const doc = buildDocument("bien-ban-thuong-ky", sampleRegular, baseSettings);
  const model = toModel(doc);

  it("paragraphs in reading order, NFC, with refs and the body font on every run", () => {
    model.paragraphs.forEach((p, i) => {
      expect(p.index).toBe(i);
      expect(p.ref).toBe(`p${i}`);
      expect(p.text).toBe(p.text.normalize("NFC"));
      expect(p.raw).toBe(p.text);
      for (const r of p.runs) expect(r.format.font).toBe("Times New Roman");
    });
    expect(model.source).toBe("template");
    expect(model.paragraphs.slice(0, 9).map((p) => p.text)).toEqual([
      "ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*", "Số 11-BB/CB", "ĐẢNG CỘNG SẢN VIỆT NAM", "Tuy Lộc, ngày 05 tháng 11 năm 2025",
      "BIÊN BẢN", "sinh hoạt chi bộ thường kỳ tháng 11 năm 2025", "-----",
    ]);
  });

  it("each element's paragraphs carry its tag, and one control spans them", () => {
    for (const c of model.controls) {
      for (let i = c.first; i <= c.last; i++) expect(model.paragraphs[i]!.controlTags).toEqual([c.tag]);
      expect(c.showingPlaceholder).toBe(false);
    }
    const tagged = new Set(model.paragraphs.flatMap((p) => p.controlTags));
    expect(new Set(model.controls.map((c) => c.tag))).toEqual(tagged);
    expect(model.controls.find((c) => c.tag === "BB.SECRETARY")).toMatchObject({ title: "Thư ký" });
    expect(model.paragraphs.find((p) => p.text === "-----")!.controlTags).toEqual([]);
  });

  it("header and signature blocks are borderless two-column tables", () => {
    expect(model.tables).toHaveLength(2);
    const [header, signatures] = model.tables;
    expect(header).toMatchObject({ index: 0, borderless: true, depth: 0, columnWidths: [74.25, 90.75] });
    expect(header!.rows[0]!.cells.map((c) => c.paragraphs)).toEqual([[0, 1, 2, 3], [4, 5]]);
    expect(model.paragraphs[4]).toMatchObject({ container: "table", cellPos: { table: 0, row: 0, cell: 1 }, borderBottom: true });
    expect(signatures!.rows[0]!.cells).toHaveLength(2);
    const left = signatures!.rows[0]!.cells[0]!.paragraphs.map((i) => model.paragraphs[i]!.text);
    expect(left[0]).toBe("THƯ KÝ");
  });

  it("A4 portrait, the profile's margins, page numbers in the default header, none on page 1", () => {
    expect(model.sections).toEqual([
      {
        pageWidth: 210, pageHeight: 297, orientation: "portrait",
        margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10 },
        titlePage: true, headerTypes: ["default", "first"],
        headers: [{ type: "default", paragraphs: [0] }, { type: "first", paragraphs: [1] }],
      },
    ]);
    expect(model.headers.map((h) => [h.container, h.hasPageField === true, h.alignment])).toEqual([["header", true, "center"], ["header", false, "left"]]);
    expect(model.defaultFont).toBe("Times New Roman");
    expect(model.defaultSize).toBe(14);
  });

  it("a nghị quyết: Nơi nhận left and the signature right", () => {
    const nq = toModel(buildDocument("nghi-quyet", resolutionFromMinutes(sampleRegular), baseSettings));
    const cells = nq.tables[1]!.rows[0]!.cells.map((c) => c.paragraphs.map((i) => nq.paragraphs[i]!.controlTags[0]));
    expect(new Set(cells[0])).toEqual(new Set(["NQ.RECIPIENTS"]));
    expect(new Set(cells[1])).toEqual(new Set(["NQ.SIGNATURE"]));
  });
});
