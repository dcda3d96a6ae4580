import rule from "../../../../src/core/rules/format/body-font";
import type { DocModel } from "../../../../src/core/model/types";
import { ruleTester } from "../../../helpers/rule-tester";
import { sampleMinutes, sampleResolution } from "../../../helpers/samples";
import { overlay } from "../encoding/runs";

/** The sample with every run's font set (undefined = the producer did not say) and a default font. */
function withFont(font: string | undefined, defaultFont: string | undefined, doc: DocModel = sampleMinutes()): DocModel {
  return {
    ...doc,
    defaultFont,
    paragraphs: doc.paragraphs.map((p) => ({ ...p, runs: p.runs.map((r) => ({ ...r, format: { ...r.format, font } })) })),
  };
}

/** Only the header block (the first 8 paragraphs) in another font. */
function headerIn(font: string): DocModel {
  const doc = sampleMinutes();
  return { ...doc, paragraphs: doc.paragraphs.map((p) => (p.index < 8 ? { ...p, runs: p.runs.map((r) => ({ ...r, format: { ...r.format, font } })) } : p)) };
}

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: withFont(undefined, "Times New Roman"), name: "runs inherit the default font" },
    { doc: withFont(undefined, undefined), name: "font unknown" },
    { doc: withFont("times new roman", undefined), name: "case of the name" },
    { doc: withFont(".VnTime", undefined), name: "a legacy main font is ENC.LEGACY_FONT's finding" },
    { doc: headerIn("Arial"), name: "a minority font" },
    { doc: withFont("Arial", undefined), overlays: [overlay({ layout: { fonts: ["Times New Roman", "Arial"] } })], name: "an overlay's font list" },
  ],
  invalid: [
    { doc: withFont("Arial", undefined), errors: [{ messageId: "bodyFont", severity: "warning", message: "là Arial; văn bản của Đảng dùng phông Times New Roman" }], output: null },
    { name: "inherited from the default font", doc: withFont(undefined, "Calibri"), errors: [{ messageId: "bodyFont", message: "Calibri" }] },
    { name: "nghị quyết", doc: withFont("Cambria", undefined, sampleResolution()), type: "nghi-quyet", errors: [{ messageId: "bodyFont" }] },
  ],
});
