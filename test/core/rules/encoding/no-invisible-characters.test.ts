import rule from "../../../../src/core/rules/encoding/no-invisible-characters";
import { ruleTester } from "../../../helpers/rule-tester";
import { sampleMinutes, sampleResolution } from "../../../helpers/samples";
import { docOfRuns, makeDoc, p, run } from "./runs";

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: makeDoc("Số\u00a005-NQ/CB", "ngày\u00a005\u00a0tháng 11"), name: "NBSP is often deliberate" },
    { doc: makeDoc("Trung \u00ad¬ng, ng\u00adêi"), name: "U+00AD in a TCVN3 word is the letter ư (ENC.LEGACY_TEXT)" },
    { doc: makeDoc(p("ng\u00adêi", { format: { font: ".VnTime" } })), name: "U+00AD in a TCVN3-font run" },
    { doc: makeDoc("Đảng\u00ad bộ"), name: "a soft hyphen at a word's edge is not inside a word" },
  ],
  invalid: [
    {
      doc: makeDoc("Chi\u200b bộ thôn Hòa\u200bBình"),
      errors: [{ messageId: "invisible", paragraph: 0, severity: "warning", message: "2 ký tự ẩn (ký tự độ rộng 0)" }],
      output: ["Chi bộ thôn HòaBình"],
    },
    { name: "byte-order mark at the start", doc: makeDoc("\ufeffBiên bản"), errors: [{ messageId: "invisible" }], output: ["Biên bản"] },
    {
      name: "soft hyphens inside Unicode words",
      doc: makeDoc("chuyển\u00adđổi số, Việt\u00adNam"),
      errors: [{ messageId: "invisible", message: "gạch nối mềm" }],
      output: ["chuyểnđổi số, ViệtNam"],
    },
    {
      name: "both kinds",
      doc: makeDoc("Nghị\u2060 quyết chuyển\u00adđổi"),
      errors: [{ messageId: "invisible", message: "2 ký tự ẩn (ký tự độ rộng 0, gạch nối mềm)" }],
      output: ["Nghị quyết chuyểnđổi"],
    },
    {
      name: "runs that do not add up to the text: reported, not fixed",
      doc: (() => {
        const d = makeDoc("Chi\u200b bộ");
        return { ...d, paragraphs: d.paragraphs.map((x) => ({ ...x, runs: [run("Chi bộ")] })) };
      })(),
      errors: [{ messageId: "invisible" }],
      output: null,
    },
    {
      name: "one finding per run",
      doc: docOfRuns([run("Thư\u200b ký:", { bold: true }), run(" đồng\u200d chí Lê Thị Bình")]),
      errors: [{ messageId: "invisible" }, { messageId: "invisible" }],
      output: ["Thư ký: đồng chí Lê Thị Bình"],
    },
  ],
});
