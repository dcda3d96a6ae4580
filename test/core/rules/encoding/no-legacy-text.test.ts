import rule from "../../../../src/core/rules/encoding/no-legacy-text";
import { toTcvn3 } from "../../../../src/core/encoding/tcvn3";
import { toVni } from "../../../../src/core/encoding/vni";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";
import { docOfRuns, makeDoc, p, run } from "./runs";

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: makeDoc("Tôi có ô và mũ, hôm nay là thứ hai.", "ô ô ô", "Ông José Müller, café, 25°C, © 2025, 3 µm"), name: "Latin-1 letters and symbols in real text" },
    { doc: makeDoc("Bien ban hop chi bo thon Hoa Binh, thang 11 nam 2025"), name: "typed without tone marks" },
    { doc: makeDoc(p("c¸c ®ång chÝ", { format: { font: ".VnTime" } })), name: "legacy text in a legacy font is ENC.LEGACY_FONT's" },
    { doc: makeDoc("hµnh"), name: "one ordinary legacy-looking word is not enough" },
  ],
  invalid: [
    {
      doc: makeDoc("Ban ChÊp hµnh Trung \u00ad¬ng"),
      errors: [{ messageId: "legacyText", paragraph: 0, severity: "error", message: "bảng mã TCVN3" }],
      output: ["Ban Chấp hành Trung ương"],
    },
    { doc: makeDoc("Uû ban nh©n d©n x· Tuy Léc"), errors: [{ messageId: "legacyText" }], output: ["Uỷ ban nhân dân xã Tuy Lộc"] },
    {
      doc: makeDoc("Ñaûng Coäng saûn Vieät Nam"),
      errors: [{ messageId: "legacyText", message: "bảng mã VNI" }],
      output: ["Đảng Cộng sản Việt Nam"],
    },
    { name: "VNI in capitals", doc: makeDoc("NGHÒ QUYEÁT CUÛA CHI BOÄ"), errors: [{ messageId: "legacyText" }], output: ["NGHỊ QUYẾT CỦA CHI BỘ"] },
    {
      name: "a Unicode label before pasted TCVN3 stays as typed",
      doc: makeDoc("Nội dung: cña vµ c¸c ®ång chÝ"),
      errors: [{ messageId: "legacyText" }],
      output: ["Nội dung: của và các đồng chí"],
    },
    {
      name: "a whole sample paragraph pasted in TCVN3",
      doc: makeDoc(toTcvn3("Vắng có lý do: 01 đồng chí (Phạm Văn Dũng, đi công tác).")),
      errors: [{ messageId: "legacyText" }],
      output: ["Vắng có lý do: 01 đồng chí (Phạm Văn Dũng, đi công tác)."],
    },
    {
      name: "a whole sample paragraph pasted in VNI",
      doc: makeDoc(toVni(minutesBody[16] as string)),
      errors: [{ messageId: "legacyText" }],
      output: [minutesBody[16] as string],
    },
    {
      name: "TCVN3 and VNI words scoring alike: the encoding cannot be told, no fix",
      doc: makeDoc("cña caùc"),
      errors: [{ messageId: "unknownEncoding" }],
      output: null,
    },
    {
      name: "Unicode words among the legacy ones: reported, not converted",
      doc: makeDoc("Đồng chí cña nhân dân Hòa Bình vµ c¸c"),
      errors: [{ messageId: "mixed", message: "lẫn với chữ Unicode" }],
      output: null,
    },
    {
      name: "legacy words across two runs: one finding per run, formatting kept",
      doc: docOfRuns([run("Chñ tr×:", { bold: true }), run(" ®ång chÝ NguyÔn V¨n An")]),
      errors: [{ messageId: "legacyText" }, { messageId: "legacyText" }],
      output: ["Chủ trì: đồng chí Nguyễn Văn An"],
    },
    {
      name: "a legacy-font run beside is left to ENC.LEGACY_FONT",
      doc: docOfRuns([run("c¸c ®ång chÝ", { font: ".VnTime" }), run(" cña vµ c¸c")]),
      errors: [{ messageId: "legacyText" }],
      output: ["c¸c ®ång chÝ của và các"],
    },
    {
      name: "each paragraph on its own",
      doc: makeDoc("Chủ trì: đồng chí Nguyễn Văn An.", "Th­ ký: ®ång chÝ Lª ThÞ B×nh.", "Cã mÆt: 17 ®ång chÝ."),
      errors: [{ messageId: "legacyText", paragraph: 1 }, { messageId: "legacyText", paragraph: 2 }],
      output: ["Chủ trì: đồng chí Nguyễn Văn An.", "Thư ký: đồng chí Lê Thị Bình.", "Có mặt: 17 đồng chí."],
    },
  ],
});
