import rule from "../../../../src/core/rules/header/require-subject";
import { ruleTester } from "../../../helpers/rule-tester";
import { sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";
import { minutes, resolution, textsWith } from "./header-docs";

const capital = resolution({ subject: "Về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025" });

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: minutes({ subject: "họp chi bộ tháng 11 năm 2025" }), name: "họp chi bộ" },
    { doc: minutes({ subject: "SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 11/2025" }), name: "capitals, định kỳ" },
    { doc: minutes({ subject: "sinh hoat chi bo thuong ky thang 11" }), name: "typed without tone marks" },
    { doc: minutes({ title: "BIÊN BẢN HỌP CHI ỦY", subject: "chi bộ thôn Hòa Bình, tháng 11 năm 2025" }), type: "bien-ban-chi-uy", name: "the meeting named in the title" },
    { doc: minutes({ title: "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11", subject: null }), name: "title and subject on one line" },
  ],
  invalid: [
    { doc: minutes({ subject: null }), errors: [{ messageId: "missing", severity: "error", paragraph: 6 }] },
    { doc: resolution({ subject: null }), type: "nghi-quyet", errors: [{ messageId: "missing", message: "về lãnh đạo" }] },
    { doc: minutes({ subject: "tháng 11 năm 2025" }), errors: [{ messageId: "noMeeting", severity: "warning", paragraph: 7 }] },
    { doc: capital, type: "nghi-quyet", errors: [{ messageId: "capitalVe", severity: "info", paragraph: 7 }], output: textsWith(capital, 7, "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025") },
  ],
});
