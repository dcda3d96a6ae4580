import rule from "../../../../src/core/rules/meeting/require-secretary";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, replacing, sampleCommittee, sampleMinutes, sampleThematic, without } from "../../../helpers/samples";
import { texts } from "./texts";

const SECRETARY = /^Thư ký:/;
const withSecretary = (line: string) => sampleMinutes(replacing(minutesBody, SECRETARY, line));

ruleTester.run(rule, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: withSecretary("Người ghi biên bản: Lê Thị Bình."), name: "Người ghi biên bản" },
    { doc: withSecretary("Chi bộ cử đồng chí Lê Thị Bình làm thư ký."), name: "cử … làm thư ký" },
    { doc: withSecretary("Thư ký cuộc họp: đ/c Lê Thị Bình."), name: "Thư ký cuộc họp: đ/c" },
    { doc: withSecretary("Chi bộ cử đ/c Lê Thị Bình ghi biên bản."), name: "cử đ/c … ghi biên bản" },
    { doc: withSecretary("THƯ KÝ: ĐỒNG CHÍ LÊ THỊ BÌNH"), name: "capitals" },
    { doc: withSecretary("Thu ky: dong chi Le Thi Binh"), name: "no tone marks" },
    { doc: withSecretary("Đồng chí Lê Thị Bình, Chi ủy viên, làm thư ký."), name: "sentence with position" },
  ],
  invalid: [
    {
      name: "missing: inserted after the chair",
      doc: sampleMinutes(without(minutesBody, SECRETARY)),
      errors: [{ messageId: "missing", paragraph: 10, message: "thư ký" }],
      output: texts(withSecretary("Thư ký: đồng chí …")),
    },
    { name: "an unfilled label", doc: withSecretary("Thư ký: đồng chí ……"), errors: [{ messageId: "noName", paragraph: 11 }], output: null },
    { name: "a title with no name", doc: withSecretary("Thư ký: Chi ủy viên."), errors: [{ messageId: "titleOnly", message: "Chi ủy viên" }], output: null },
    {
      name: "the signature block's 'THƯ KÝ' does not name the secretary",
      doc: sampleMinutes(replacing(minutesBody, SECRETARY, "Thư ký đọc lại biên bản.")),
      errors: [{ messageId: "missing" }],
    },
  ],
});
