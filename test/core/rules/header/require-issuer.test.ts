import rule from "../../../../src/core/rules/header/require-issuer";
import { ruleTester } from "../../../helpers/rule-tester";
import { sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";
import { minutes, resolution } from "./header-docs";

const committeeIssuer = ["ĐẢNG ỦY XÃ TUY LỘC", "CHI ỦY CHI BỘ THÔN HÒA BÌNH", "*", "Số 10-BB/CB"];

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: minutes({ left: committeeIssuer, title: "BIÊN BẢN HỌP CHI ỦY" }), type: "bien-ban-chi-uy", name: "chi ủy minutes issued by the chi ủy" },
    { doc: minutes({ left: ["ĐẢNG BỘ XÃ TUY LỘC\nCHI BỘ THÔN HÒA BÌNH\n*", "Số 11-BB/CB"] }), name: "line breaks in one paragraph" },
    { doc: minutes({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ 3", "*", "Số 11-BB/CB"] }), name: "a numbered cell" },
    { doc: minutes({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ ……", "*", "Số 11-BB/CB"] }), name: "a name left as the template's blank (the placeholder check reports it)" },
  ],
  invalid: [
    { doc: minutes({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "*", "Số 11-BB/CB"] }), errors: [{ messageId: "missing", severity: "error" }] },
    { doc: resolution({ left: committeeIssuer }), type: "nghi-quyet", errors: [{ messageId: "committee", paragraph: 1 }] },
    { doc: minutes({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ", "*", "Số 11-BB/CB"] }), errors: [{ messageId: "noName", paragraph: 1 }] },
  ],
});
