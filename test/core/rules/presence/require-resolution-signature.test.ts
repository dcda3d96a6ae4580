import rule from "../../../../src/core/rules/presence/require-resolution-signature";
import type { Profile } from "../../../../src/core/profiles/types";
import { header, makeDoc, table, type Item } from "../../../helpers/make-doc";
import { ruleTester } from "../../../helpers/rule-tester";
import { resolutionBody, sampleResolution } from "../../../helpers/samples";

const nqHeader = header({ title: "NGHỊ QUYẾT", subject: "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025", number: "Số 05-NQ/CB" });
const recipients = ["Nơi nhận:", "- Đảng ủy xã Tuy Lộc (để báo cáo),", "- Lưu Chi bộ."];
const signedBy = (...lines: string[]) => makeDoc(nqHeader, resolutionBody, table([recipients, lines]));
const resolution = (...end: Item[]) => makeDoc(nqHeader, resolutionBody, end);
const committee: Profile = { id: "hd42-mau", kind: "overlay", label: "Mẫu chi ủy", guidance: ["G-HD42"], settings: { authorityLines: ["T/M CHI BỘ", "T/M CHI ỦY"] } };

const unsigned = resolution(table([recipients]));

ruleTester.run(rule, {
  type: "nghi-quyet",
  valid: [
    sampleResolution(),
    signedBy("T/M CHI BỘ", "PHÓ BÍ THƯ", "(Đã ký)", "Trần Văn Hải"),
    signedBy("T/M CHI BỘ", "BÍ THƯ", "NGUYỄN VĂN AN"),
    { doc: signedBy("T/M CHI ỦY", "BÍ THƯ", "Nguyễn Văn An"), overlays: [committee], name: "an authority line the overlay accepts" },
    { doc: resolution("Nơi nhận:\t\t\tT/M CHI BỘ", "- Đảng ủy xã,\t\t\tBÍ THƯ", "- Lưu Chi bộ.", "", "\t\t\tNguyễn Văn An"), name: "tab-separated columns" },
    { doc: signedBy("T/M CHI BỘ", "BÍ THƯ", "(họ tên)"), name: "a name left as the template's blank (the placeholder check reports it)" },
  ],
  invalid: [
    {
      doc: unsigned,
      errors: [{ messageId: "missing", message: "T/M CHI BỘ", severity: "error" }],
      output: [...unsigned.paragraphs.map((x) => x.text), "T/M CHI BỘ", "BÍ THƯ", "(họ tên)"],
    },
    { doc: signedBy("BÍ THƯ", "Nguyễn Văn An"), errors: [{ messageId: "noAuthority", paragraph: 20 }], output: null },
    { doc: signedBy("T/M CHI BỘ", "Nguyễn Văn An"), errors: [{ messageId: "noTitle", paragraph: 20 }] },
    { doc: signedBy("T/M CHI BỘ", "BÍ THƯ", "(Đã ký)"), errors: [{ messageId: "noName", paragraph: 21 }] },
    { doc: signedBy("T/M CHI BỘ", "BÍ THƯ", "TS. Nguyễn Văn An"), errors: [{ messageId: "prefix", message: "TS." }] },
    { doc: signedBy("T/M CHI BỘ", "BÍ THƯ", "Đ/c Nguyễn Văn An"), errors: [{ messageId: "prefix", message: "Đ/c" }] },
  ],
});
