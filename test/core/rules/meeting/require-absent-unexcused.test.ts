import rule from "../../../../src/core/rules/meeting/require-absent-unexcused";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, replacing, sampleMinutes, sampleThematic, without } from "../../../helpers/samples";
import { texts } from "./texts";

const UNEXCUSED = /^Vắng không lý do:/;
const withUnexcused = (line: string) => sampleMinutes(replacing(minutesBody, UNEXCUSED, line));

ruleTester.run(rule, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: withUnexcused("Vắng không lý do: 0."), name: "0" },
    { doc: withUnexcused("Vắng không có lý do: không có."), name: "không có lý do: không có" },
    { doc: withUnexcused("VẮNG KHÔNG LÝ DO: KHÔNG"), name: "capitals" },
    { doc: withUnexcused("Vang khong ly do: khong"), name: "no tone marks" },
    { doc: withUnexcused("Vắng không lý do: 01 đ/c (Phạm Văn Đức)."), name: "one named" },
    { doc: withUnexcused("Đ/c Phạm Văn Đức vắng không lý do."), name: "person first" },
    { doc: withUnexcused("Vắng không phép: một đồng chí: Phạm Văn Đức."), name: "không phép, number word" },
    { doc: sampleMinutes(replacing(without(minutesBody, UNEXCUSED), /^Có mặt:/, "Dự họp đầy đủ 18/18 đồng chí.")), name: "full attendance" },
  ],
  invalid: [
    {
      name: "missing: inserted after the excused line",
      doc: sampleMinutes(without(minutesBody, UNEXCUSED)),
      errors: [{ messageId: "missing", paragraph: 16 }],
      output: texts(withUnexcused("Vắng không lý do: … đồng chí (họ tên: …).")),
    },
    { name: "trap: written with no count", doc: withUnexcused("Vắng không lý do:"), errors: [{ messageId: "noCount", paragraph: 17 }], output: null },
    { name: "trap: a count with no names", doc: withUnexcused("Vắng không lý do: 02 đồng chí."), errors: [{ messageId: "noNames", message: "2 đồng chí" }] },
    {
      name: "trap: 'Vắng: 02' unclassified",
      doc: sampleMinutes(replacing(without(minutesBody, /^Vắng có lý do/), UNEXCUSED, "Vắng: 02 đồng chí.")),
      errors: [{ messageId: "unclassified" }],
    },
  ],
});
