/** The command-line tool run in-process: usage, exit codes, the three formats, overlays, --type. */
import * as fs from "node:fs";
import * as path from "node:path";
import { header, makeDoc } from "../helpers/make-doc";
import { minutesBody, sampleMinutes, sampleResolution, without } from "../helpers/samples";
import { runCli } from "./run-cli";
import { tempDir, writeDoc, writeRaw } from "./write-fixtures";

const version = (JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as { version: string }).version;

describe("bienban: help, version, usage errors", () => {
  it.each([[[]], [["--help"]], [["-h"]], [["help"]]])("%j prints the general help", async (argv) => {
    const r = await runCli(argv);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("Cách dùng:");
    expect(r.stdout).toContain("bienban check [tuỳ chọn] ĐƯỜNG_DẪN...");
    expect(r.stdout).toContain("--version");
  });

  it.each([[["--version"]], [["-v"]]])("%j prints the version from package.json", async (argv) => {
    expect(await runCli(argv)).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it.each([[["help", "check"]], [["check", "--help"]], [["check", "-h"]], [["--help", "check"]]])("%j prints the check command's help", async (argv) => {
    const r = await runCli(argv);
    expect(r.code).toBe(0);
    for (const s of ["bienban check", "--format text|json|html", "--profile FILE", "--content-profile hd12|hd42", "--format-profile qd66-hd36|qd399-hd36", "--type", "--today YYYY-MM-DD", "--out FILE", "Mã thoát"]) {
      expect(r.stdout).toContain(s);
    }
  });

  const usage: [string, string[], RegExp][] = [
    ["unknown command", ["kiemtra", "a.docx"], /Không có lệnh "kiemtra"\./],
    ["unknown global option", ["--frobnicate"], /Không có tuỳ chọn "--frobnicate"\./],
    ["unknown check option", ["check", "--colour", "a.docx"], /Không có tuỳ chọn "--colour"\./],
    ["unknown help topic", ["help", "nope"], /Không có lệnh "nope"/],
    ["format out of range", ["check", "--format", "xml", "a.docx"], /"xml" không hợp lệ cho --format\. Chọn một trong: text, json, html\./],
    ["unknown type", ["check", "--type", "bien-ban", "a.docx"], /"bien-ban" không hợp lệ cho --type/],
    ["unknown content profile", ["check", "--content-profile", "hd99", "a.docx"], /"hd99" không hợp lệ cho --content-profile\. Chọn một trong: hd12, hd42\./],
    ["unknown format profile", ["check", "--format-profile=qd1", "a.docx"], /"qd1" không hợp lệ cho --format-profile/],
    ["impossible date", ["check", "--today", "2025-02-30", "a.docx"], /"2025-02-30" của --today không phải là ngày hợp lệ/],
    ["missing value", ["check", "a.docx", "--out"], /Tuỳ chọn "--out" cần một giá trị\./],
    ["no paths", ["check", "--format", "json"], /Chưa chỉ định tệp \.docx hoặc thư mục/],
  ];
  it.each(usage)("%s → exit 2, a Vietnamese message and a hint to --help on stderr", async (_name, argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Xem "bienban (check )?--help" để biết cách dùng\./);
    expect(r.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
  });
});

interface JsonFinding {
  ruleId: string;
  elementId: string;
  severity: string;
  message: string;
  guidance: string[];
  location: { paragraph: number; ref: string } | null;
  fix: object | null;
}
interface JsonFile {
  path: string;
  documentType: string | null;
  detection: { basis: string; detectedType: string | null } | null;
  profile: { label: string; content: string; format: string; overlays: string[] } | null;
  error: { code: string; message: string } | null;
  note: string | null;
  related: string[];
  findings: JsonFinding[];
}
interface JsonReport {
  files: JsonFile[];
  summary: Record<string, number>;
}

describe("bienban check", () => {
  let dir: string;
  const json = async (argv: string[]) => {
    const r = await runCli(["check", "--format", "json", ...argv], { cwd: dir });
    return { ...r, report: JSON.parse(r.stdout) as JsonReport };
  };

  beforeAll(() => {
    dir = tempDir("cli");
    writeDoc(dir, "dung/bien-ban.docx", sampleMinutes());
    writeDoc(dir, "dung/nghi-quyet.docx", sampleResolution());
    // No secretary anywhere: neither the "Thư ký:" line nor the signature block.
    writeDoc(dir, "loi/thieu-thu-ky.docx", makeDoc(header(), without(minutesBody, /^Thư ký:/)));
    writeDoc(dir, "lo/a.docx", sampleMinutes());
    writeRaw(dir, "lo/b-hong.docx", "Đây không phải là tệp Word.");
    writeDoc(dir, "lo/c.docx", sampleResolution());
    writeRaw(dir, "lo/~$a.docx", "lock file garbage");
    writeRaw(dir, "lo/.an/x.docx", "hidden garbage");
    writeDoc(dir, "khong-tieu-de.docx", makeDoc("Một đoạn văn.", "Một đoạn văn khác."));
    // Markup at the start of every body line, so whichever paragraph a finding points at, its
    // excerpt carries some; no signature block, so the document surely has errors.
    const markup = "<script>alert('x')</script> & <b>đậm</b> &amp;";
    writeDoc(dir, "<script>&amp;.docx", makeDoc(header({ subject: `sinh hoạt ${markup}` }), minutesBody.map((i) => (typeof i === "string" ? `${markup} ${i}` : i))));
    writeRaw(dir, "hs/sai.json", JSON.stringify({ id: "xa-tuy-loc", settings: { attendance: { percnt: 90 } } }));
    writeRaw(dir, "hs/khong-json.json", "{ id: xa-tuy-loc ");
    writeRaw(dir, "hs/dung.json", JSON.stringify({ id: "xa-tuy-loc", label: "Đảng ủy xã Tuy Lộc", settings: { attendance: { percent: 80 } } }));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exits 0 on correct documents, and pairs the biên bản with the nghị quyết of the same meeting", async () => {
    const { code, report } = await json(["dung"]);
    for (const f of report.files) expect(f.findings.filter((x) => x.severity === "error").map((x) => x.message)).toEqual([]);
    expect(code).toBe(0);
    expect(report.files.map((f) => [f.path, f.documentType])).toEqual([
      [path.join("dung", "bien-ban.docx"), "bien-ban-thuong-ky"],
      [path.join("dung", "nghi-quyet.docx"), "nghi-quyet"],
    ]);
    expect(report.files[0]!.related).toEqual([path.join("dung", "nghi-quyet.docx")]);
    expect(report.files[1]!.related).toEqual([path.join("dung", "bien-ban.docx")]);
  });

  it("exits 1 when a document has an error-severity finding", async () => {
    const { code, report } = await json(["loi/thieu-thu-ky.docx"]);
    const file = report.files[0]!;
    const secretary = ["BB.SECRETARY", "BB.SIGN_SECRETARY"];
    expect(file.findings.some((f) => secretary.includes(f.elementId) && f.severity === "error")).toBe(true);
    expect(code).toBe(1);
    expect(report.summary).toMatchObject({ files: 1, checked: 1, unreadable: 0, withErrors: 1 });
  });

  it("prints the JSON shape: every required key with its type", async () => {
    const { report } = await json(["loi", "lo", "khong-tieu-de.docx", "khong-co.docx"]);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(["files", "summary"]));
    expect(report.files.length).toBe(6);
    const types = [null, "bien-ban-thuong-ky", "bien-ban-chuyen-de", "nghi-quyet", "bien-ban-chi-uy"];
    for (const f of report.files) {
      expect(typeof f.path).toBe("string");
      expect(types).toContain(f.documentType);
      expect(Array.isArray(f.findings)).toBe(true);
      if (f.error === null) {
        expect(f.profile).toEqual({ label: expect.any(String), content: expect.stringMatching(/^hd(12|42)$/), format: expect.stringMatching(/^qd(66|399)-hd36$/), overlays: [], notes: expect.any(Array) });
        expect(["title", "content", "none", "forced"]).toContain(f.detection!.basis);
      } else {
        expect(f.error).toEqual({ code: expect.any(String), message: expect.any(String) });
        expect(f.documentType).toBeNull();
      }
      for (const x of f.findings) {
        expect(x).toMatchObject({ ruleId: expect.stringMatching(/^bienban\//), elementId: expect.stringMatching(/^[A-Z]+\.[A-Z_]+$/), message: expect.any(String) });
        expect(["error", "warning", "info"]).toContain(x.severity);
        expect(x.guidance.length).toBeGreaterThan(0);
        for (const g of x.guidance) expect(g).toMatch(/^G-[A-Z0-9]+$/);
        if (x.location !== null) expect(x.location).toMatchObject({ paragraph: expect.any(Number), ref: expect.any(String) });
        expect(x.fix === null || typeof x.fix === "object").toBe(true);
      }
    }
    expect(report.summary).toEqual({
      files: 6,
      checked: expect.any(Number),
      unreadable: 2,
      undetected: 1,
      withErrors: expect.any(Number),
      errors: expect.any(Number),
      warnings: expect.any(Number),
      infos: expect.any(Number),
    });
  });

  it("goes on past an unreadable file in a folder: exit 2, the file's code and message in the JSON", async () => {
    const { code, report, stderr } = await json(["lo"]);
    expect(code).toBe(2);
    expect(stderr).toBe("");
    // The lock file and the hidden folder are skipped.
    expect(report.files.map((f) => [path.basename(f.path), f.error?.code ?? null])).toEqual([
      ["a.docx", null],
      ["b-hong.docx", "NOT_ZIP"],
      ["c.docx", null],
    ]);
    expect(report.files[1]!.error!.message).toMatch(/[àáảãạăâđêôơư]/i);
    expect(report.files[0]!.documentType).toBe("bien-ban-thuong-ky");
    expect(report.files[2]!.documentType).toBe("nghi-quyet");
  });

  it("treats a path that does not exist as a read error for that path only", async () => {
    const { code, report } = await json(["khong-co.docx", "dung/bien-ban.docx"]);
    expect(code).toBe(2);
    expect(report.files[0]).toMatchObject({ path: "khong-co.docx", documentType: null, error: { code: "NOT_FOUND" } });
    expect(report.files[1]!.documentType).toBe("bien-ban-thuong-ky");
  });

  it("prints text grouped per file, one line per finding, a count per file and a total", async () => {
    const r = await runCli(["check", "loi/thieu-thu-ky.docx", "lo/b-hong.docx"], { cwd: dir });
    expect(r.code).toBe(2);
    const blocks = r.stdout.trimEnd().split("\n\n");
    expect(blocks).toHaveLength(3);
    const [first, second, total] = blocks as [string, string, string];
    const lines = first.split("\n");
    expect(lines[0]).toBe(path.join("loi", "thieu-thu-ky.docx"));
    expect(lines[1]).toMatch(/^ {2}Biên bản sinh hoạt chi bộ thường kỳ · hồ sơ hd(12|42) \+ qd(66|399)-hd36$/);
    const findingLines = lines.filter((l) => /^ {2}(đoạn \d+|cả văn bản)/.test(l));
    expect(findingLines.length).toBeGreaterThan(0);
    for (const l of findingLines) expect(l).toMatch(/^ {2}(đoạn \d+ *|cả văn bản) {2}\[(lỗi|cảnh báo|lưu ý)\] +\S.*  \([A-Z]+\.[A-Z_]+ · G-[A-Z0-9]+(, G-[A-Z0-9]+)*\)$/);
    expect(findingLines.some((l) => l.includes("[lỗi]") && /\(BB\.(SIGN_)?SECRETARY · /.test(l))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^ {2}⇒ [1-9]\d* lỗi, \d+ cảnh báo, \d+ lưu ý$/);
    expect(second).toMatch(/^lo\/b-hong\.docx\n {2}\[không đọc được\] {2}.+ {2}\(NOT_ZIP\)$/);
    expect(total).toMatch(/^Tổng cộng 2 tệp: 0 đạt, 1 có lỗi, 1 không đọc được · [1-9]\d* lỗi, \d+ cảnh báo, \d+ lưu ý$/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it("colours the text only on a terminal without NO_COLOR", async () => {
    const tty = await runCli(["check", "loi/thieu-thu-ky.docx"], { cwd: dir, isTTY: true });
    expect(tty.stdout).toMatch(/\u001b\[31m\[lỗi\]/);
    const noColor = await runCli(["check", "loi/thieu-thu-ky.docx"], { cwd: dir, isTTY: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
  });

  it("writes HTML with every document-derived string escaped", async () => {
    const r = await runCli(["check", "--format", "html", "<script>&amp;.docx"], { cwd: dir });
    expect(r.code).toBe(1);
    const html = r.stdout;
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script|<b>|<img/i);
    // Every "&" left is the start of an entity we wrote.
    expect(html.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
    expect(html).toContain("&lt;script&gt;&amp;amp;.docx");
    expect(html).toContain("“&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt; &amp;amp;");
    expect(html).not.toMatch(/<link|src=|url\(|https?:\/\//i);
  });

  it("--out writes the report to a file and leaves stdout empty", async () => {
    const r = await runCli(["check", "--format", "html", "--out", "bao-cao.html", "dung"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("bao-cao.html");
    const html = fs.readFileSync(path.join(dir, "bao-cao.html"), "utf8");
    expect(html).toContain(`<h2>${path.join("dung", "bien-ban.docx")}</h2>`);
  });

  it("--out into a folder that does not exist is exit 2 with a message", async () => {
    const r = await runCli(["check", "-o", "khong/co/thu-muc/r.json", "--format", "json", "dung"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không ghi được báo cáo vào "khong\/co\/thu-muc\/r\.json"/);
  });

  it.each([
    ["a field parseOverlay refuses", "hs/sai.json", /Tệp hồ sơ "hs\/sai\.json" có 1 lỗi:\n {2}- "settings\.attendance\.percnt" không phải là một thiết lập được hỗ trợ\./],
    ["invalid JSON", "hs/khong-json.json", /Tệp hồ sơ "hs\/khong-json\.json" không phải JSON hợp lệ/],
    ["a missing file", "hs/khong-co.json", /Không đọc được tệp hồ sơ "hs\/khong-co\.json"/],
  ])("--profile with %s → exit 2, the file and each error on stderr, nothing checked", async (_name, file, message) => {
    const r = await runCli(["check", "--profile", file, "dung"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("--profile with a valid overlay applies it and names it", async () => {
    const { report } = await json(["--profile", "hs/dung.json", "dung/bien-ban.docx"]);
    expect(report.files[0]!.profile!.overlays).toEqual(["xa-tuy-loc"]);
    expect(report.files[0]!.profile!.label).toMatch(/\+ xa-tuy-loc$/);
  });

  it("--content-profile and --format-profile force the profiles", async () => {
    const { report } = await json(["--content-profile", "hd12", "--format-profile", "qd399-hd36", "dung/bien-ban.docx"]);
    expect(report.files[0]!.profile).toMatchObject({ content: "hd12", format: "qd399-hd36", label: "hd12 + qd399-hd36" });
  });

  it("leaves an undetected type unchecked with a note, and --type forces it", async () => {
    const plain = await json(["khong-tieu-de.docx"]);
    expect(plain.code).toBe(0);
    expect(plain.report.files[0]).toMatchObject({ documentType: null, error: null, findings: [], detection: { basis: "none" } });
    expect(plain.report.files[0]!.note).toMatch(/--type/);

    const forced = await json(["--type", "nghi-quyet", "khong-tieu-de.docx"]);
    const f = forced.report.files[0]!;
    expect(f).toMatchObject({ documentType: "nghi-quyet", note: null, detection: { basis: "forced", detectedType: null } });
    expect(f.findings.some((x) => x.elementId === "HDR.TYPE_TITLE")).toBe(true);
    expect(forced.code).toBe(1);

    const text = await runCli(["check", "--type", "bien-ban-chi-uy", "dung/bien-ban.docx"], { cwd: dir });
    expect(text.stdout).toContain("Biên bản họp chi ủy · hồ sơ");
    expect(text.stdout).toContain("loại văn bản do --type chỉ định");
  });
});
