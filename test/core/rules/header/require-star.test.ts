import rule from "../../../../src/core/rules/header/require-star";
import { makeDoc } from "../../../helpers/make-doc";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";
import { minutes } from "./header-docs";

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: makeDoc("ĐẢNG BỘ XÃ TUY LỘC\t\tĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ THÔN HÒA BÌNH", "*\t\tTuy Lộc, ngày 05 tháng 11 năm 2025", "Số 11-BB/CB", "BIÊN BẢN", "sinh hoạt chi bộ tháng 11", minutesBody), name: "tab layout" },
  ],
  invalid: [
    { doc: minutes({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "Số 11-BB/CB"] }), errors: [{ messageId: "missing", severity: "info", paragraph: 1 }] },
    { doc: minutes({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "-------", "Số 11-BB/CB"] }), errors: [{ messageId: "stateStyle", paragraph: 2 }] },
    { doc: minutes({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "──────", "Số 11-BB/CB"] }), name: "a solid box-drawing rule", errors: [{ messageId: "stateStyle", paragraph: 2 }] },
  ],
});
