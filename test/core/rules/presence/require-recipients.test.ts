import rule from "../../../../src/core/rules/presence/require-recipients";
import { header, makeDoc, table, type Item } from "../../../helpers/make-doc";
import { ruleTester } from "../../../helpers/rule-tester";
import { resolutionBody, sampleMinutes, sampleResolution } from "../../../helpers/samples";

const nqHeader = header({ title: "NGHỊ QUYẾT", subject: "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025", number: "Số 05-NQ/CB" });
const resolution = (...end: Item[]) => makeDoc(nqHeader, resolutionBody, end);
const signature = ["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An"];

const missing = resolution(table([signature]));
const listed = resolution(table([["Nơi nhận:", "Đảng ủy xã Tuy Lộc (để báo cáo),", "Lưu Chi bộ."], signature]));
listed.paragraphs[18] = { ...listed.paragraphs[18]!, listItem: true };
listed.paragraphs[19] = { ...listed.paragraphs[19]!, listItem: true };

ruleTester.run(rule, {
  type: "nghi-quyet",
  valid: [
    sampleResolution(),
    { doc: sampleMinutes(), type: "bien-ban-thuong-ky", name: "minutes have no recipients (the rule does not apply)" },
    { doc: resolution("Nơi nhận:\t\t\tT/M CHI BỘ", "- Đảng ủy xã Tuy Lộc (để báo cáo),\t\tBÍ THƯ", "- Lưu Chi bộ.", "\t\t\tNguyễn Văn An"), name: "tab-separated columns" },
    { doc: resolution("Nơi nhận:", "– Đảng ủy xã (để báo cáo),", "– Lưu Chi bộ.", "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An"), name: "stacked paragraphs, en dashes" },
    { doc: resolution("Nơi nhận: - Đảng ủy xã,\n- Lưu VP Đảng ủy."), name: "line breaks in one paragraph" },
    { doc: listed, name: "Word list items (the dash is generated)" },
    { doc: resolution("Noi nhan:", "- Dang uy xa,", "- Luu Chi bo."), name: "typed without tone marks" },
  ],
  invalid: [
    { doc: missing, errors: [{ messageId: "missing", severity: "error" }], output: [...missing.paragraphs.map((x) => x.text).slice(0, 17), "Nơi nhận:", "- …,", "- Lưu Chi bộ.", ...signature] },
    { doc: resolution(table([["Nơi nhận:"], signature])), errors: [{ messageId: "empty" }], output: null },
    { doc: resolution(table([["Nơi nhận:", "- Đảng ủy xã Tuy Lộc (để báo cáo),", "- Đảng viên trong chi bộ."], signature])), errors: [{ messageId: "noArchive", paragraph: 19 }] },
  ],
});
