/**
 * The converter behind the preview's download: a model read from a .docx, written back, reads the
 * same — text, formatting, tables (nested too), one control per element, page numbers and comments.
 */
import { checkDocument } from "../../src/core/engine/check-document";
import { buildDocument } from "../../src/core/templates/build-document";
import { templateSettings } from "../../src/core/templates/template-settings";
import { modelToDocxSpec } from "../../src/docx/model-to-docx";
import { readDocx } from "../../src/docx/read-docx";
import { renderTemplateDocx } from "../../src/docx/render-template";
import { writeDocx } from "../../src/docx/write-docx";
import { sampleRegular } from "../core/templates/sample-answers";

const roundTrip = (bytes: Uint8Array) => readDocx(writeDocx(modelToDocxSpec(readDocx(bytes))));
const shape = (d: ReturnType<typeof readDocx>) => d.paragraphs.map((p) => [p.raw, p.container, p.controlTags, p.alignment, p.runs.map((r) => [r.text, r.format.bold ?? false, r.format.size])]);

describe("modelToDocxSpec", () => {
  const template = renderTemplateDocx(buildDocument("bien-ban-thuong-ky", sampleRegular, templateSettings(sampleRegular, "2025-11-05")), { modified: new Date(0) });

  it("writes a drafted biên bản back as it was: text, formatting, tables, element controls, page setup", () => {
    const original = readDocx(template);
    const again = roundTrip(template);
    expect(shape(again)).toEqual(shape(original));
    expect(again.tables.map((t) => t.rows.length)).toEqual(original.tables.map((t) => t.rows.length));
    // One control per element, as the template wrote them (not one per paragraph).
    expect(again.controls.map((c) => [c.tag, c.first, c.last])).toEqual(original.controls.map((c) => [c.tag, c.first, c.last]));
    expect(again.sections[0]?.margins).toEqual(original.sections[0]?.margins);
    expect(again.headers.some((h) => h.hasPageField)).toBe(true);
    expect(checkDocument(again, { today: "2025-11-05" }).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("keeps a nested table inside its cell and the header's other text", () => {
    const bytes = writeDocx({
      blocks: [
        {
          type: "table",
          rows: [{ cells: [{ blocks: [{ type: "paragraph", text: "ngoài" }, { type: "table", rows: [{ cells: [{ blocks: [{ type: "paragraph", text: "trong" }] }] }] }] }, { blocks: [{ type: "paragraph", text: "bên" }] }] }],
        },
        { type: "paragraph", text: "sau" },
      ],
      section: { header: [{ type: "paragraph", text: "Mật" }], pageNumbers: true },
    });
    const again = roundTrip(bytes);
    // The writer ends a cell that ends with a table with the empty paragraph Word requires.
    expect(again.paragraphs.map((p) => p.text)).toEqual(["ngoài", "trong", "", "bên", "sau"]);
    expect(again.paragraphs.map((p) => p.cellPos)).toEqual(readDocx(bytes).paragraphs.map((p) => p.cellPos));
    expect(again.tables.map((t) => t.depth).sort()).toEqual([0, 1]);
    expect(again.headers.map((h) => h.text).filter(Boolean)).toContain("Mật");
  });

  it("writes comments on their paragraphs", () => {
    const doc = readDocx(template);
    const withComments = { ...doc, comments: [{ author: "Văn phòng", text: "Thiếu chữ ký", paragraph: 9 }] };
    const back = readDocx(writeDocx(modelToDocxSpec(withComments)));
    expect(back.comments.map((c) => [c.author, c.text, c.paragraph])).toEqual([["Văn phòng", "Thiếu chữ ký", 9]]);
  });

  it("gives the same bytes for the same model unless told the time", () => {
    const doc = readDocx(template);
    expect(writeDocx(modelToDocxSpec(doc))).toEqual(writeDocx(modelToDocxSpec(doc)));
  });
});
