import rule from "../../../../src/core/rules/header/require-party-title";
import { p } from "../../../helpers/make-doc";
import { ruleTester } from "../../../helpers/rule-tester";
import { sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";
import { LEFT, minutes, resolution, textsWith } from "./header-docs";

const lowerTyped = minutes({ right: ["DANG CONG SAN VIET NAM", "Tuy Lộc, ngày 05 tháng 11 năm 2025"] });
const wrongTone = minutes({ right: ["ĐẢNG CỘNG SẢN VIÊT NAM", "Tuy Lộc, ngày 05 tháng 11 năm 2025"] });

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: minutes({ right: [p("Đảng Cộng sản Việt Nam", { format: { caps: true } }), "Tuy Lộc, ngày 05 tháng 11 năm 2025"] }), name: "typed in lower case, displayed in capitals" },
    { doc: minutes({ right: ["ĐẢNG  CỘNG SẢN VIỆT NAM", "Tuy Lộc, ngày 05 tháng 11 năm 2025"] }), name: "double space" },
    { doc: minutes({ left: [...LEFT.slice(0, 3), "Số 11-BB/CB\t\tĐẢNG CỘNG SẢN VIỆT NAM"], right: ["Tuy Lộc, ngày 05 tháng 11 năm 2025"] }), name: "beside the number, after a tab" },
  ],
  invalid: [
    { doc: minutes({ right: ["Tuy Lộc, ngày 05 tháng 11 năm 2025"] }), errors: [{ messageId: "missing", severity: "error" }], output: null },
    { doc: resolution({ right: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tuy Lộc, ngày 05 tháng 11 năm 2025"] }), type: "nghi-quyet", errors: [{ messageId: "stateInstead", paragraph: 4 }], output: null },
    { doc: lowerTyped, name: "typed without tone marks", errors: [{ messageId: "misspelled", paragraph: 4 }], output: textsWith(lowerTyped, 4, "ĐẢNG CỘNG SẢN VIỆT NAM") },
    { doc: wrongTone, name: "a wrong tone mark", errors: [{ messageId: "misspelled", paragraph: 4 }], output: textsWith(wrongTone, 4, "ĐẢNG CỘNG SẢN VIỆT NAM") },
    {
      doc: minutes({ right: ["ĐẢNG CỘNG SẢN VIÊT NAM".normalize("NFD"), "Tuy Lộc, ngày 05 tháng 11 năm 2025"] }),
      name: "decomposed text: no offsets, no fix",
      errors: [{ messageId: "misspelled", paragraph: 4 }],
      output: null,
    },
  ],
});
