import rule from "../../../../src/core/rules/meeting/require-chair";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, replacing, sampleCommittee, sampleMinutes, sampleThematic, without } from "../../../helpers/samples";
import { texts } from "./texts";

const CHAIR = /^Chủ trì:/;
const withChair = (line: string) => sampleMinutes(replacing(minutesBody, CHAIR, line));

ruleTester.run(rule, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: withChair("Chủ trì: đồng chí Nguyễn Văn An – Bí thư chi bộ"), name: "dash" },
    { doc: withChair("Chủ tọa: Đ/c Nguyễn Văn An"), name: "Chủ tọa: Đ/c" },
    { doc: withChair("Đồng chí Nguyễn Văn An, Bí thư Chi bộ, chủ trì."), name: "sentence" },
    { doc: withChair("Người chủ trì: Nguyễn Văn An."), name: "Người chủ trì" },
    { doc: withChair("Chủ trì cuộc họp: đ/c Nguyễn Văn An."), name: "Chủ trì cuộc họp" },
    { doc: withChair("Cuộc họp do đồng chí Nguyễn Văn An, Bí thư Chi bộ chủ trì."), name: "do … chủ trì" },
    { doc: withChair("CHỦ TRÌ: ĐỒNG CHÍ NGUYỄN VĂN AN"), name: "capitals" },
    { doc: withChair("Chu tri: dong chi Nguyen Van An"), name: "no tone marks" },
    { doc: withChair("Chủ trì: Bí thư Chi bộ Nguyễn Văn An."), name: "title before the name" },
  ],
  invalid: [
    {
      name: "missing: inserted after the place",
      doc: sampleMinutes(without(minutesBody, CHAIR)),
      errors: [{ messageId: "missing", paragraph: 9 }],
      output: texts(withChair("Chủ trì: đồng chí …")),
    },
    { name: "trap: a title with no name", doc: withChair("Chủ trì: Bí thư chi bộ."), errors: [{ messageId: "titleOnly", paragraph: 10, message: "Bí thư chi bộ" }], output: null },
    { name: "an unfilled label", doc: withChair("Chủ trì: đồng chí ……"), errors: [{ messageId: "noName", paragraph: 10 }], output: null },
    {
      name: "a task 'chủ trì' is not the chair",
      doc: sampleMinutes(replacing(minutesBody, CHAIR, "Giao đồng chí Nguyễn Văn An chủ trì rà soát hộ nghèo.")),
      errors: [{ messageId: "missing" }],
    },
  ],
});
