import fc from "fast-check";
import { convertVni, toVni } from "../../../src/core/encoding/vni";
import { vniPairs } from "../../../src/core/encoding/vni-table";
import { asciiFiller, lowerLetters, nonAsciiLower, nonAsciiUpper, upperLetters } from "./vietnamese-letters";

describe("VNI table", () => {
  it("covers every non-ASCII letter of both cases, codes unique", () => {
    const letters = vniPairs.map(([, l]) => l);
    expect(new Set(letters).size).toBe(letters.length);
    expect(new Set(vniPairs.map(([c]) => c)).size).toBe(vniPairs.length);
    // ì í Ì Í are their own VNI codes, so they are not pairs.
    const own = ["ì", "í", "Ì", "Í"];
    expect([...letters, ...own].sort()).toEqual([...nonAsciiLower, ...nonAsciiUpper].sort());
  });

  it.each([
    ["aø", "à"], ["AÙ", "Á"], ["aâ", "â"], ["aá", "ấ"], ["aë", "ặ"], ["æ", "ỉ"], ["ó", "ĩ"], ["ò", "ị"], ["î", "ỵ"], ["YÕ", "Ỹ"], ["ñ", "đ"], ["Ö", "Ư"],
  ])("%s → %s (agrees with xvnkb's VNI rows)", (code, letter) => {
    expect(convertVni(code)).toBe(letter);
  });
});

describe("convertVni", () => {
  it.each([
    ["Ñaûng Coäng saûn Vieät Nam", "Đảng Cộng sản Việt Nam"],
    ["cuûa vaø caùc naêm thaùng ngaøy", "của và các năm tháng ngày"],
    ["ñöôïc ngöôøi öôùc", "được người ước"],
    ["ÑAÛNG COÄNG SAÛN VIEÄT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"],
    ["Chi boä thoân Hoøa Bình", "Chi bộ thôn Hòa Bình"],
    ["Thôøi gian: 19 giôø 30 phuùt.", "Thời gian: 19 giờ 30 phút."],
    ["khuyeát ñieåm", "khuyết điểm"],
  ])("%s → %s", (legacy, unicode) => {
    expect(convertVni(legacy)).toBe(unicode);
  });

  it("takes the longest match first", () => {
    expect(convertVni("oâ")).toBe("ô");
    expect(convertVni("ôù")).toBe("ớ");
    expect(convertVni("ô")).toBe("ơ");
    expect(convertVni("aø")).not.toBe("aø");
  });

  it("decodes mixed-case codes typed with Caps Lock by the base letter's case", () => {
    expect(convertVni("Aù")).toBe("Á");
    expect(convertVni("aÙ")).toBe("á");
    expect(convertVni("TRÖÔØNG")).toBe("TRƯỜNG");
  });

  it("round-trips every letter through the inverse table", () => {
    for (const l of [...lowerLetters, ...upperLetters]) expect(convertVni(toVni(l))).toBe(l);
  });

  it("round-trips any text of Vietnamese letters (property)", () => {
    const chars = [...lowerLetters, ...upperLetters, ...asciiFiller];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 60 }), (a) => {
        const s = a.join("");
        expect(convertVni(toVni(s))).toBe(s);
      }),
    );
  });
});
