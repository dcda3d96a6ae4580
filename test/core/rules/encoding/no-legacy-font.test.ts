import { applyFix } from "../../../../src/core/model/apply-fix";
import rule from "../../../../src/core/rules/encoding/no-legacy-font";
import { ruleTester, runRule } from "../../../helpers/rule-tester";
import { sampleMinutes, sampleResolution } from "../../../helpers/samples";
import { docOfRuns, makeDoc, overlay, p, run } from "./runs";

const vn = (text: string, format = {}) => p(text, { format: { font: ".VnTime", ...format } });

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: makeDoc(p("Chủ trì: đồng chí Nguyễn Văn An", { format: { font: "Arial" } })), name: "another Unicode font is FMT.FONT's finding" },
    { doc: makeDoc("Chủ trì: đồng chí An", p("   ", { format: { font: ".VnTime" } })), name: "blank legacy runs" },
    { doc: makeDoc(p("c¸c ®ång chÝ", { format: { font: "VNIbold" } })), name: "a font merely starting with VNI" },
  ],
  invalid: [
    { doc: makeDoc(vn("§¶ng bé x· Tuy Léc")), errors: [{ messageId: "legacyFont", paragraph: 0, severity: "error", message: "Đảng bộ xã Tuy Lộc" }], output: ["Đảng bộ xã Tuy Lộc"] },
    {
      name: "upper-case .VnTimeH font",
      doc: makeDoc(p("®¶ng céng s¶n viÖt nam", { format: { font: ".VnTimeH", bold: true } })),
      errors: [{ messageId: "legacyFont", message: ".VnTimeH (bảng mã TCVN3" }],
      output: ["ĐẢNG CỘNG SẢN VIỆT NAM"],
    },
    {
      name: "VNI font",
      doc: makeDoc(p("Ñaûng uûy xaõ Tuy Loäc", { format: { font: "VNI-Times" } })),
      errors: [{ messageId: "legacyFont", message: "bảng mã VNI" }],
      output: ["Đảng ủy xã Tuy Lộc"],
    },
    {
      name: "only the legacy run of a mixed paragraph is converted",
      doc: docOfRuns([run("Chủ trì: ", { bold: true }), run("®ång chÝ NguyÔn V¨n An, BÝ th­ Chi bé.", { font: ".VnTime" })]),
      errors: [{ messageId: "legacyFont", paragraph: 0 }],
      output: ["Chủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ."],
    },
    {
      name: "consecutive legacy runs split by spell-check, same formatting: one finding",
      doc: docOfRuns([run("Th­ ", { font: ".VnTime" }), run("ký: ®ång chÝ", { font: ".VnTime" })]),
      errors: [{ messageId: "legacyFont" }],
      output: ["Thư ký: đồng chí"],
    },
    {
      name: "legacy runs formatted differently: one finding each",
      doc: docOfRuns([run("Chñ tr×:", { font: ".VnTime", bold: true }), run(" ®ång chÝ An", { font: ".VnTime" }), run(", bÝ th\u00ad", { font: ".VnTimeH" })]),
      errors: [{ messageId: "legacyFont" }, { messageId: "legacyFont" }, { messageId: "legacyFont" }],
      output: ["Chủ trì: đồng chí An, BÍ THƯ"],
    },
    {
      name: "a legacy hAnsi font draws the Vietnamese letters",
      doc: docOfRuns([run("c¸c ®ång chÝ", { font: "Times New Roman", fontHAnsi: ".VnTime" })]),
      errors: [{ messageId: "legacyFont", message: ".VnTime" }],
      output: ["các đồng chí"],
    },
    {
      name: "no body font in the profile: nothing to convert to",
      doc: makeDoc(vn("c¸c ®ång chÝ")),
      overlays: [overlay({ layout: { fonts: [] } })],
      errors: [{ messageId: "legacyFont" }],
      output: null,
    },
    {
      name: "runs that do not add up to the text: reported, not fixed",
      doc: (() => {
        const d = makeDoc(vn("c¸c ®ång chÝ"));
        return { ...d, paragraphs: d.paragraphs.map((x) => ({ ...x, raw: "c¸c ®ång chÝ!" })) };
      })(),
      errors: [{ messageId: "legacyFont" }],
      output: null,
    },
  ],
});

describe("bienban/no-legacy-font fix", () => {
  it("sets the profile's first body font on the converted run and keeps its other formatting", () => {
    const doc = docOfRuns([run("Chủ trì: "), run("®ång chÝ An", { font: ".VnTime", bold: true, size: 14 })]);
    const [finding] = runRule(rule, doc, {});
    expect(finding?.fix).toMatchObject({ kind: "replace-text", start: 9, end: 20, expected: "®ång chÝ An", text: "đồng chí An", font: "Times New Roman" });
    const fixed = applyFix(doc, finding!.fix!);
    expect(fixed.paragraphs[0]!.runs).toEqual([run("Chủ trì: "), run("đồng chí An", { font: "Times New Roman", bold: true, size: 14 })]);
  });

  it("uses the overlay's font list", () => {
    const doc = makeDoc(vn("c¸c ®ång chÝ"));
    const [finding] = runRule(rule, doc, { overlays: [overlay({ layout: { fonts: ["Arial"] } })] });
    expect(finding?.fix).toMatchObject({ font: "Arial" });
  });
});
