/**
 * renderTemplateDocx: each element in a block content control (w:tag = element id, w:alias = its
 * label), the layout of the profile, and the round trip render → readDocx → check giving the same
 * findings as the template's own model.
 */
import { unzipSync, strFromU8 } from "fflate";
import type { DocumentType } from "../../src/core/catalog/document-types";
import { checkDocument } from "../../src/core/engine/check-document";
import type { DocModel } from "../../src/core/model/types";
import type { Finding } from "../../src/core/rules/types";
import { buildDocument, resolutionFromMinutes, templateSettings, toModel, type Answers } from "../../src/core/templates";
import { readDocx } from "../../src/docx/read-docx";
import { renderTemplateDocx } from "../../src/docx/render-template";
import { sampleCombined, sampleCommitteeMeeting, sampleRegular, sampleThematicMeeting } from "../core/templates/sample-answers";

const TODAY = "2026-11-27";
const MODIFIED = new Date(Date.UTC(2025, 10, 5, 12));

const cases: [string, DocumentType, Answers | undefined][] = [
  ["biên bản thường kỳ", "bien-ban-thuong-ky", sampleRegular],
  ["biên bản thường kỳ kết hợp chuyên đề", "bien-ban-thuong-ky", sampleCombined],
  ["biên bản chuyên đề", "bien-ban-chuyen-de", sampleThematicMeeting],
  ["nghị quyết", "nghi-quyet", resolutionFromMinutes(sampleRegular)],
  ["biên bản họp chi ủy", "bien-ban-chi-uy", sampleCommitteeMeeting],
  ["mẫu trống biên bản thường kỳ", "bien-ban-thuong-ky", undefined],
  ["mẫu trống nghị quyết", "nghi-quyet", undefined],
  ["mẫu trống biên bản họp chi ủy", "bien-ban-chi-uy", undefined],
];

function render(type: DocumentType, answers: Answers | undefined) {
  const doc = buildDocument(type, answers, templateSettings(answers, TODAY));
  const bytes = renderTemplateDocx(doc, { modified: MODIFIED });
  return { doc, bytes, model: toModel(doc), read: readDocx(bytes) };
}

/** What a finding says and where, independent of the producer. */
const key = (model: DocModel) => (f: Finding) => `${f.severity} ${f.ruleId} ${f.messageId} ¶${f.location?.paragraph ?? "-"} "${f.location ? model.paragraphs[f.location.paragraph]?.text ?? "" : ""}": ${f.message}`;

describe("renderTemplateDocx", () => {
  it.each(cases)("%s: text, tags and content controls read back as toModel gives them", (_n, type, answers) => {
    const { model, read } = render(type, answers);
    // Word needs a paragraph after the final table; the reader sees it as an empty body paragraph.
    const body = read.paragraphs.slice(0, model.paragraphs.length);
    expect(read.paragraphs.slice(model.paragraphs.length).map((p) => p.text)).toEqual([""]);
    expect(body.map((p) => [p.text, p.controlTags, p.container, p.alignment ?? null])).toEqual(model.paragraphs.map((p) => [p.text, p.controlTags, p.container, p.alignment ?? null]));
    expect(read.controls.map((c) => [c.tag, c.title, c.first, c.last])).toEqual(model.controls.map((c) => [c.tag, c.title, c.first, c.last]));
    expect(read.tables.map((t) => [t.borderless, t.rows[0]!.cells.map((c) => c.paragraphs)])).toEqual(model.tables.map((t) => [t.borderless, t.rows[0]!.cells.map((c) => c.paragraphs)]));
  });

  it.each(cases)("%s: render → read → check gives the same findings as the model", (_n, type, answers) => {
    const { model, read } = render(type, answers);
    const direct = checkDocument(model, { type, today: TODAY }).findings.map(key(model));
    const viaDocx = checkDocument(read, { type, today: TODAY }).findings.map(key(read));
    expect(viaDocx).toEqual(direct);
  });

  it("run formatting survives: sizes, bold, italic, underline, the font", () => {
    const { model, read } = render("nghi-quyet", resolutionFromMinutes(sampleRegular));
    const fmt = (m: DocModel) => m.paragraphs.map((p) => p.runs.map((r) => [r.format.font, r.format.size, !!r.format.bold, !!r.format.italic, !!r.format.underline]));
    expect(fmt(read).slice(0, model.paragraphs.length)).toEqual(fmt(model));
    expect(read.paragraphs[4]).toMatchObject({ text: "ĐẢNG CỘNG SẢN VIỆT NAM", borderBottom: true });
  });

  it("page setup: A4 portrait, margins 20/20/30/15, page numbers in the header from page 2", () => {
    const { read } = render("bien-ban-thuong-ky", sampleRegular);
    const [section] = read.sections;
    expect(section).toMatchObject({ pageWidth: 210, pageHeight: 297, orientation: "portrait", titlePage: true, headerTypes: ["default", "first"] });
    expect(section!.margins).toMatchObject({ top: 20, bottom: 20, left: 30, right: 15, header: 10 });
    expect(read.headers.filter((h) => h.hasPageField)).toHaveLength(1);
    expect(read.defaultFont).toBe("Times New Roman");
    expect(read.defaultSize).toBe(14);
  });

  it("the XML: block-level w:sdt with w:alias and w:tag, first-line indent, justified body", () => {
    const { bytes } = render("bien-ban-thuong-ky", sampleRegular);
    const xml = strFromU8(unzipSync(bytes)["word/document.xml"]!);
    expect(xml).toContain('<w:sdt><w:sdtPr><w:alias w:val="Thư ký"/><w:tag w:val="BB.SECRETARY"/>');
    expect(xml).toMatch(/<w:sdtContent><w:p><w:pPr>[^]*?<w:ind w:firstLine="720"\/><w:jc w:val="both"\/><\/w:pPr>/);
    expect(xml).not.toContain("w:showingPlcHdr");
  });

  it("is reproducible for a fixed modification time", () => {
    const a = render("nghi-quyet", resolutionFromMinutes(sampleRegular)).bytes;
    const b = render("nghi-quyet", resolutionFromMinutes(sampleRegular)).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
