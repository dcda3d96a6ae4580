import rule from "../../../../src/core/rules/header/require-type-title";
import { p } from "../../../helpers/make-doc";
import { ruleTester } from "../../../helpers/rule-tester";
import { sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";
import { minutes, resolution } from "./header-docs";

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: minutes({ title: p("biên bản", { format: { caps: true, bold: true } }) }), name: "lower case shown in capitals" },
    { doc: minutes({ title: "BIEN BAN" }), name: "typed without tone marks" },
    { doc: minutes({ title: "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2025", subject: null }), name: "title and subject on one line" },
  ],
  invalid: [
    { doc: minutes({ title: null }), errors: [{ messageId: "missing", message: "BIÊN BẢN", severity: "error" }] },
    { doc: resolution({ title: null }), type: "nghi-quyet", errors: [{ messageId: "missing", message: "NGHỊ QUYẾT" }] },
    { doc: minutes({ title: "KẾT LUẬN" }), name: "another type, checked as minutes by choice", errors: [{ messageId: "otherType", paragraph: 6 }] },
    { doc: resolution(), name: "a resolution checked as minutes", errors: [{ messageId: "mismatch", paragraph: 6 }] },
    { doc: sampleMinutes(), type: "nghi-quyet", name: "minutes checked as a resolution", errors: [{ messageId: "mismatch", message: "NGHỊ QUYẾT" }] },
  ],
});
