import { readDocx } from "../../src/docx";
import { NFC_QUICK_RANGES, isQuickNfc, toNfc } from "../../src/docx/to-nfc";
import { p, rawDocx } from "../helpers/raw-docx";
import { findEntry, writeU32 } from "../helpers/zip-patch";

const style = (size: number, font: string): string =>
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/><w:sz w:val="${size}"/></w:rPr></w:style>`;

describe("caches shared between documents", () => {
  it("gives each document its own styles, even with identical run properties", () => {
    const body = `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>a</w:t></w:r></w:p>`;
    const a = readDocx(rawDocx({ body, styles: style(28, "Times New Roman") }));
    const b = readDocx(rawDocx({ body, styles: style(26, "Arial") }));
    const again = readDocx(rawDocx({ body, styles: style(28, "Times New Roman") }));
    expect(a.paragraphs[0]?.runs[0]?.format).toEqual({ font: "Times New Roman", size: 14, bold: true, italic: false, underline: false, caps: false });
    expect(b.paragraphs[0]?.runs[0]?.format).toEqual({ font: "Arial", size: 13, bold: true, italic: false, underline: false, caps: false });
    expect(again).toEqual(a);
  });

  it("never mistakes a part for another with the same declared checksum and sizes", () => {
    const first = rawDocx({ body: p("x"), styles: style(28, "AAAAA") });
    const second = rawDocx({ body: p("x"), styles: style(28, "BBBBB") });
    // Make the second styles part claim the first one's CRC: only the stored bytes can tell them apart.
    const crc = new DataView(first.buffer, first.byteOffset).getUint32(findEntry(first, "word/styles.xml").central + 16, true);
    const forged = second.slice();
    writeU32(forged, findEntry(forged, "word/styles.xml").central + 16, crc);
    expect(readDocx(first).defaultFont).toBe("AAAAA");
    expect(readDocx(forged).defaultFont).toBe("BBBBB");
  });

  it("shares frozen run formats: equal formats are one object", () => {
    const model = readDocx(rawDocx({ body: p("a") + p("b") }));
    const [x, y] = model.paragraphs.map((q) => q.runs[0]?.format);
    expect(x).toBe(y);
    expect(Object.isFrozen(x)).toBe(true);
  });
});

describe("toNfc quick path", () => {
  it("is exact: quick-range characters are NFC-stable and never compose with what precedes them", () => {
    const cps: number[] = [];
    for (const [a, b] of NFC_QUICK_RANGES) for (let c = a; c <= b; c++) if (c >= 0x20) cps.push(c);
    for (const c of cps) expect(String.fromCharCode(c).normalize("NFC")).toBe(String.fromCharCode(c));
    const bases = ["a", "e", "o", "u", "A", "O", "U", "i", "y", "\u00E2", "\u01A1", "\u01B0", "\u1EA1"];
    for (const base of bases) for (const c of cps) {
      const s = base + String.fromCharCode(c);
      if (s.normalize("NFC") !== s) throw new Error(`U+${c.toString(16)} composes after ${base}`);
    }
  });

  it("normalises anything outside the quick ranges", () => {
    expect(isQuickNfc("Đảng viên – “chi bộ” …")).toBe(true);
    expect(isQuickNfc("Đa\u0309ng")).toBe(false);
    expect(toNfc("Đa\u0309ng")).toBe("Đảng");
    expect(toNfc("\u212B")).toBe("\u00C5");
  });
});
