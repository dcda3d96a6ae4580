import rule from "../../../../src/core/rules/encoding/no-lookalike-letters";
import { ruleTester } from "../../../helpers/rule-tester";
import { sampleMinutes, sampleResolution } from "../../../helpers/samples";
import { docOfRuns, makeDoc, p, run } from "./runs";

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: makeDoc("c¸c ®ång chÝ kh«ng Ðp buéc nhau"), name: "Ð is é in TCVN3 text: ENC.LEGACY_TEXT's finding" },
    { doc: makeDoc(p("Ðp", { format: { font: ".VnTime" } })), name: "legacy-font run" },
  ],
  invalid: [
    { doc: makeDoc("ÐẢNG BỘ XÃ TUY LỘC"), errors: [{ messageId: "lookalike", paragraph: 0, severity: "error", message: "1 chữ" }], output: ["ĐẢNG BỘ XÃ TUY LỘC"] },
    {
      doc: makeDoc("Chủ trì: ðồng chí Nguyễn Văn An, Bí thư Ðảng ủy, ðại biểu"),
      errors: [{ messageId: "lookalike", message: "3 chữ" }],
      output: ["Chủ trì: đồng chí Nguyễn Văn An, Bí thư Đảng ủy, đại biểu"],
    },
    { name: "typed without tone marks", doc: makeDoc("Ðang bo xa"), errors: [{ messageId: "lookalike" }], output: ["Đang bo xa"] },
    {
      name: "one finding per run",
      doc: docOfRuns([run("Ðịa điểm:", { bold: true }), run(" Nhà văn hóa ðội 2")]),
      errors: [{ messageId: "lookalike" }, { messageId: "lookalike" }],
      output: ["Địa điểm: Nhà văn hóa đội 2"],
    },
  ],
});
