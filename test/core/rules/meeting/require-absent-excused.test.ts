import rule from "../../../../src/core/rules/meeting/require-absent-excused";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, replacing, sampleMinutes, sampleThematic, without } from "../../../helpers/samples";
import { texts } from "./texts";

const EXCUSED = /^Vắng có lý do:/;
const withExcused = (...lines: string[]) => {
  const k = minutesBody.findIndex((i) => typeof i === "string" && EXCUSED.test(i));
  return sampleMinutes([...minutesBody.slice(0, k), ...lines, ...minutesBody.slice(k + 1)]);
};

ruleTester.run(rule, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de", name: "'không' for both classes" },
    { doc: withExcused("Vắng có lý do: 01 đ/c (Phạm Văn Dũng – đi công tác)."), name: "dash before the reason" },
    { doc: withExcused("Vắng mặt: 01 đồng chí, có lý do (Phạm Văn Dũng, ốm)."), name: "class after the count" },
    { doc: withExcused("Đồng chí Phạm Văn Dũng vắng (ốm, có báo cáo)."), name: "person first" },
    { doc: withExcused("VẮNG CÓ LÝ DO: 01 ĐỒNG CHÍ (ĐỒNG CHÍ PHẠM VĂN DŨNG, ĐI CÔNG TÁC)"), name: "capitals" },
    { doc: withExcused("Vang co ly do: mot dong chi (Pham Van Dung, di cong tac)"), name: "no tone marks, number word" },
    { doc: withExcused("Vắng có lý do: 01 đồng chí:", "- Đồng chí Phạm Văn Dũng: đi công tác."), name: "names on the next line" },
    { doc: withExcused("Vắng có phép: 01 đồng chí (Phạm Văn Dũng, nằm viện)."), name: "có phép" },
    {
      doc: sampleMinutes(replacing(without(minutesBody, /^Vắng không lý do/), EXCUSED, "Vắng 01 đồng chí (01 có lý do: đ/c Phạm Văn Dũng đi công tác; 0 không lý do).")),
      name: "mixed line",
    },
    { doc: sampleMinutes(replacing(without(minutesBody, EXCUSED), /^Có mặt:/, "Có mặt: 18/18 đồng chí.")), name: "full attendance answers both" },
    { doc: withExcused("Vắng có lý do: không có."), name: "không có" },
  ],
  invalid: [
    {
      name: "missing: inserted after the attendance",
      doc: sampleMinutes(without(minutesBody, EXCUSED)),
      errors: [{ messageId: "missing", paragraph: 15 }],
      output: texts(withExcused("Vắng có lý do: … đồng chí (họ tên, lý do: …).")),
    },
    { name: "trap: a count with no names", doc: withExcused("Vắng có lý do: 01 đồng chí."), errors: [{ messageId: "noNames", message: "1 đồng chí", paragraph: 16 }], output: null },
    { name: "a name with no reason", doc: withExcused("Vắng có lý do: 01 đồng chí (Phạm Văn Dũng)."), errors: [{ messageId: "noReason", message: "Phạm Văn Dũng" }] },
    { name: "a label with nothing after it", doc: withExcused("Vắng có lý do:"), errors: [{ messageId: "noCount" }] },
    {
      name: "trap: 'Vắng: 02' unclassified",
      doc: sampleMinutes(replacing(without(minutesBody, /^Vắng không lý do/), EXCUSED, "Vắng: 01 đồng chí.")),
      errors: [{ messageId: "unclassified", paragraph: 16 }],
      output: null,
    },
  ],
});
