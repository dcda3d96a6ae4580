import { convertByFont } from "../../../src/core/encoding/convert-by-font";
import { isUpperCaseLegacyFont, legacyFontKind, runLegacyFont } from "../../../src/core/encoding/legacy-font";

describe("legacyFontKind", () => {
  it.each([
    [".VnTime", "tcvn3"],
    [".VnTimeH", "tcvn3"],
    [".VnArial NarrowH", "tcvn3"],
    [".vntime", "tcvn3"],
    [" .VnCentury Schoolbook", "tcvn3"],
    ["VNI-Times", "vni"],
    ["VNI Helve", "vni"],
    ["vni-times", "vni"],
    ["Times New Roman", null],
    ["Arial", null],
    ["VNIbold", null],
    ["Vn Times", null],
    [undefined, null],
  ])("%s → %s", (font, kind) => {
    expect(legacyFontKind(font)).toBe(kind);
  });

  it("knows the upper-case TCVN3 fonts by their final H", () => {
    expect(isUpperCaseLegacyFont(".VnTimeH")).toBe(true);
    expect(isUpperCaseLegacyFont(".VnArialH ")).toBe(true);
    expect(isUpperCaseLegacyFont(".VnTime")).toBe(false);
    expect(isUpperCaseLegacyFont("VNI-TimesH")).toBe(false);
    expect(isUpperCaseLegacyFont("Times New RomanH")).toBe(false);
  });

  it("lets the hAnsi font decide, since legacy bytes are drawn with it", () => {
    expect(runLegacyFont({ font: "Times New Roman", fontHAnsi: ".VnTime" })).toBe(".VnTime");
    expect(runLegacyFont({ font: "VNI-Times" })).toBe("VNI-Times");
    expect(runLegacyFont({ font: "Times New Roman", fontHAnsi: "Arial" })).toBeUndefined();
  });
});

describe("convertByFont", () => {
  it.each([
    ["c¸c ®ång chÝ", ".VnTime", "các đồng chí"],
    ["®¶ng bé x· tuy léc", ".VnTimeH", "ĐẢNG BỘ XÃ TUY LỘC"],
    ["caùc ñoàng chí", "VNI-Times", "các đồng chí"],
    ["các đồng chí", "Times New Roman", "các đồng chí"],
  ])("%s in %s → %s", (text, font, out) => {
    expect(convertByFont(text, font)).toBe(out);
  });
});
