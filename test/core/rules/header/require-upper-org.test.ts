import rule from "../../../../src/core/rules/header/require-upper-org";
import { ruleTester } from "../../../helpers/rule-tester";
import { sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";
import { minutes } from "./header-docs";

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: minutes({ left: ["ĐẢNG ỦY XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*", "Số 11-BB/CB"] }), name: "ĐẢNG ỦY" },
    { doc: minutes({ left: ["ĐẢNG UỶ KHỐI CÁC CƠ QUAN TỈNH", "CHI BỘ VĂN PHÒNG", "*", "Số 11-BB/CB"] }), name: "ĐẢNG UỶ with the older tone placement" },
    { doc: minutes({ left: ["HUYỆN ỦY ĐỊNH HÓA", "CHI BỘ CƠ QUAN", "*", "Số 11-BB/CB"] }), name: "a district committee" },
    { doc: minutes({ left: ["dang bo xa tuy loc", "chi bo thon hoa binh", "*", "Số 11-BB/CB"] }), name: "typed without tone marks" },
  ],
  invalid: [
    { doc: minutes({ left: ["CHI BỘ THÔN HÒA BÌNH", "*", "Số 11-BB/CB"] }), errors: [{ messageId: "missing", severity: "warning", paragraph: 0 }] },
    { doc: minutes({ left: ["CHI BỘ THÔN HÒA BÌNH", "ĐẢNG BỘ XÃ TUY LỘC", "*", "Số 11-BB/CB"] }), errors: [{ messageId: "below", paragraph: 1 }] },
  ],
});
