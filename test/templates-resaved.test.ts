/**
 * The second client: the four templates filled with docs/answers-example*.json, re-saved by
 * LibreOffice (scripts/render-templates.js writes test/fixtures/templates/*.lo.docx). LibreOffice
 * keeps the text but not everything around it (content-control tags, some formatting), so the
 * checker must still find every element from the text alone: no missing element, no error, no
 * warning but the known formatting loss below. A failure lists each finding with its paragraph.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { DocumentType } from "../src/core/catalog/document-types";
import { elements, type ElementSection } from "../src/core/catalog/elements";
import { checkDocument } from "../src/core/engine/check-document";
import type { DocModel } from "../src/core/model/types";
import type { Finding } from "../src/core/rules/types";
import { readDocx } from "../src/docx/read-docx";

const TODAY = "2026-11-27";
const dir = path.join(__dirname, "fixtures", "templates");

const cases: [string, DocumentType][] = [
  ["bien-ban-thuong-ky", "bien-ban-thuong-ky"],
  ["bien-ban-chuyen-de", "bien-ban-chuyen-de"],
  ["nghi-quyet", "nghi-quyet"],
  ["bien-ban-chi-uy", "bien-ban-chi-uy"],
];

function read(name: string): DocModel {
  return readDocx(new Uint8Array(fs.readFileSync(path.join(dir, `${name}.lo.docx`))));
}

/** Element ids of elements.md §1–3 (header, biên bản, chuyên đề, nghị quyết), from the catalog. */
const STRUCTURAL_SECTIONS: readonly ElementSection[] = ["header", "minutes", "thematic", "resolution"];
const structural = new Set(elements.filter((e) => STRUCTURAL_SECTIONS.includes(e.section)).map((e) => e.id));

/**
 * Known defect, pinned exactly: LibreOffice 7.4 imports a block content control as an inline one
 * around its first paragraph and drops that paragraph's direct character formatting, so the header
 * lines lose their bold and size (the .docx itself has them; Word keeps them). Any other warning
 * fails, and so does this list once the formatting survives (a paragraph style carrying it does):
 * then this becomes "no warning at all".
 */
function libreOffice74FormatLoss(model: DocModel): string[] {
  const at = (text: string) => model.paragraphs.findIndex((p) => p.text === text);
  const issuer = model.paragraphs.find((p) => /^CHI (BỘ|ỦY) /.test(p.text))?.text ?? "";
  const title = model.paragraphs.find((p) => p.text === "BIÊN BẢN" || p.text === "NGHỊ QUYẾT")?.text ?? "";
  const party = "ĐẢNG CỘNG SẢN VIỆT NAM";
  const line = (text: string, message: string) => `warning bienban/font-sizes (FMT.SIZES): ${message} — ¶${at(text)} "${text}"`;
  return [
    line(issuer, "Tên chi bộ ban hành chưa in đậm."),
    line(party, `Dòng tiêu đề “${party}” cỡ chữ 14; quy định cỡ 15.`),
    line(party, `Dòng tiêu đề “${party}” chưa in đậm.`),
    line(title, "Tên loại văn bản cỡ chữ 14; quy định cỡ 15–16."),
    line(title, "Tên loại văn bản chưa in đậm."),
  ];
}

const describeFinding = (model: DocModel) => (f: Finding) =>
  `${f.severity} ${f.ruleId} (${f.elementId}): ${f.message} — ${f.location ? `¶${f.location.paragraph} "${model.paragraphs[f.location.paragraph]?.text ?? ""}"` : "(no location)"}`;

describe("templates re-saved by LibreOffice still check clean", () => {
  it("knows the element ids of elements.md §1–3", () => {
    expect(structural.size).toBeGreaterThan(40);
    for (const id of ["HDR.PARTY_TITLE", "BB.SECRETARY", "CD.TOPIC", "NQ.SIGNATURE"]) expect(structural).toContain(id);
  });

  it("keeps the fixtures small", () => {
    for (const [name] of cases) expect(fs.statSync(path.join(dir, `${name}.lo.docx`)).size).toBeLessThan(30 * 1024);
  });

  it.each(cases)("%s: detected as its own type", (name, type) => {
    expect(checkDocument(read(name), { today: TODAY }).documentType).toBe(type);
  });

  it.each(cases)("%s: no missing element", (name, type) => {
    const model = read(name);
    const findings = checkDocument(model, { type, today: TODAY }).findings;
    expect(findings.filter((f) => structural.has(f.elementId)).map(describeFinding(model))).toEqual([]);
  });

  it.each(cases)("%s: no error", (name, type) => {
    const model = read(name);
    const findings = checkDocument(model, { type, today: TODAY }).findings;
    expect(findings.filter((f) => f.severity === "error").map(describeFinding(model))).toEqual([]);
  });

  it.each(cases)("%s: no warning but LibreOffice 7.4's loss of the header formatting", (name, type) => {
    const model = read(name);
    const findings = checkDocument(model, { type, today: TODAY }).findings;
    expect(findings.filter((f) => f.severity === "warning").map(describeFinding(model))).toEqual(libreOffice74FormatLoss(model));
  });

  it("the re-saved biên bản and its nghị quyết still agree (CHK.CROSS_DOC)", () => {
    const bb = read("bien-ban-thuong-ky");
    const nq = read("nghi-quyet");
    const bbCheck = checkDocument(bb, { type: "bien-ban-thuong-ky", today: TODAY });
    const related = [{ doc: bb, facts: bbCheck.facts, type: "bien-ban-thuong-ky" as const, name: "biên bản" }];
    const findings = checkDocument(nq, { type: "nghi-quyet", today: TODAY, related }).findings;
    expect(findings.filter((f) => f.elementId === "CHK.CROSS_DOC").map(describeFinding(nq))).toEqual([]);
  });
});
