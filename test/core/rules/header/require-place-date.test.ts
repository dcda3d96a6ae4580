import rule from "../../../../src/core/rules/header/require-place-date";
import { ruleTester } from "../../../helpers/rule-tester";
import { sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";
import { minutes, resolution } from "./header-docs";

const right = (line: string) => ["ĐẢNG CỘNG SẢN VIỆT NAM", line];

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: minutes({ right: right("Tuy Loc, ngay 05 thang 11 nam 2025") }), name: "typed without tone marks" },
    { doc: minutes({ right: right("Hòa Bình, ngày mười lăm tháng 11 năm 2025") }), name: "day in words" },
    { doc: minutes({ right: right("Tuy Lộc, ngày 5 tháng 03 năm 2025") }), name: "unpadded day (the date format is another check)" },
    { doc: minutes({ right: right("Tuy Lộc, 05/11/2025") }), name: "a slash date (the date format is another check)" },
    { doc: minutes({ right: right("…, ngày … tháng … năm …") }), name: "the template's blanks (the placeholder check reports them)" },
  ],
  invalid: [
    { doc: minutes({ right: ["ĐẢNG CỘNG SẢN VIỆT NAM"] }), errors: [{ messageId: "missing", severity: "warning", paragraph: 4 }] },
    { doc: resolution({ right: ["ĐẢNG CỘNG SẢN VIỆT NAM"] }), type: "nghi-quyet", errors: [{ messageId: "missing", severity: "error" }] },
    { doc: minutes({ right: right("ngày 05 tháng 11 năm 2025") }), errors: [{ messageId: "noPlace", paragraph: 5 }] },
    { doc: minutes({ right: right("Đắk Nông, ngày    tháng 11 năm 2021") }), name: "the seed's blank day", errors: [{ messageId: "noDate", paragraph: 5 }] },
    { doc: minutes({ right: right("ngày  tháng  năm 2025") }), errors: [{ messageId: "noPlace" }, { messageId: "noDate" }] },
  ],
});
