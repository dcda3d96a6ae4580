/**
 * `bienban register` on a generated folder of three cells over 2025 with planted gaps
 * (test/cli/register-corpus.ts): every gap must be reported, in the JSON shape of the issue.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { fileOf, meetingDoc, planted, plantedCorpus } from "./register-corpus";
import { writeCorpus } from "./register-fixture";
import { runCli } from "./run-cli";

interface JsonFinding {
  elementId: string;
  severity: string;
  month: string | null;
  quarter: string | null;
  message: string;
}
interface JsonDocument {
  path: string;
  documentType: string;
  month: string;
  grade: string | null;
  errors: number;
  warnings: number;
}
interface JsonCell {
  name: string;
  documents: JsonDocument[];
  findings: JsonFinding[];
  months: { month: string; state: string; thematic: boolean }[];
}
interface JsonRegister {
  period: { from: string; to: string };
  cells: JsonCell[];
  duplicates: string[][];
  unassigned: string[];
  unassignedDetails: { path: string; reason: string; message: string }[];
  unreadable: { path: string; error: { code: string; message: string } }[];
  outsidePeriod: string[];
}

let dir: string;
let report: JsonRegister;
let code: number;
let stderr: string;
const rel = (p: string) => path.relative(dir, path.resolve(dir, p)).split(path.sep).join("/");
const cell = (name: string) => report.cells.find((c) => c.name === name)!;
const reg = (name: string, elementId: string) => cell(name).findings.filter((f) => f.elementId === elementId);

beforeAll(async () => {
  dir = writeCorpus(plantedCorpus());
  const run = await runCli(["register", "--format", "json", "--from", "2025-01", "--to", "2025-12", "."], { cwd: dir });
  code = run.code;
  stderr = run.stderr;
  report = JSON.parse(run.stdout) as JsonRegister;
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("register --format json on a year of three cells", () => {
  it("prints the shape of the issue", () => {
    expect(report.period).toEqual({ from: "2025-01", to: "2025-12" });
    for (const c of report.cells) {
      expect(typeof c.name).toBe("string");
      for (const d of c.documents) {
        expect(d).toEqual(
          expect.objectContaining({ path: expect.any(String), documentType: expect.any(String), month: expect.stringMatching(/^\d{4}-\d{2}$/), errors: expect.any(Number), warnings: expect.any(Number) }),
        );
        expect(d.grade === null || typeof d.grade === "string").toBe(true);
      }
      for (const f of c.findings) {
        expect(["REG.MONTHLY", "REG.THEMATIC", "REG.RESOLUTION", "REG.GRADE", "REG.ABSENCE_STREAK"]).toContain(f.elementId);
        expect(["error", "warning", "info"]).toContain(f.severity);
        expect(f.month === null || /^\d{4}-\d{2}$/.test(f.month)).toBe(true);
        expect(f.quarter === null || /^\d{4}-Q[1-4]$/.test(f.quarter)).toBe(true);
        expect(f.message.length).toBeGreaterThan(20);
      }
    }
    expect(Array.isArray(report.duplicates) && Array.isArray(report.unassigned) && Array.isArray(report.unreadable)).toBe(true);
  });

  it("finds three cells, whatever the case, marks and tone placement of their names", () => {
    expect(report.cells.map((c) => c.name)).toEqual([planted.accounting, planted.village, planted.school]);
    // Phòng Kế toán wrote its name four ways; all its minutes are in one row.
    const accounting = cell(planted.accounting);
    expect(accounting.documents.filter((d) => d.documentType === "bien-ban-thuong-ky").map((d) => d.month)).toEqual([
      "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12",
    ]);
    expect(accounting.findings).toEqual([]);
  });

  it("reports the missing month", () => {
    expect(reg(planted.village, "REG.MONTHLY").map((f) => [f.month, f.severity])).toEqual([[planted.villageMissingMonth, "error"]]);
    expect(cell(planted.village).months.find((m) => m.month === planted.villageMissingMonth)?.state).toBe("missing");
  });

  it("reports the quarter without a thematic meeting", () => {
    expect(reg(planted.village, "REG.THEMATIC").map((f) => [f.quarter, f.month, f.severity])).toEqual([[planted.villageQuarterWithoutThematic, null, "warning"]]);
  });

  it("reports a thematic meeting held instead of the regular one", () => {
    expect(reg(planted.school, "REG.MONTHLY").map((f) => f.month)).toEqual([planted.schoolOnlyThematicMonth]);
    expect(reg(planted.school, "REG.THEMATIC").map((f) => f.month)).toEqual([planted.schoolOnlyThematicMonth]);
  });

  it("reports the regular meeting without nghị quyết or conclusion", () => {
    expect(reg(planted.school, "REG.RESOLUTION").map((f) => f.month)).toEqual([planted.schoolNoResolutionMonth]);
  });

  it("reports the month without a grade and the falling grades", () => {
    const grade = reg(planted.village, "REG.GRADE");
    expect(grade.map((f) => f.month)).toEqual([planted.villageUngradedMonth, null]);
    expect(grade[1]!.message).toContain("đi xuống");
  });

  it("reports the member absent four meetings running", () => {
    const streak = reg(planted.school, "REG.ABSENCE_STREAK");
    expect(streak).toHaveLength(1);
    expect(streak[0]!.message).toContain(planted.schoolStreakMember);
  });

  it("lists the duplicate", () => {
    expect(report.duplicates.map((g) => g.map(rel))).toEqual([[...planted.accountingDuplicate]]);
  });

  it("lists the unreadable file with the reader's code", () => {
    expect(report.unreadable.map((u) => [rel(u.path), u.error.code])).toEqual([[planted.unreadable, "NOT_ZIP"]]);
    expect(report.unreadable[0]!.error.message).toMatch(/Word/);
  });

  it("lists the documents whose cell or month cannot be determined", () => {
    expect(report.unassigned.map(rel).sort()).toEqual([planted.noMonth, planted.noCell].sort());
    expect(report.unassignedDetails.map((u) => [rel(u.path), u.reason]).sort()).toEqual([[planted.noCell, "cell"], [planted.noMonth, "month"]].sort());
  });

  it("lists the document dated outside the period", () => {
    expect(report.outsidePeriod.map(rel)).toEqual([planted.outsidePeriod]);
  });

  it("counts each document's findings, and colours its month", () => {
    const accounting = cell(planted.accounting);
    const april = accounting.documents.find((d) => d.month === planted.accountingErrorsMonth && d.documentType === "bien-ban-thuong-ky")!;
    expect(april.errors).toBeGreaterThan(0);
    const state = (m: string) => accounting.months.find((x) => x.month === m)!.state;
    expect(state(planted.accountingErrorsMonth)).toBe("errors");
    expect(state(planted.accountingWarningsMonth)).toBe("warnings");
    expect(state("2025-01")).toBe("clean");
    expect(accounting.months.filter((m) => m.thematic).map((m) => m.month)).toEqual(["2025-03", "2025-06", "2025-09", "2025-12"]);
  });

  it("exits 2 because a file could not be read, and prints nothing else on stderr", () => {
    expect(code).toBe(2);
    expect(stderr).toBe("");
  });
});

describe("register: other outputs and options", () => {
  it("prints the grid as text and exits 1 when only documents and months have errors", async () => {
    const run = await runCli(["register", "hoa-binh", "tieu-hoc"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Sổ theo dõi sinh hoạt chi bộ 01/2025 – 12/2025");
    const row = run.stdout.split("\n").find((l) => l.startsWith(planted.village))!;
    const marks = row.slice(planted.village.length).trim().split(/\s+/);
    // May missing, thematic in February, August and November, October's minutes with a warning.
    expect(marks).toEqual(["✓", "✓*", "✓", "✓", "—", "✓", "✓", "✓*", "✓", "!", "✓*", "✓", "11/12"]);
    expect(run.stdout).toContain("REG.MONTHLY");
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("without --from/--to takes the period of the documents", async () => {
    const run = await runCli(["register", "--format", "json", "ke-toan"], { cwd: dir });
    const r = JSON.parse(run.stdout) as JsonRegister;
    expect(r.period).toEqual({ from: "2024-12", to: "2025-12" });
    expect(r.outsidePeriod).toEqual([]);
  });

  it("writes the page and the CSV to files, and says so on stderr", async () => {
    const out = path.join(dir, "..", `${path.basename(dir)}-so.html`);
    const csv = path.join(dir, "..", `${path.basename(dir)}-van-ban.csv`);
    try {
      const run = await runCli(["register", "--from", "2025-01", "--to", "2025-12", "--out", out, "--csv", csv, "."], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(`Đã ghi bảng CSV vào "${csv}".`);
      expect(run.stderr).toContain(`Đã ghi báo cáo vào "${out}".`);
      const html = fs.readFileSync(out, "utf8");
      expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('data-state="missing"');
      // Each document's findings are on the page (read back from the spool).
      expect(html).toContain("BB.SECRETARY");
      const rows = fs.readFileSync(csv, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
      expect(rows[0]).toBe("Tệp,Tình trạng,Chi bộ,Dòng chi bộ trong văn bản,Cấp ủy cấp trên,Loại văn bản,Tháng,Căn cứ xác định tháng,Ngày họp,Xếp loại,Điểm,Có sinh hoạt chuyên đề,Lỗi,Cảnh báo,Lưu ý,Trùng với,Ghi chú");
      expect(rows).toHaveLength(1 + plantedCorpus().length);
      expect(rows.find((r) => r.startsWith(planted.unreadable))).toContain("không đọc được");
      expect(rows.find((r) => r.startsWith(planted.outsidePeriod))).toContain("ngoài kỳ");
      expect(rows.find((r) => r.startsWith(planted.accountingDuplicate[1]))).toContain(planted.accountingDuplicate[0]);
    } finally {
      fs.rmSync(out, { force: true });
      fs.rmSync(csv, { force: true });
    }
  });

  it("leaves no temporary file behind", async () => {
    const spools = () => fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith("bienban-register-")).length;
    const before = spools();
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "bienban-out-"));
    try {
      await runCli(["register", "--out", path.join(outDir, "so.html"), "tieu-hoc"], { cwd: dir });
      expect(spools()).toBe(before);
      expect(fs.readdirSync(outDir)).toEqual(["so.html"]);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });

  it("draws a progress bar on a terminal's stderr, and wipes it", async () => {
    let err = "";
    const code = await main(["register", "--format", "json", "tieu-hoc"], {
      stdout: { write: () => true },
      stderr: Object.assign({ write: (s: string) => (err += s) }, { isTTY: true, columns: 70 }),
      isTTY: false,
      env: {},
      cwd: dir,
      today: "2026-11-27",
    });
    expect(code).toBe(1);
    const files = fs.readdirSync(path.join(dir, "tieu-hoc")).length;
    expect(err).toContain(`Đang kiểm tra ${files}/${files} [${"█".repeat(20)}] 100% `);
    expect(err.endsWith("\r\u001b[K")).toBe(true);
    for (const frame of err.split("\r\u001b[K")) expect(frame.length).toBeLessThan(70);
  });

  it.each([
    [["register", "--from", "2025-13", "."], 'Giá trị "2025-13" của --from không phải là tháng hợp lệ'],
    [["register", "--from", "2025-06", "--to", "2025-01", "."], "Kỳ theo dõi không hợp lệ: --from 2025-06 sau --to 2025-01."],
    [["register", "--format", "xml", "."], 'Giá trị "xml" không hợp lệ cho --format'],
    [["register", "--out", "a.html", "--csv", "./a.html", "."], "--out và --csv cùng ghi vào"],
    [["register"], "Chưa chỉ định tệp .docx hoặc thư mục"],
    [["register", "--out", "ke-toan/2025-01-bb.docx", "."], 'là tệp .docx: báo cáo không bao giờ ghi vào tệp .docx'],
    [["register", "--csv", "x.DOCX", "."], '--csv "x.DOCX" là tệp .docx'],
    [["register", "--bogus", "."], 'Không có tuỳ chọn "--bogus".'],
  ])("refuses %j with a Vietnamese message", async (argv, message) => {
    const run = await runCli(argv, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Xem "bienban register --help"');
  });

  it("compares each meeting's biên bản and nghị quyết (CHK.CROSS_DOC)", async () => {
    const own = writeCorpus([
      fileOf({ cell: planted.school, kind: "thuong-ky", date: { d: 10, m: 3, y: 2025 } }, "a"),
      { rel: "a/2025-03-nq.docx", doc: meetingDoc({ cell: planted.school, kind: "nghi-quyet", date: { d: 10, m: 3, y: 2025 } }) },
    ]);
    try {
      // The nghị quyết counts 16 present where the biên bản counts 17.
      const nq = path.join(own, "a", "2025-03-nq.docx");
      const { readDocx, writeDocx } = await import("../../src/docx");
      const { modelToDocxSpec } = await import("../helpers/model-to-docx");
      const doc = readDocx(fs.readFileSync(nq));
      const edited = { ...doc, paragraphs: doc.paragraphs.map((x) => (x.text.includes("dự họp 17/18") ? { ...x, text: x.text.replace("17/18", "16/18"), runs: x.runs.map((r) => ({ ...r, text: r.text.replace("17/18", "16/18") })) } : x)) };
      fs.writeFileSync(nq, writeDocx(modelToDocxSpec(edited)));
      const out = path.join(own, "so.html");
      const json = JSON.parse((await runCli(["register", "--format", "json", "a"], { cwd: own })).stdout) as JsonRegister;
      const docs = json.cells[0]!.documents;
      expect(docs.map((d) => d.errors)).toEqual([1, 1]);
      await runCli(["register", "--out", out, "a"], { cwd: own });
      const html = fs.readFileSync(out, "utf8");
      // Each document's finding names the other by its path.
      const items = html.split("<li").filter((l) => l.includes("(CHK.CROSS_DOC"));
      expect(items).toHaveLength(2);
      expect(items.some((l) => l.includes("a/2025-03-nq.docx") && !l.includes("data-path"))).toBe(true);
      expect(items.some((l) => l.includes("a/2025-03-bb.docx") && !l.includes("data-path"))).toBe(true);
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });

  it("has a help page, also through `bienban help register`", async () => {
    const a = await runCli(["register", "--help"]);
    const b = await runCli(["help", "register"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain("REG.MONTHLY");
    expect(b.stdout).toBe(a.stdout);
    expect((await runCli(["--help"])).stdout).toContain("bienban register");
  });
});
