import fc from "fast-check";
import { convertTcvn3, toTcvn3 } from "../../../src/core/encoding/tcvn3";
import { tcvn3Pairs } from "../../../src/core/encoding/tcvn3-table";
import { fold } from "../../../src/core/text/normalize";
import { asciiFiller, lowerLetters, nonAsciiLower, upperLetters } from "./vietnamese-letters";

describe("TCVN3 table", () => {
  it("covers every lower-case letter and the seven base capitals, one code each, in 0xA1–0xFE", () => {
    const letters = tcvn3Pairs.map(([, l]) => l);
    expect(new Set(letters).size).toBe(letters.length);
    expect(new Set(tcvn3Pairs.map(([c]) => c)).size).toBe(tcvn3Pairs.length);
    expect([...letters].sort()).toEqual([...nonAsciiLower, "Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"].sort());
    for (const [code] of tcvn3Pairs) expect(code >= 0xa1 && code <= 0xfe).toBe(true);
  });

  it.each([
    [0xb5, "à"], [0xb8, "á"], [0xad, "ư"], [0xae, "đ"], [0xa7, "Đ"], [0xca, "ấ"], [0xd6, "ệ"], [0xf9, "ự"], [0xfe, "ỵ"], [0xc6, "ặ"],
  ])("byte 0x%s agrees with libiconv's TCVN 5712 (%s)", (code, letter) => {
    expect(convertTcvn3(String.fromCharCode(code))).toBe(letter);
  });

  it("leaves the VN1-only positions (capitals, combining marks) alone: ABC fonts do not use them", () => {
    expect(convertTcvn3("À°¿Ð")).toBe("À°¿é");
  });
});

describe("convertTcvn3", () => {
  it.each([
    ["Ban ChÊp hµnh Trung \u00ad¬ng", "Ban Chấp hành Trung ương"],
    ["§¶ng Céng s¶n ViÖt Nam", "Đảng Cộng sản Việt Nam"],
    ["cña vµ c¸c n¨m th¸ng ngµy", "của và các năm tháng ngày"],
    ["ng\u00adêi", "người"],
    ["Chi bé th«n Hßa B×nh", "Chi bộ thôn Hòa Bình"],
    ["Thêi gian: 19 giê 30 phót, ngµy 05 th¸ng 11 n¨m 2025.", "Thời gian: 19 giờ 30 phút, ngày 05 tháng 11 năm 2025."],
    ["®ång chÝ NguyÔn V¨n An", "đồng chí Nguyễn Văn An"],
    ["§/c Lª ThÞ B×nh", "Đ/c Lê Thị Bình"],
  ])("%s → %s", (legacy, unicode) => {
    expect(convertTcvn3(legacy)).toBe(unicode);
  });

  it("reads 'Uû ban' as written: U + ỷ (old tone placement), the same syllable as 'Ủy'", () => {
    // ABC fonts have no toned capital Ủ, so typists wrote U + ỷ; the conversion keeps the letters.
    expect(convertTcvn3("Uû ban nh©n d©n")).toBe("Uỷ ban nhân dân");
    expect(fold(convertTcvn3("Uû ban nh©n d©n"))).toBe(fold("Ủy ban nhân dân"));
  });

  it("upper-cases for '.VnTimeH'-style fonts", () => {
    expect(convertTcvn3("®¶ng céng s¶n viÖt nam", { upper: true })).toBe("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(convertTcvn3("chi bé th«n hßa b×nh", { upper: true })).toBe("CHI BỘ THÔN HÒA BÌNH");
  });

  it("round-trips every letter through the inverse table", () => {
    for (const l of lowerLetters) expect(convertTcvn3(toTcvn3(l))).toBe(l);
    for (const u of upperLetters) expect(convertTcvn3(toTcvn3(u), { upper: true })).toBe(u);
  });

  it("round-trips any text of Vietnamese letters (property)", () => {
    const chars = [...lowerLetters, "Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ", ...asciiFiller];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 60 }), (a) => {
        const s = a.join("");
        expect(convertTcvn3(toTcvn3(s))).toBe(s);
      }),
    );
  });

  it("round-trips capitals through an upper-case font (property)", () => {
    const chars = [...upperLetters, ...asciiFiller.map((c) => c.toUpperCase())];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 60 }), (a) => {
        const s = a.join("");
        expect(convertTcvn3(toTcvn3(s), { upper: true })).toBe(s);
      }),
    );
  });
});
