import rule from "../../../../src/core/rules/meeting/require-vote-result";
import { ruleTester } from "../../../helpers/rule-tester";
import { replacing, resolutionBody, sampleResolution, without } from "../../../helpers/samples";

const RESULT = /^Nghị quyết được Chi bộ thông qua/;
const withResult = (line: string) => sampleResolution(replacing(resolutionBody, RESULT, line));

ruleTester.run(rule, {
  type: "nghi-quyet",
  valid: [
    sampleResolution(),
    { doc: withResult("Nghị quyết được Chi bộ thông qua với 14/15 đồng chí tán thành, đạt 93,3%."), name: "x/y and a percentage" },
    { doc: withResult("Nghị quyết đã được 14/14 đồng chí dự họp biểu quyết tán thành."), name: "count before the verb" },
    { doc: withResult("Nghị quyết được Chi bộ thông qua: tán thành 14 đồng chí, không tán thành 0, ý kiến khác 0."), name: "every count" },
    { doc: withResult("NGHỊ QUYẾT ĐƯỢC CHI BỘ THÔNG QUA NGÀY 05/11/2025, 14/14 ĐỒNG CHÍ TÁN THÀNH (100%)."), name: "capitals" },
    { doc: withResult("Nghi quyet duoc Chi bo thong qua, muoi bon dong chi tan thanh."), name: "no tone marks, number words" },
  ],
  invalid: [
    {
      name: "missing: the resolution does not say how it was adopted",
      doc: sampleResolution(without(resolutionBody, RESULT)),
      errors: [{ messageId: "missing", severity: "error" }],
    },
    {
      name: "a percentage only is info",
      doc: withResult("Nghị quyết được Chi bộ nhất trí thông qua với tỷ lệ 100%."),
      errors: [{ messageId: "noCount", severity: "info", paragraph: 16 }],
      output: null,
    },
    { name: "'nhất trí' only is info", doc: withResult("Hội nghị nhất trí thông qua Nghị quyết."), errors: [{ messageId: "noCount", severity: "info" }] },
  ],
});
