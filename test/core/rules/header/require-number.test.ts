import rule from "../../../../src/core/rules/header/require-number";
import { ruleTester } from "../../../helpers/rule-tester";
import { sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";
import { minutes, resolution } from "./header-docs";

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: minutes({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*", "Số:    -BB/CB"] }), name: "number left blank for the registry (form is another check)" },
    { doc: minutes({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*", "So 11-BB/CB"] }), name: "typed without tone marks" },
  ],
  invalid: [
    { doc: minutes({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*"] }), errors: [{ messageId: "missing", severity: "warning", paragraph: 2 }] },
    { doc: resolution({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*"] }), type: "nghi-quyet", errors: [{ messageId: "missing", severity: "error" }] },
  ],
});
