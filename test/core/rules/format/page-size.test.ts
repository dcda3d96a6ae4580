import rule from "../../../../src/core/rules/format/page-size";
import type { DocModel, Section } from "../../../../src/core/model/types";
import { ruleTester } from "../../../helpers/rule-tester";
import { a4Section } from "../../../helpers/make-doc";
import { sampleMinutes, sampleResolution } from "../../../helpers/samples";
import { overlay } from "../encoding/runs";

const withSections = (...sections: Section[]): DocModel => ({ ...sampleMinutes(), sections });

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: withSections({ ...a4Section, pageWidth: 209.9, pageHeight: 297.1 }), name: "twips rounding" },
    { doc: withSections({}), name: "size unknown" },
    { doc: withSections(), name: "no sections read" },
    { doc: withSections({ ...a4Section, pageWidth: 216, pageHeight: 279 }), overlays: [overlay({ layout: { pageWidthMm: 216, pageHeightMm: 279 } })], name: "an overlay's paper" },
  ],
  invalid: [
    {
      doc: withSections({ ...a4Section, pageWidth: 215.9, pageHeight: 279.4 }),
      errors: [{ messageId: "notA4", severity: "warning", message: "215,9 × 279,4 mm" }],
      output: null,
    },
    { name: "A4 landscape", doc: withSections({ ...a4Section, pageWidth: 297, pageHeight: 210, orientation: "landscape" }), errors: [{ messageId: "landscape" }] },
    { name: "landscape, size unknown", doc: withSections({ orientation: "landscape" }), errors: [{ messageId: "landscape" }] },
    {
      name: "the second section differs",
      doc: withSections(a4Section, { ...a4Section, pageWidth: 257, pageHeight: 364 }),
      errors: [{ messageId: "notA4", message: "(phần 2)" }],
    },
  ],
});
