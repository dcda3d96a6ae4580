import * as fc from "fast-check";
import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import {
  DocxCorruptError,
  DocxEncryptedError,
  DocxError,
  DocxFormatError,
  DocxLimitError,
  readDocx,
  writeDocx,
  type DocxErrorCode,
  type ReadDocxOptions,
} from "../../src/docx";
import { p, rawDocx } from "../helpers/raw-docx";
import { sampleMinutesSpec } from "../helpers/sample-minutes-spec";
import { setDeclaredSize, setFlags, setMethod, zip64Stored } from "../helpers/zip-patch";

function errorOf(bytes: Uint8Array, options?: ReadDocxOptions): DocxError {
  try {
    readDocx(bytes, options);
  } catch (e) {
    if (e instanceof DocxError) return e;
    throw new Error(`not a DocxError: ${String(e)}`);
  }
  throw new Error("no error");
}

function expectCode(bytes: Uint8Array, code: DocxErrorCode, options?: ReadDocxOptions): DocxError {
  const error = errorOf(bytes, options);
  expect(error.code).toBe(code);
  expect(error.name).toMatch(/^Docx\w*Error$/);
  expect(error.message.length).toBeGreaterThan(10);
  return error;
}

/** An OLE compound file header, optionally followed by UTF-16LE directory names. */
function oleFile(...names: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const bytes = new Uint8Array(1536);
  bytes.set(header);
  let at = 512;
  for (const name of names) {
    for (let i = 0; i < name.length; i++) bytes[at + 2 * i] = name.charCodeAt(i);
    at += 128;
  }
  return bytes;
}

const valid = writeDocx(sampleMinutesSpec());

describe("readDocx on bad input", () => {
  it("says when the input is not a zip", () => {
    expectCode(strToU8("Xin chào, đây là văn bản thường."), "NOT_ZIP");
    expectCode(new Uint8Array(0), "NOT_ZIP");
    expect(expectCode(strToU8("%PDF-1.7\n…"), "NOT_ZIP").message).toContain("PDF");
    expectCode(strToU8("{\\rtf1\\ansi Biên bản}"), "UNSUPPORTED");
  });

  it("says when the zip is truncated", () => {
    expectCode(valid.subarray(0, Math.floor(valid.length / 2)), "TRUNCATED");
    expectCode(valid.subarray(0, valid.length - 10), "TRUNCATED");
  });

  it("says when the zip holds no Word document, or another Office format", () => {
    expectCode(zipSync({ "notes.txt": strToU8("x") }), "NO_DOCUMENT");
    expectCode(rawDocx({ body: p("x"), omit: ["word/document.xml"] }), "NO_DOCUMENT");
    expectCode(zipSync({ "xl/workbook.xml": strToU8("<workbook/>") }), "UNSUPPORTED");
    expectCode(zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.text"), "content.xml": strToU8("<x/>") }), "UNSUPPORTED");
  });

  it("says when a part is malformed XML, naming the part", () => {
    expect(expectCode(rawDocx({ body: "<w:p><w:r><w:t>x</w:r></w:p>" }), "MALFORMED_XML").part).toBe("word/document.xml");
    expect(expectCode(rawDocx({ body: p("x"), styles: "<w:style>" }), "MALFORMED_XML").part).toBe("word/styles.xml");
  });

  it("detects password-protected files and old binary .doc (OLE compound files)", () => {
    expect(expectCode(oleFile("EncryptionInfo", "EncryptedPackage"), "ENCRYPTED").message).toContain("mật khẩu");
    expectCode(oleFile(), "ENCRYPTED");
    expect(expectCode(oleFile("WordDocument", "1Table"), "UNSUPPORTED").message).toContain(".doc");
    expectCode(setFlags(valid, "word/document.xml", 1), "ENCRYPTED");
  });

  it("rejects a DOCTYPE in a part without expanding anything (billion laughs)", () => {
    const lol = ["<!ENTITY lol0 \"lol\">"];
    for (let i = 1; i < 10; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [${lol.join("")}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
    const error = expectCode(rawDocx({ body: "", extra: { "word/document.xml": xml } }), "MALFORMED_XML");
    expect(error.message).toContain("DOCTYPE");
  });

  it("refuses inputs and parts over the size limits", () => {
    expectCode(valid, "TOO_LARGE", { limits: { maxInputBytes: 1000 } });
    // Incompressible content over the uncompressed limit: large, but not a bomb.
    const noise = new Uint8Array(300_000);
    let seed = 7;
    for (let i = 0; i < noise.length; i++) noise[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    const text = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${Buffer.from(noise).toString("base64")}</w:t></w:r></w:p></w:body></w:document>`;
    expectCode(rawDocx({ body: "", extra: { "word/document.xml": text } }), "TOO_LARGE", { limits: { maxUncompressedBytes: 200_000 } });
  });

  it("stops zip bombs by declared size and ratio before inflating", () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const bomb = rawDocx({ body: "", extra: { "word/document.xml": zeros } });
    expect(bomb.length).toBeLessThan(60_000);
    expectCode(bomb, "ZIP_BOMB", { limits: { maxUncompressedBytes: 1024 * 1024 } });
    expectCode(bomb, "ZIP_BOMB", { limits: { ratioCheckMinBytes: 1024 * 1024 } });
  });

  it("stops a part that inflates past its declared size (both decoders)", () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const lying = setDeclaredSize(rawDocx({ body: "", extra: { "word/document.xml": zeros } }), "word/document.xml", 1000);
    expectCode(lying, "ZIP_BOMB");
    // A small uncompressed limit sends the part through the streaming decoder.
    expectCode(lying, "ZIP_BOMB", { limits: { maxUncompressedBytes: 100_000 } });
    // Declaring more than the data holds is damage, not a bomb.
    expectCode(setDeclaredSize(valid, "word/document.xml", 100_000), "CORRUPT_ZIP");
  });

  it("reports unknown compression methods and damaged deflate data", () => {
    expectCode(setMethod(valid, "word/document.xml", 14), "UNSUPPORTED");
    const damaged = valid.slice();
    const at = Buffer.from(damaged).indexOf("word/document.xml") + 17;
    for (let i = at; i < at + 200 && i < damaged.length; i++) damaged[i] = 0xff;
    expect(["CORRUPT_ZIP", "MALFORMED_XML", "CORRUPT"]).toContain(errorOf(damaged).code);
  });

  it("ignores path-traversal names and reads deeply nested markup without recursion", () => {
    const depth = 20_000;
    const body = `${"<w:sdt><w:sdtContent>".repeat(depth)}${p("sâu")}${"</w:sdtContent></w:sdt>".repeat(depth)}`;
    const model = readDocx(rawDocx({ body, extra: { "../../etc/passwd": "x", "/abs/evil.xml": "<x/>", "word/../../up.xml": "y" } }));
    expect(model.paragraphs.map((x) => x.text)).toEqual(["sâu"]);
    expect(model.controls).toHaveLength(depth);
  });

  it("never throws anything but DocxError on mutated or random input (fuzz)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.nat(valid.length),
        (flips, cut) => {
          const bytes = valid.slice(0, Math.max(cut, valid.length - 50));
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          try {
            readDocx(bytes);
          } catch (e) {
            if (!(e instanceof DocxError)) throw e;
          }
        },
      ),
      { numRuns: 300, seed: 42 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(() => readDocx(bytes)).toThrow(DocxError);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("fuzzes the XML of the body: well-formed or not, only DocxError escapes", () => {
    const pieces = ["<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "x", "&amp;", "<w:tbl>", "</w:tbl>", "<w:tc>", "</w:tc>",
      "<w:sdt>", "</w:sdt>", "<w:fldChar w:fldCharType=\"begin\"/>", "<w:fldChar w:fldCharType=\"end\"/>", "<mc:AlternateContent>",
      "</mc:AlternateContent>", "<mc:Choice>", "</mc:Choice>", "<w:txbxContent>", "</w:txbxContent>", "<w:rPr>", "</w:rPr>", "<w:b/>"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        try {
          readDocx(rawDocx({ body: parts.join("") }));
        } catch (e) {
          if (!(e instanceof DocxError)) throw e;
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});

describe("DocxError hierarchy", () => {
  it("groups codes into subclasses of DocxError", () => {
    const cases: [Uint8Array, new (...args: never[]) => DocxError][] = [
      [strToU8("plain text"), DocxFormatError],
      [valid.subarray(0, 100), DocxCorruptError],
      [oleFile("EncryptionInfo"), DocxEncryptedError],
      [valid, DocxLimitError],
    ];
    for (const [bytes, cls] of cases) {
      const error = errorOf(bytes, { limits: { maxInputBytes: bytes === valid ? 100 : 50 * 1024 * 1024 } });
      expect(error).toBeInstanceOf(cls);
      expect(error).toBeInstanceOf(DocxError);
      expect(error.name).toBe(cls.name);
    }
  });
});

describe("zip variations", () => {
  it("reads an archive with data prepended (self-extractor style offsets)", () => {
    const prefixed = new Uint8Array(valid.length + 137);
    prefixed.set(strToU8("MZ stub ".repeat(17).slice(0, 137)));
    prefixed.set(valid, 137);
    expect(readDocx(prefixed).paragraphs.map((x) => x.text)).toEqual(readDocx(valid).paragraphs.map((x) => x.text));
  });

  it("reads ZIP64 archives (sizes and offsets in the ZIP64 records)", () => {
    const zip64 = zip64Stored(unzipSync(valid));
    expect(readDocx(zip64).paragraphs.map((x) => x.text)).toEqual(readDocx(valid).paragraphs.map((x) => x.text));
  });

  it("reads stored (uncompressed) entries", () => {
    const files = unzipSync(valid);
    const stored: Zippable = {};
    for (const [name, data] of Object.entries(files)) stored[name] = [data, { level: 0 }];
    expect(readDocx(zipSync(stored)).paragraphs).toHaveLength(readDocx(valid).paragraphs.length);
  });
});
