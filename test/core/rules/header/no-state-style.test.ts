import rule from "../../../../src/core/rules/header/no-state-style";
import { makeDoc, p, table } from "../../../helpers/make-doc";
import { ruleTester } from "../../../helpers/rule-tester";
import { resolutionBody, sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";
import { head, minutes, resolution } from "./header-docs";

const stateRight = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tuy Lộc, ngày 05 tháng 11 năm 2025"];
const recipients = (last: string) =>
  makeDoc(
    head({ title: "NGHỊ QUYẾT", subject: "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025" }),
    resolutionBody,
    table([[p("Nơi nhận:"), "- Đảng ủy xã Tuy Lộc (để báo cáo),", last], ["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An"]]),
  );

ruleTester.run(rule, {
  type: "nghi-quyet",
  valid: [
    { doc: sampleMinutes(), type: "bien-ban-thuong-ky" },
    sampleResolution(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: makeDoc(head(), "Quán triệt Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013.", "Phong trào thi đua vì độc lập - tự do - hạnh phúc của nhân dân."), type: "bien-ban-thuong-ky", name: "the names quoted in the body" },
    { doc: recipients("- Lưu Chi bộ."), name: "the Party archive line" },
    { doc: recipients("- Lưu văn phòng Đảng ủy."), name: "another Party archive line" },
  ],
  invalid: [
    { doc: resolution({ right: stateRight }), errors: [{ messageId: "nationalTitle", severity: "error", paragraph: 4 }, { messageId: "motto", severity: "error", paragraph: 5 }] },
    { doc: minutes({ right: ["ĐẢNG CỘNG SẢN VIỆT NAM", "Độc Lập – Tự Do – Hạnh Phúc", "Tuy Lộc, ngày 05 tháng 11 năm 2025"] }), type: "bien-ban-thuong-ky", name: "the motto alone, capitalised, en dashes", errors: [{ messageId: "motto" }] },
    { doc: minutes({ right: ["ĐẢNG CỘNG SẢN VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tuy Lộc, ngày 05 tháng 11 năm 2025"] }), type: "bien-ban-thuong-ky", name: "the Quốc hiệu beside the Party title", errors: [{ messageId: "nationalTitle" }] },
    { doc: recipients("- Lưu: VT, Chi bộ."), errors: [{ messageId: "archiveVT", severity: "info" }] },
    { doc: recipients("- Lưu VT."), errors: [{ messageId: "archiveVT", severity: "info" }] },
    { doc: recipients("- Luu: VT"), name: "typed without tone marks", errors: [{ messageId: "archiveVT" }] },
  ],
});
