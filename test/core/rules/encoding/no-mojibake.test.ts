import rule from "../../../../src/core/rules/encoding/no-mojibake";
import { ruleTester } from "../../../helpers/rule-tester";
import { sampleCommittee, sampleMinutes, sampleResolution } from "../../../helpers/samples";
import { docOfRuns, makeDoc, p, run } from "./runs";

/** UTF-8 read as Windows-1252 the way browsers and Windows do it (undefined bytes → C1 controls). */
const misread = (s: string) => new TextDecoder("windows-1252").decode(Buffer.from(s, "utf8"));
const misreadLossy = (s: string) => misread(s).replace(/[\u0081\u008d\u008f\u0090\u009d]/g, "");

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: makeDoc("ĐẢNG BỘ XÃ TUY LỘC", "CỘNG HÒA XÃ\u00a0HỘI CHỦ NGHĨA VIỆT NAM", "Ông José Müller, Ä Æ Ã"), name: "real capitals Ã, NBSP after XÃ" },
    { doc: makeDoc(p(misread("các đồng chí"), { format: { font: ".VnTime" } })), name: "legacy-font runs are not read as Unicode" },
  ],
  invalid: [
    {
      doc: makeDoc(misread("Đảng ủy xã Tuy Lộc")),
      errors: [{ messageId: "mojibake", paragraph: 0, severity: "error", message: "là “Đảng”" }],
      output: ["Đảng ủy xã Tuy Lộc"],
    },
    {
      name: "the spec's tell-tale pairs",
      doc: makeDoc("Ä‘á»“ng chÃ­ vÃ\u00a0 cÃ¡c Ä‘áº¡i biá»ƒu", "Ká»‡"),
      errors: [{ messageId: "mojibake", paragraph: 0 }, { messageId: "mojibake", paragraph: 1 }],
      output: ["đồng chí và các đại biểu", "Kệ"],
    },
    {
      name: "a Unicode label before a misread value stays",
      doc: makeDoc(`Địa điểm: ${misread("Nhà văn hóa thôn Hòa Bình")}.`),
      errors: [{ messageId: "mojibake", message: "6 từ" }],
      output: ["Địa điểm: Nhà văn hóa thôn Hòa Bình."],
    },
    {
      name: "bytes dropped on the way: reported, not restored",
      doc: makeDoc(misreadLossy("Đảng ủy xã họp về việc người")),
      errors: [{ messageId: "lossy" }],
      output: null,
    },
    {
      name: "one finding per run",
      doc: docOfRuns([run(misread("Thư ký:"), { bold: true }), run(misread(" đồng chí Lê Thị Bình"))]),
      errors: [{ messageId: "mojibake" }, { messageId: "mojibake" }],
      output: ["Thư ký: đồng chí Lê Thị Bình"],
    },
  ],
});
