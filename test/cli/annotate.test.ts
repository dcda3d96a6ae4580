/**
 * `bienban annotate FILE --out FILE`: a copy with one real Word comment per finding, the original
 * untouched, --out never overwritten without --force and never the original.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { anchorParagraph, commentText } from "../../src/cli/commands/annotate";
import { checkDocument } from "../../src/core/engine/check-document";
import type { Finding } from "../../src/core/rules/types";
import { readDocx } from "../../src/docx";
import { makeDoc, p } from "../helpers/make-doc";
import { minutesBody, sampleMinutes, without } from "../helpers/samples";
import { runCli } from "./run-cli";
import { tempDir, writeDoc, writeRaw } from "./write-fixtures";

const TODAY = "2026-11-27";
const corpus = (name: string) => path.join(__dirname, "..", "fixtures", "corpus", name);

let dir: string;
beforeEach(() => {
  dir = tempDir("annotate");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("bienban annotate", () => {
  it("puts one comment by bienban at each finding, where the finding points", async () => {
    const input = path.join(dir, "bb-thon-loi.docx");
    fs.copyFileSync(corpus("bb-thon-loi.docx"), input);
    const before = fs.readFileSync(input);
    const run = await runCli(["annotate", "bb-thon-loi.docx", "--out", "nhan-xet.docx"], { cwd: dir });
    expect(run.code).toBe(1);

    const original = readDocx(before);
    const findings = checkDocument(original, { today: TODAY }).findings;
    const copy = readDocx(fs.readFileSync(path.join(dir, "nhan-xet.docx")));
    expect(findings.length).toBeGreaterThan(5);
    expect(copy.comments).toHaveLength(findings.length);
    expect(copy.comments.every((c) => c.author === "bienban")).toBe(true);
    const title = original.paragraphs.findIndex((x) => x.text.trim() === "BIÊN BẢN");
    findings.forEach((f, i) => {
      const c = copy.comments[i]!;
      expect(c.text).toBe(commentText(f));
      expect(c.text).toMatch(/^(Lỗi|Cảnh báo|Lưu ý): /);
      expect(c.text).toContain(f.elementId);
      for (const g of f.guidance) expect(c.text).toContain(g);
      expect(c.paragraph).toBe(f.location?.paragraph ?? title);
    });
    // The copy has the same text; the original's bytes are untouched.
    expect(copy.paragraphs.map((x) => x.text)).toEqual(original.paragraphs.map((x) => x.text));
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(run.stderr).toContain(`Đã ghi bản sao có ${findings.length} nhận xét`);
    expect(run.stderr).toContain("Tệp gốc không thay đổi.");
  });

  it("writes a copy without comments, and exits 0, for a document fit to sign", async () => {
    writeDoc(dir, "sach.docx", sampleMinutes());
    const run = await runCli(["annotate", "sach.docx", "-o", "ban-sao.docx"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readDocx(fs.readFileSync(path.join(dir, "ban-sao.docx"))).comments).toEqual([]);
    expect(run.stderr).toContain("Không có nhận xét nào");
  });

  it("never overwrites --out without --force, and replaces it with --force", async () => {
    writeDoc(dir, "a.docx", sampleMinutes(without(minutesBody, /^Thư ký:/)));
    writeRaw(dir, "da-co.docx", "cũ");
    const refused = await runCli(["annotate", "a.docx", "--out", "da-co.docx"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Tệp "da-co.docx" đã có. Thêm --force nếu muốn ghi đè.');
    expect(fs.readFileSync(path.join(dir, "da-co.docx"), "utf8")).toBe("cũ");

    const forced = await runCli(["annotate", "a.docx", "--out", "da-co.docx", "--force"], { cwd: dir });
    expect(forced.code).toBe(1);
    expect(readDocx(fs.readFileSync(path.join(dir, "da-co.docx"))).comments.map((c) => c.text.split("\n")[1])).toContain("(BB.SECRETARY · G-HD12, G-HD16)");
    expect(fs.readdirSync(dir).sort()).toEqual(["a.docx", "da-co.docx"]);
  });

  it("refuses to write over the original, even with --force", async () => {
    const file = writeDoc(dir, "goc.docx", sampleMinutes(without(minutesBody, /^Thư ký:/)));
    const before = fs.readFileSync(file);
    for (const out of ["goc.docx", "./goc.docx", path.join(dir, "goc.docx")]) {
      const run = await runCli(["annotate", "goc.docx", "--out", out, "--force"], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("trùng với tệp gốc");
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it.each([
    [["annotate"], "Chưa chỉ định tệp .docx cần ghi nhận xét."],
    [["annotate", "a.docx"], "Cần --out TỆP"],
    [["annotate", "a.docx", "b.docx", "--out", "c.docx"], 'Lệnh "annotate" không nhận thêm: "b.docx".'],
    [["annotate", "a.docx", "--out", "c.docx", "--type", "bien-ban"], 'Giá trị "bien-ban" không hợp lệ cho --type'],
  ])("refuses %j", async (argv, message) => {
    const run = await runCli(argv, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it("says why a file cannot be annotated, and writes nothing", async () => {
    writeRaw(dir, "hong.docx", "không phải Word");
    writeDoc(dir, "thu.docx", makeDoc("Kính gửi các đồng chí,", "Hẹn gặp lại."));
    const cases: [string, RegExp][] = [
      ["hong.docx", /không phải là tài liệu Word.*\(NOT_ZIP\)/],
      ["khong-co.docx", /Không đọc được tệp: không tìm thấy\./],
      ["thu.docx", /Không nhận ra loại văn bản/],
    ];
    for (const [file, message] of cases) {
      const run = await runCli(["annotate", file, "--out", "ra.docx"], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(fs.existsSync(path.join(dir, "ra.docx"))).toBe(false);
    }
  });

  it("has a help page", async () => {
    const run = await runCli(["help", "annotate"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--force");
  });
});

describe("where a comment goes", () => {
  const finding = (paragraph: number | null): Finding => ({
    ruleId: "bienban/x",
    elementId: "HDR.ISSUER",
    messageId: "m",
    severity: "error",
    message: "Thiếu tên chi bộ.",
    guidance: ["G-HD36"],
    location: paragraph === null ? null : { paragraph, ref: `p${paragraph}` },
    fix: null,
  });
  const doc = makeDoc("Đoạn đầu", p("Trong khung chữ 1", { container: "textbox" }), p("Trong khung chữ 2", { container: "textbox" }), "Đoạn sau");

  it("moves a finding inside a text box to the paragraph holding the box", () => {
    expect(anchorParagraph(doc, finding(2), undefined)).toBe(0);
    expect(anchorParagraph(doc, finding(3), undefined)).toBe(3);
  });

  it("puts a whole-document finding on the title", () => {
    expect(anchorParagraph(doc, finding(null), 3)).toBe(3);
    expect(commentText(finding(null))).toBe("Lỗi: Cả văn bản — Thiếu tên chi bộ.\n(HDR.ISSUER · G-HD36)");
  });
});
