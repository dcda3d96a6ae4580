/**
 * Reading an answers file for `bienban new`: the encodings Notepad writes, where a JSON slip is and
 * what it is, the shape check (misspelt keys, wrong JSON types), and the no-clobber file writer.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { decodeText, readAnswersFile } from "../../src/cli/answers-file";
import { checkAnswersShape } from "../../src/cli/answers-shape";
import { describeJsonSyntaxError } from "../../src/cli/json-syntax-error";
import { writeNewFile } from "../../src/cli/write-new-file";
import { tempDir, writeRaw } from "./write-fixtures";

const example = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "answers-example.json"), "utf8");

describe("decodeText", () => {
  const text = '{ "cellName": "thôn Phú Xuân" }';
  it("reads UTF-8 with and without Notepad's byte-order mark, and UTF-16 (Notepad's \"Unicode\")", () => {
    const utf8 = Buffer.from(text, "utf8");
    expect(decodeText(utf8)).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))).toBe(text);
    const be = Buffer.from(text, "utf16le").swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
  });

  it("refuses bytes that are not UTF-8 (a TCVN3 file)", () => {
    // "Chi bé" in TCVN3: é is the single byte 0xE9, not valid UTF-8 here.
    expect(decodeText(Buffer.from([0x43, 0x68, 0x69, 0x20, 0x62, 0xe9, 0x22]))).toBeNull();
  });
});

describe("describeJsonSyntaxError: where and why", () => {
  const cases: [string, string, number, number, RegExp][] = [
    ["a trailing comma", '{\n  "a": 1,\n}', 3, 1, /thừa dấu phẩy trước dấu \}/],
    ["a trailing comma in a list", '{ "a": [1, 2,] }', 1, 14, /thừa dấu phẩy trước dấu \]/],
    ["a missing comma", '{\n  "a": 1\n  "b": 2\n}', 3, 3, /thiếu dấu phẩy giữa hai trường/],
    ["Word's curly quotes", '{ "status": “chinh-thuc” }', 1, 13, /dấu ngoặc kép cong/],
    ["single quotes", "{ 'a': 1 }", 1, 3, /dấu nháy đơn/],
    ["a file cut short", '{\n  "a": {\n    "b": 1\n', 3, 11, /kết thúc giữa chừng/],
    ["a string cut short", '{ "a": "Nguyễn', 1, 15, /chưa có dấu " đóng/],
    ["a line break inside a string", '{ "a": "dòng 1\ndòng 2" }', 1, 15, /bị xuống dòng/],
    ["a bad escape", '{ "a": "C:\\Tai lieu" }', 1, 11, /dấu \\ trong chuỗi chữ không hợp lệ/],
    ["a missing colon", '{ "a" 1 }', 1, 7, /thiếu dấu hai chấm/],
    ["an unquoted key", "{ date: 1 }", 1, 3, /tên trường đặt trong dấu ngoặc kép/],
    ["two objects", '{ "a": 1 }\n{ "b": 2 }', 2, 1, /còn "\{" phía sau/],
    ["a bare word", '{ "a": chinh-thuc }', 1, 8, /cần một giá trị/],
  ];

  it.each(cases)("%s", (_name, text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    const p = describeJsonSyntaxError(text);
    expect(p).toMatchObject({ line, column });
    expect(p!.reason).toMatch(reason);
  });

  it("counts columns in characters, Vietnamese letters included", () => {
    expect(describeJsonSyntaxError('{ "tên": "Phạm Thị Hoa" "x": 1 }')).toMatchObject({ line: 1, column: 25 });
  });

  it("is null exactly when JSON.parse accepts the text (any edit of the example file)", () => {
    const edits = fc.record({
      at: fc.nat({ max: example.length }),
      cut: fc.nat({ max: 3 }),
      insert: fc.constantFrom("", ",", "}", "]", '"', "'", ":", "“", "\n", "\\", "x", " ", "{", "[", "1", "null"),
    });
    fc.assert(
      fc.property(edits, ({ at, cut, insert }) => {
        const text = example.slice(0, at) + insert + example.slice(at + cut);
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(describeJsonSyntaxError(text) === null).toBe(parses);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("checkAnswersShape", () => {
  const valid = JSON.parse(example) as Record<string, unknown>;

  it("accepts the example file and returns it unchanged", () => {
    expect(checkAnswersShape(valid)).toEqual({ ok: true, answers: valid });
  });

  it("names the nearest known key of a misspelt one", () => {
    const r = checkAnswersShape({ ...valid, meeting: { date: "2026-11-05", startTine: "19:30" }, contents: {} });
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.issues;
    expect(issues.map((i) => i.field)).toEqual(["meeting.startTine", "contents"]);
    expect(issues[0]!.message).toContain('có phải là "startTime"?');
    expect(issues[1]!.message).toContain('có phải là "content"?');
  });

  it("says what JSON type a field must have and what it has", () => {
    const r = checkAnswersShape({ cell: { members: [{ name: "An", status: "chinh-thuc", committee: "có" }] }, meeting: { vote: { method: "gio-tay", yes: "9", no: 0, other: 0 } } });
    expect(r.ok ? [] : r.issues).toEqual([
      { field: "cell.members[0].committee", message: "Phải là true (có) hoặc false (không), không có dấu ngoặc kép, nhưng tệp ghi chuỗi chữ." },
      { field: "meeting.vote.yes", message: "Phải là một số viết không có dấu ngoặc kép, ví dụ 14, nhưng tệp ghi chuỗi chữ." },
    ]);
  });

  it("needs the cell and the meeting, and a whole object", () => {
    expect(checkAnswersShape({})).toEqual({
      ok: false,
      issues: [
        { field: "cell", message: expect.stringContaining('Thiếu trường "cell"') },
        { field: "meeting", message: expect.stringContaining('Thiếu trường "meeting"') },
      ],
    });
    expect(checkAnswersShape([1, 2])).toEqual({ ok: false, issues: [{ field: "(cả tệp)", message: expect.stringContaining("nhóm trường trong dấu { }") }] });
  });

  it("reads null as 'not given' but keeps it where it means 'không có', and skips $ notes", () => {
    const r = checkAnswersShape({
      $ghiChu: "mẫu tháng 11",
      cell: { cellName: "thôn Phú Xuân", usualPlace: null },
      meeting: { date: "2026-11-05", chair: null },
      content: { commend: { commended: null, reminded: "đồng chí Long" } },
    });
    expect(r).toEqual({
      ok: true,
      answers: { cell: { cellName: "thôn Phú Xuân" }, meeting: { date: "2026-11-05" }, content: { commend: { commended: null, reminded: "đồng chí Long" } } },
    });
  });

  it("wants both halves of the commendation and every attendance entry's member", () => {
    const r = checkAnswersShape({ cell: {}, meeting: { attendance: [{ status: "present" }] }, content: { commend: { commended: null } } });
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(["meeting.attendance[0].member", "content.commend.reminded"]);
  });
});

describe("readAnswersFile", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("answers");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads a file saved with a byte-order mark", () => {
    writeRaw(dir, "bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(example, "utf8")]));
    expect(readAnswersFile("bom.json", dir)).toMatchObject({ ok: true, answers: { cell: { cellName: "thôn Phú Xuân" } } });
  });

  it.each([
    ["trong.json", "  \n", 'Tệp câu trả lời "trong.json" trống.'],
    ["tcvn3.json", Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]), "không phải văn bản Unicode (UTF-8)"],
  ])("%s: a clear message", (name, content, message) => {
    writeRaw(dir, name, content);
    const r = readAnswersFile(name, dir);
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.message).toContain(message);
  });

  it("a folder given as the answers file", () => {
    fs.mkdirSync(path.join(dir, "thu-muc.json"));
    const r = readAnswersFile("thu-muc.json", dir);
    expect(r.ok ? "" : r.message).toBe('Không đọc được tệp câu trả lời "thu-muc.json": đây là thư mục, không phải tệp.');
  });
});

describe("writeNewFile", () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir("write");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("creates a file, never replaces one without force, replaces it with force", () => {
    const target = path.join(dir, "a.docx");
    expect(writeNewFile(target, new Uint8Array([1, 2]), false)).toEqual({ ok: true });
    expect(writeNewFile(target, new Uint8Array([3]), false)).toEqual({ ok: false, reason: "exists" });
    expect([...fs.readFileSync(target)]).toEqual([1, 2]);
    expect(writeNewFile(target, new Uint8Array([3]), true)).toEqual({ ok: true });
    expect([...fs.readFileSync(target)]).toEqual([3]);
    expect(fs.readdirSync(dir)).toEqual(["a.docx"]);
  });

  it("reports a failure without leaving anything behind", () => {
    const target = path.join(dir, "khong-co", "a.docx");
    for (const force of [false, true]) {
      const r = writeNewFile(target, new Uint8Array([1]), force);
      expect(r).toMatchObject({ ok: false, reason: "failed", error: expect.objectContaining({ code: "ENOENT" }) });
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
