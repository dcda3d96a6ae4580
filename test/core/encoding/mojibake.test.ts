import { decodeMojibake, mojibakeWords } from "../../../src/core/encoding/mojibake";
import { decodeUtf8 } from "../../../src/core/encoding/utf8";
import { committeeBody, minutesBody, resolutionBody, thematicBody } from "../../helpers/samples";

/** What a browser or Windows shows for UTF-8 read as Windows-1252 (WHATWG: undefined bytes → C1). */
const misread = (s: string) => new TextDecoder("windows-1252").decode(Buffer.from(s, "utf8"));
/** The same, by a tool that drops the undefined bytes. */
const misreadLossy = (s: string) => misread(s).replace(/[\u0081\u008d\u008f\u0090\u009d]/g, "");

const sampleParagraphs = [...minutesBody, ...resolutionBody, ...thematicBody, ...committeeBody].filter((x): x is string => typeof x === "string");

describe("decodeUtf8", () => {
  it("decodes valid sequences and refuses malformed ones", () => {
    expect(decodeUtf8([0x63, 0xc3, 0xa0])).toBe("cà");
    expect(decodeUtf8([0xe1, 0xba, 0xa1])).toBe("ạ");
    expect(decodeUtf8([0xc3])).toBeNull();
    expect(decodeUtf8([0xc0, 0x80])).toBeNull(); // overlong
    expect(decodeUtf8([0xed, 0xa0, 0x80])).toBeNull(); // surrogate
    expect(decodeUtf8([0xe1, 0xba, 0x41])).toBeNull();
  });
});

describe("decodeMojibake", () => {
  it.each([
    ["Ä‘", "đ"],
    ["áº¡", "ạ"],
    ["á»‡", "ệ"],
    ["vÃ\u00a0", "và"],
    ["ngÆ°á»\u009di", "người"],
  ])("%s → %s", (bad, good) => {
    expect(decodeMojibake(bad)).toBe(good);
  });

  it("refuses text that is not Windows-1252 or not UTF-8", () => {
    expect(decodeMojibake("XÃ")).toBeNull();
    expect(decodeMojibake("Đảng")).toBeNull();
  });
});

describe("mojibakeWords", () => {
  it.each(sampleParagraphs.map((t) => [t]))("restores every word of the misread sample: %s", (text) => {
    const bad = misread(text);
    const words = mojibakeWords(bad);
    expect(words.length).toBeGreaterThan(0);
    let out = "";
    let pos = 0;
    for (const w of words) {
      expect(w.decoded).not.toBeNull();
      out += bad.slice(pos, w.start) + w.decoded;
      pos = w.end;
    }
    expect(out + bad.slice(pos)).toBe(text);
  });

  it("recognises words whose bytes were dropped, without restoring them", () => {
    const words = mojibakeWords(misreadLossy("Đảng ủy xã họp về việc người"));
    expect(words.some((w) => w.decoded === null)).toBe(true);
  });

  it("recognises 'Ã ' (à whose NBSP became a space) beside other mojibake, without restoring it", () => {
    const bad = misread("và các đồng chí").replace(/\u00a0/g, " ");
    const words = mojibakeWords(bad);
    expect(words[0]).toMatchObject({ text: "vÃ", decoded: null });
    expect(words.slice(1).every((w) => w.decoded !== null)).toBe(true);
    expect(mojibakeWords("Ông vÃ bà")).toEqual([]);
  });

  it.each([...sampleParagraphs, "ĐẢNG BỘ XÃ TUY LỘC", "XÃ\u00a0HỘI", "Ông José Müller, café, Ã-la-carte", "Ä Æ Ã"].map((t) => [t]))("finds nothing in Unicode text: %s", (text) => {
    expect(mojibakeWords(text)).toEqual([]);
  });
});
