import * as fs from "fs";
import * as path from "path";
import { readDocx } from "../../src/docx";

/**
 * The same biên bản from two producers: our writer, and LibreOffice re-saving it
 * (scripts/make-fixtures.js). The reader must find the same text in both.
 */
const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(__dirname, "../fixtures/docx", name)));

describe("a second producer: LibreOffice", () => {
  const ours = readDocx(fixture("writer-sample.docx"));
  const lo = readDocx(fixture("libreoffice-resaved.docx"));
  const texts = (m: typeof ours): string[] => m.paragraphs.map((x) => x.text).filter((t) => t !== "");

  it("keeps the fixtures small", () => {
    for (const name of ["writer-sample.docx", "libreoffice-resaved.docx"]) {
      expect(fs.statSync(path.join(__dirname, "../fixtures/docx", name)).size).toBeLessThan(50 * 1024);
    }
  });

  it("reads the same paragraph texts from both files", () => {
    expect(texts(lo)).toEqual(texts(ours));
    expect(texts(ours)).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
  });

  it("reads the same structure: tables, formatting, page setup, header page field, comment", () => {
    expect(lo.tables.map((t) => [t.borderless, t.depth])).toEqual(ours.tables.map((t) => [t.borderless, t.depth]));
    const title = (m: typeof ours) => m.paragraphs.find((x) => x.text === "ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(title(lo)).toMatchObject({ alignment: "center", borderBottom: true, container: "table" });
    expect(title(lo)?.runs[0]?.format).toMatchObject({ font: "Times New Roman", size: 15, bold: true });
    expect(lo.sections[0]).toMatchObject({ pageWidth: 210, pageHeight: 297, titlePage: true, margins: { top: 20, bottom: 20, left: 30, right: 15 } });
    expect(lo.headers.some((h) => h.hasPageField === true)).toBe(true);
    expect(lo.defaultFont).toBe("Times New Roman");
    expect(lo.defaultSize).toBe(14);
    const commented = lo.comments[0]?.paragraph;
    expect(commented === undefined ? undefined : lo.paragraphs[commented]?.text).toBe(
      ours.paragraphs[ours.comments[0]?.paragraph ?? -1]?.text,
    );
  });

  it("still reads the text when content controls lost their tags on the way", () => {
    // LibreOffice 7.4 keeps the controls' titles but drops their tags: text checks must not depend on them.
    expect(lo.controls.map((c) => c.title)).toContain("Số và ký hiệu");
    expect(texts(lo)).toContain("Số 11-BB/CB");
  });
});
