import rule from "../../../../src/core/rules/format/page-margins";
import type { DocModel, PageMargins } from "../../../../src/core/model/types";
import { ruleTester } from "../../../helpers/rule-tester";
import { a4Section } from "../../../helpers/make-doc";
import { sampleMinutes, sampleThematic } from "../../../helpers/samples";
import { overlay } from "../encoding/runs";

const withMargins = (...all: (PageMargins | undefined)[]): DocModel => ({ ...sampleMinutes(), sections: all.map((margins) => ({ ...a4Section, margins })) });
const m = (top: number, bottom: number, left: number, right: number): PageMargins => ({ top, bottom, left, right });

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: withMargins(m(20.5, 19.5, 30.8, 15)), name: "within the tolerance" },
    { doc: withMargins(m(-20, -20, 30, 15)), name: "negative top / bottom: fixed, same size" },
    { doc: withMargins(undefined), name: "margins unknown" },
    { doc: withMargins(m(25, 25, 35, 15)), overlays: [overlay({ layout: { margins: m(25, 25, 35, 15) } })], name: "an overlay's older-rule margins" },
  ],
  invalid: [
    {
      name: "older handbook values, inside the info range",
      doc: withMargins(m(25, 25, 35, 15)),
      errors: [{ messageId: "acceptable", severity: "info", message: "lề trên 25 mm (khuyến nghị 20 mm), lề dưới 25 mm (khuyến nghị 20 mm), lề trái 35 mm" }],
      output: null,
    },
    { name: "right 20 mm", doc: withMargins(m(20, 20, 30, 20)), errors: [{ messageId: "acceptable", severity: "info" }] },
    { name: "Word's default 25.4 mm all round", doc: withMargins(m(25.4, 25.4, 25.4, 25.4)), errors: [{ messageId: "outside", severity: "warning", message: "lề trái 25,4 mm" }] },
    { name: "left too narrow", doc: withMargins(m(20, 20, 20, 15)), errors: [{ messageId: "outside", severity: "warning" }] },
    { name: "one side outside makes it a warning", doc: withMargins(m(25, 25, 35, 10)), errors: [{ messageId: "outside", severity: "warning" }] },
    { name: "second section", doc: withMargins(m(20, 20, 30, 15), m(10, 10, 10, 10)), errors: [{ messageId: "outside", message: "(phần 2)" }] },
  ],
});
