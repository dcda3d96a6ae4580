import { convertedRange, detectLegacyText, type KindAnalysis } from "../../../src/core/encoding/legacy-text";
import { convertTcvn3, toTcvn3 } from "../../../src/core/encoding/tcvn3";
import { toVni } from "../../../src/core/encoding/vni";
import { committeeBody, minutesBody, resolutionBody, thematicBody } from "../../helpers/samples";

const applied = (text: string, best: KindAnalysis) => text.slice(0, best.range.start) + convertedRange(text, best) + text.slice(best.range.end);

const sampleParagraphs = [...minutesBody, ...resolutionBody, ...thematicBody, ...committeeBody].filter((x): x is string => typeof x === "string");

const unicodeText = [
  ...sampleParagraphs,
  "ĐẢNG BỘ XÃ TUY LỘC",
  "CHI BỘ THÔN HÒA BÌNH",
  "Tôi có ô và mũ, hôm nay là thứ hai.",
  "ô ô ô",
  "Bien ban hop chi bo thon Hoa Binh thang 11 nam 2025",
  "Ông José Müller, café, naïve, 25°C, ½ lít, © 2025, Microsoft®, 3 µm, § 3",
  "Đồng chí Võ Văn Khoa, Hà Thị Ánh, Lò Văn Páo, Đinh Công Ý phát biểu.",
  "NGHỊ QUYẾT về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025",
];

describe("detectLegacyText on Unicode text", () => {
  it.each(unicodeText.map((t) => [t]))("finds nothing in %s", (text) => {
    const a = detectLegacyText(text);
    expect(a.best).toBeNull();
    expect(a.tie).toBe(false);
  });
});

describe("detectLegacyText on legacy text", () => {
  it.each(sampleParagraphs.map((t) => [t]))("TCVN3 and VNI forms of the sample: %s", (text) => {
    // ABC fonts have no toned capitals ("Ý kiến" is typed "ý kiÕn"), so TCVN3 text reads back with them lower-case.
    const readBack = { tcvn3: convertTcvn3(toTcvn3(text)), vni: text };
    for (const [kind, encode] of [["tcvn3", toTcvn3], ["vni", toVni]] as const) {
      const legacy = encode(text);
      const a = detectLegacyText(legacy);
      expect(a.best?.kind).toBe(kind);
      expect(a.best?.confident).toBe(true);
      expect(applied(legacy, a.best!)).toBe(readBack[kind]);
    }
  });

  it.each([
    ["Ban ChÊp hµnh Trung \u00ad¬ng", "tcvn3", "Ban Chấp hành Trung ương"],
    ["c¸c ®ång chÝ", "tcvn3", "các đồng chí"],
    ["Uû ban nh©n d©n x·", "tcvn3", "Uỷ ban nhân dân xã"],
    ["§¶ng Céng s¶n ViÖt Nam", "tcvn3", "Đảng Cộng sản Việt Nam"],
    ["Ñaûng Coäng saûn Vieät Nam", "vni", "Đảng Cộng sản Việt Nam"],
    ["NGHÒ QUYEÁT CUÛA CHI BOÄ", "vni", "NGHỊ QUYẾT CỦA CHI BỘ"],
  ])("%s is %s", (text, kind, converted) => {
    const a = detectLegacyText(text);
    expect(a.best?.kind).toBe(kind);
    expect(a.best?.confident).toBe(true);
    expect(applied(text, a.best!)).toBe(converted);
  });

  it("scores words, never single characters: one ordinary legacy word is not enough", () => {
    expect(detectLegacyText("hµnh").best).toBeNull();
    expect(detectLegacyText("cña").best?.kind).toBe("tcvn3");
    expect(detectLegacyText("®Ó").best?.kind).toBe("tcvn3");
    expect(detectLegacyText("ng\u00adêi").best?.kind).toBe("tcvn3");
    expect(detectLegacyText("ñeå").best?.kind).toBe("vni");
  });

  it("limits the range to the legacy words: a Unicode label before them stays out", () => {
    const text = "Nội dung: cña vµ c¸c ®ång chÝ";
    const best = detectLegacyText(text).best!;
    expect(best.confident).toBe(true);
    expect(text.slice(best.range.start, best.range.end)).toBe("cña vµ c¸c ®ång chÝ");
    expect(convertedRange(text, best)).toBe("của và các đồng chí");
  });

  it("is not confident when typed Unicode words sit among the legacy ones", () => {
    const a = detectLegacyText("Đồng chí cña nhân dân Hòa Bình vµ c¸c");
    expect(a.best?.kind).toBe("tcvn3");
    expect(a.best?.confident).toBe(false);
    const b = detectLegacyText("cña Bình vµ c¸c");
    expect(b.best?.confident).toBe(false);
  });
});
