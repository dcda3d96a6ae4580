/**
 * `bienban new` run in-process: the unfilled and the filled templates, the nghị quyết drawn from the
 * minutes, and every refusal (each leaves no file behind and says why in Vietnamese). The drafts are
 * then checked with `bienban check --format json`, as a Văn phòng would.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import type { DocumentType } from "../../src/core/catalog/document-types";
import { checkDocument } from "../../src/core/engine/check-document";
import type { Answers } from "../../src/core/templates/answers";
import { readDocx } from "../../src/docx/read-docx";
import { runCli } from "./run-cli";
import { tempDir, writeRaw } from "./write-fixtures";

const DOCS = path.join(__dirname, "..", "..", "docs");
const example = (name = "answers-example.json"): Answers => JSON.parse(fs.readFileSync(path.join(DOCS, name), "utf8")) as Answers;
const TODAY = "2026-11-27";

interface JsonFinding {
  elementId: string;
  messageId: string;
  severity: string;
  message: string;
}
interface JsonReport {
  files: { path: string; documentType: string | null; related: string[]; findings: JsonFinding[] }[];
}

let dir: string;
beforeEach(() => {
  dir = tempDir("new");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const inDir = (rel: string) => path.join(dir, rel);
const newCmd = (...argv: string[]) => runCli(["new", ...argv], { cwd: dir });
const writeAnswers = (rel: string, answers: unknown) => writeRaw(dir, rel, JSON.stringify(answers, null, 2));
const checkJson = async (...files: string[]) => {
  const r = await runCli(["check", "--format", "json", "--today", TODAY, ...files], { cwd: dir });
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
};
/** Blanks as the checker counts them: one per "blank" finding, N per "Còn N chỗ trống". */
const blanksIn = (findings: JsonFinding[]) =>
  findings.filter((f) => f.elementId === "CHK.PLACEHOLDERS").reduce((n, f) => n + Number(/Còn (\d+) chỗ/.exec(f.message)?.[1] ?? 1), 0);

const types: [string, DocumentType][] = [
  ["thuong-ky", "bien-ban-thuong-ky"],
  ["chuyen-de", "bien-ban-chuyen-de"],
  ["nghi-quyet", "nghi-quyet"],
  ["chi-uy", "bien-ban-chi-uy"],
];

describe("bienban new: help", () => {
  it.each([[["new", "--help"]], [["new", "-h"]], [["help", "new"]]])("%j prints the command's help", async (argv) => {
    const r = await runCli(argv);
    expect(r.code).toBe(0);
    for (const s of ["bienban new LOẠI", "--data FILE.json", "--from-minutes FILE.json", "--force", "--out FILE.docx", "thuong-ky", "chi-uy", "Mã thoát"]) {
      expect(r.stdout).toContain(s);
    }
  });

  it("is listed in the general help", async () => {
    expect((await runCli(["--help"])).stdout).toContain("bienban new LOẠI [tuỳ chọn] --out FILE");
  });
});

describe("bienban new: the unfilled template", () => {
  it.each(types)("%s: written, its blanks counted, and the checker reports only CHK.PLACEHOLDERS", async (alias, type) => {
    const r = await newCmd(alias, "--out", "mau.docx");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain(`"${inDir("mau.docx")}"`);
    const printed = Number(/còn (\d+) chỗ trống/.exec(r.stdout)?.[1]);
    expect(printed).toBeGreaterThan(10);

    const { report } = await checkJson("mau.docx");
    const file = report.files[0]!;
    expect(file.documentType).toBe(type);
    expect(file.findings.length).toBeGreaterThan(0);
    expect(file.findings.filter((f) => f.elementId !== "CHK.PLACEHOLDERS").map((f) => `${f.elementId}: ${f.message}`)).toEqual([]);
    // The count the command prints is the count the checker will report.
    expect(blanksIn(file.findings)).toBe(printed);
  });

  it("accepts the type's full id and a spelling with tone marks and spaces", async () => {
    for (const [alias, out] of [["bien-ban-thuong-ky", "a.docx"], ["thường kỳ", "b.docx"], ["Thuong-Ky", "c.docx"]] as const) {
      expect((await newCmd(alias, "--out", out)).code).toBe(0);
      expect(checkDocument(readDocx(new Uint8Array(fs.readFileSync(inDir(out)))), { today: TODAY }).documentType).toBe("bien-ban-thuong-ky");
    }
  });
});

describe("bienban new: filled from answers", () => {
  const filled: [string, string, string][] = [
    ["thuong-ky", "answers-example.json", "bien-ban-thuong-ky"],
    ["chuyen-de", "answers-example-chuyen-de.json", "bien-ban-chuyen-de"],
    ["chi-uy", "answers-example-chi-uy.json", "bien-ban-chi-uy"],
  ];

  it.each(filled)("%s with docs/%s: no blank left, and it checks clean (exit 0)", async (alias, answers, type) => {
    const r = await newCmd(alias, "--data", path.join(DOCS, answers), "--out", "bb.docx");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("Không còn chỗ trống nào cần điền.");
    const { code, report } = await checkJson("bb.docx");
    expect(report.files[0]!.documentType).toBe(type);
    expect(report.files[0]!.findings.filter((f) => f.severity !== "info").map((f) => `${f.elementId}: ${f.message}`)).toEqual([]);
    expect(code).toBe(0);
  });

  it("partial answers: the blanks left are counted and their parts named", async () => {
    const answers = example();
    delete answers.content;
    writeAnswers("mot-phan.json", answers);
    const r = await newCmd("thuong-ky", "--data", "mot-phan.json", "--out", "bb.docx");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Còn \d+ chỗ trống "…" cần điền, ở các phần: .*Ý kiến thảo luận/);
    expect(r.stdout).not.toMatch(/phần: .*Thư ký/);
  });

  it("doubtful answers are drafted, with the warnings on stderr", async () => {
    const answers = example();
    answers.meeting.chair = { name: "Trần Văn Khách" };
    writeAnswers("nghi-ngo.json", answers);
    const r = await newCmd("thuong-ky", "--data", "nghi-ngo.json", "--out", "bb.docx");
    expect(r.code).toBe(0);
    expect(fs.existsSync(inDir("bb.docx"))).toBe(true);
    expect(r.stderr).toContain("Lưu ý");
    expect(r.stderr).toContain("meeting.chair.name: Người chủ trì (đồng chí Trần Văn Khách) không có trong danh sách");
  });

  it("--profile applies a local overlay (here its organisation code), a broken one stops everything", async () => {
    writeRaw(dir, "xa.json", JSON.stringify({ id: "xa-hoa-an", label: "Đảng ủy xã Hòa An", settings: { orgCode: "CBPX" } }));
    const r = await newCmd("thuong-ky", "--data", path.join(DOCS, "answers-example.json"), "--profile", "xa.json", "--out", "bb.docx");
    expect(r.code).toBe(0);
    const model = readDocx(new Uint8Array(fs.readFileSync(inDir("bb.docx"))));
    expect(model.paragraphs.map((p) => p.text)).toContain("Số 11-BB/CBPX");

    writeRaw(dir, "hong.json", JSON.stringify({ id: "x", settings: { orgCod: "CBPX" } }));
    const bad = await newCmd("thuong-ky", "--profile", "hong.json", "--out", "bb2.docx");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Tệp hồ sơ "hong.json"');
    expect(fs.existsSync(inDir("bb2.docx"))).toBe(false);
  });

  it("the format profile follows the document's date, not today", async () => {
    const answers = example();
    answers.meeting.date = "2025-11-05";
    answers.meeting.tasks = [{ text: "rà soát hộ nghèo", owner: "Lê Văn Thắng", deadline: "2025-11-25" }];
    writeAnswers("cu.json", answers);
    expect((await newCmd("thuong-ky", "--data", "cu.json", "--out", "cu.docx")).code).toBe(0);
    const r = await runCli(["check", "--today", TODAY, "cu.docx"], { cwd: dir });
    expect(r.stdout).toMatch(/hồ sơ hd42 \+ qd66-hd36/);
  });
});

describe("bienban new nghi-quyet --from-minutes", () => {
  it("drafts the nghị quyết of the same meeting: same date, attendance, vote and tasks, no CHK.CROSS_DOC", async () => {
    const minutes = path.join(DOCS, "answers-example.json");
    expect((await newCmd("thuong-ky", "--data", minutes, "--out", "bien-ban.docx")).code).toBe(0);
    const r = await newCmd("nghi-quyet", "--from-minutes", minutes, "--out", "nghi-quyet.docx");
    expect(r).toMatchObject({ code: 0, stderr: "" });

    const facts = (file: string) => checkDocument(readDocx(new Uint8Array(fs.readFileSync(inDir(file)))), { today: TODAY }).facts;
    const bb = facts("bien-ban.docx");
    const nq = facts("nghi-quyet.docx");
    const day = (f: typeof bb) => [f.meetingDate?.day, f.meetingDate?.month, f.meetingDate?.year];
    expect(day(nq)).toEqual(day(bb));
    expect(day(nq)).toEqual([5, 11, 2026]);
    expect(nq.attendance?.present).toBe(bb.attendance?.present);
    expect(nq.attendance?.presentOutOf).toBe(bb.attendance?.total);
    const vote = (f: typeof bb) => f.votes.filter((v) => v.yes !== undefined).map((v) => [v.yes, v.no, v.other, v.outOf]);
    expect(vote(nq)).toEqual([[9, 0, 0, 9]]);
    expect(vote(nq)).toEqual(vote(bb));
    expect(nq.tasks.map((t) => t.text)).toEqual(bb.tasks.map((t) => t.text));
    expect(nq.tasks).toHaveLength(3);

    const { code, report } = await checkJson("bien-ban.docx", "nghi-quyet.docx");
    expect(report.files.map((f) => f.documentType)).toEqual(["bien-ban-thuong-ky", "nghi-quyet"]);
    expect(report.files[0]!.related).toEqual(["nghi-quyet.docx"]);
    for (const f of report.files) expect(f.findings.filter((x) => x.elementId === "CHK.CROSS_DOC" || x.severity !== "info").map((x) => x.message)).toEqual([]);
    expect(code).toBe(0);
  });

  it("refuses a chi ủy meeting's answers: it adopts no resolution of the cell", async () => {
    const r = await newCmd("nghi-quyet", "--from-minutes", path.join(DOCS, "answers-example-chi-uy.json"), "--out", "nq.docx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("meeting.kind: Cuộc họp chi ủy không ra nghị quyết của chi bộ");
    expect(fs.existsSync(inDir("nq.docx"))).toBe(false);
  });

  it("refuses minutes with an error, listing it", async () => {
    const answers = example();
    answers.content!.dues = { paid: 12, outOf: 11 };
    writeAnswers("bb.json", answers);
    const r = await newCmd("nghi-quyet", "--from-minutes", "bb.json", "--out", "nq.docx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('câu trả lời của biên bản trong "bb.json" có 1 lỗi');
    expect(r.stderr).toContain("content.dues: Số đã nộp đảng phí (12) nhiều hơn số phải nộp (11).");
    expect(fs.existsSync(inDir("nq.docx"))).toBe(false);
  });
});

describe("bienban new: refusals leave no file and say why", () => {
  const refusedAnswers: [string, (a: Answers) => void, string][] = [
    [
      "more present than members",
      (a) => a.meeting.attendance!.push({ member: "Nguyễn Văn Khách", status: "present" }, { member: "Trần Văn Khách", status: "present" }),
      "meeting.attendance: Số có mặt (13) nhiều hơn tổng số đảng viên của chi bộ (12).",
    ],
    ["31/02", (a) => (a.meeting.date = "2026-02-31"), "meeting.date: Ngày họp 31/02/2026 không có trong lịch."],
    ["an end before the start", (a) => (a.meeting.endTime = "19:00"), "meeting.endTime: Giờ kết thúc (19:00) không sau giờ bắt đầu (19:30)."],
    [
      "more votes than voters",
      (a) => (a.meeting.vote = { method: "gio-tay", yes: 11, no: 0, other: 0 }),
      "meeting.vote: Số biểu quyết (11) nhiều hơn số đảng viên chính thức có mặt (9); đảng viên dự bị không biểu quyết.",
    ],
  ];

  it.each(refusedAnswers)("%s → exit 2, the error with its field, no file", async (_name, spoil, message) => {
    const answers = example();
    spoil(answers);
    writeAnswers("sai.json", answers);
    const r = await newCmd("thuong-ky", "--data", "sai.json", "--out", "bb.docx");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`  - ${message}`);
    expect(r.stderr).toContain("Chưa ghi tệp nào.");
    expect(fs.existsSync(inDir("bb.docx"))).toBe(false);
  });

  it("lists every error, not only the first", async () => {
    const answers = example();
    for (const [, spoil] of refusedAnswers.slice(1)) spoil(answers);
    writeAnswers("sai.json", answers);
    const r = await newCmd("thuong-ky", "--data", "sai.json", "--out", "bb.docx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('câu trả lời trong "sai.json" có 3 lỗi.');
    expect(r.stderr.split("\n").filter((l) => l.startsWith("  - "))).toHaveLength(3);
  });

  it("answers of the wrong meeting kind for the type are refused", async () => {
    const r = await newCmd("chi-uy", "--data", path.join(DOCS, "answers-example.json"), "--out", "bb.docx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("meeting.kind:");
    expect(fs.existsSync(inDir("bb.docx"))).toBe(false);
  });

  it("a malformed answers file: its line and column, no file", async () => {
    writeRaw(dir, "hong.json", '{\n  "cell": {\n    "cellName": "thôn Phú Xuân",\n  }\n}\n');
    const r = await newCmd("thuong-ky", "--data", "hong.json", "--out", "bb.docx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Tệp câu trả lời "hong.json" không phải JSON hợp lệ: ở dòng 4, cột 3, thừa dấu phẩy trước dấu }.');
    expect(r.stderr).toContain("    4 |   }");
    expect(fs.existsSync(inDir("bb.docx"))).toBe(false);
  });

  it("an answers file of the wrong shape: each wrong field named", async () => {
    writeAnswers("hinh.json", { cell: { cellName: "thôn Phú Xuân", members: "12" }, meeting: { date: "2026-11-05", atendance: [] } });
    const r = await newCmd("thuong-ky", "--data", "hinh.json", "--out", "bb.docx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Tệp câu trả lời "hinh.json" có 2 chỗ không đúng mẫu');
    expect(r.stderr).toContain("  - cell.members: Phải là một danh sách trong dấu [ ], nhưng tệp ghi chuỗi chữ.");
    expect(r.stderr).toContain('  - meeting.atendance: Không có trường "atendance" ở đây; có phải là "attendance"?');
  });

  it("a missing answers file", async () => {
    const r = await newCmd("thuong-ky", "--data", "khong-co.json", "--out", "bb.docx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không đọc được tệp câu trả lời "khong-co.json": không tìm thấy.');
  });

  it("an existing --out file is kept as it is without --force, replaced with it", async () => {
    writeRaw(dir, "bb.docx", "bản cũ");
    const r = await newCmd("thuong-ky", "--out", "bb.docx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Tệp "bb.docx" đã có. Không ghi đè');
    expect(r.stderr).toContain("--force");
    expect(fs.readFileSync(inDir("bb.docx"), "utf8")).toBe("bản cũ");

    const forced = await newCmd("thuong-ky", "--out", "bb.docx", "--force");
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(inDir("bb.docx")).subarray(0, 2).toString()).toBe("PK");
    // No temporary file left beside it.
    expect(fs.readdirSync(dir)).toEqual(["bb.docx"]);
  });

  it("a folder as --out is refused even with --force", async () => {
    fs.mkdirSync(inDir("thu-muc.docx"));
    const r = await newCmd("thuong-ky", "--out", "thu-muc.docx", "--force");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"thu-muc.docx" là một thư mục');
  });

  it("a folder that does not exist", async () => {
    const r = await newCmd("thuong-ky", "--out", path.join("khong-co", "bb.docx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("thư mục chứa tệp không tồn tại");
  });

  const usage: [string, string[], string][] = [
    ["unknown type", ["bien-ban", "--out", "x.docx"], 'Không có loại văn bản "bien-ban". Chọn một trong: thuong-ky, chuyen-de, nghi-quyet, chi-uy'],
    ["no type", ["--out", "x.docx"], "Chưa chọn loại văn bản cần soạn."],
    ["missing --out", ["thuong-ky"], "Chưa chỉ định tệp sẽ ghi: thêm --out"],
    ["--out without .docx", ["thuong-ky", "--out", "bien-ban.doc"], 'Tệp sẽ ghi "bien-ban.doc" phải có đuôi .docx'],
    ["--data and --from-minutes", ["nghi-quyet", "--data", "a.json", "--from-minutes", "b.json", "--out", "x.docx"], "Chỉ dùng một trong hai"],
    ["--from-minutes for a biên bản", ["thuong-ky", "--from-minutes", "b.json", "--out", "x.docx"], "chỉ dùng với loại nghi-quyet"],
    ["impossible --today", ["thuong-ky", "--today", "2026-02-30", "--out", "x.docx"], '"2026-02-30" của --today không phải là ngày hợp lệ'],
    ["unknown option", ["thuong-ky", "--ghi-de", "--out", "x.docx"], 'Không có tuỳ chọn "--ghi-de".'],
    ["two types", ["thuong-ky", "nghi-quyet", "--out", "x.docx"], 'Lệnh "new" không nhận thêm: "nghi-quyet".'],
  ];
  it.each(usage)("%s → exit 2, the reason and a hint to --help", async (_name, argv, message) => {
    const r = await newCmd(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Xem "bienban new --help" để biết cách dùng.');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe("bienban new: any damage to the answers ends in a draft or a refusal, never a crash", () => {
  /** Every path to a value of the example answers ("meeting.vote.yes", "cell.members.3.name" …). */
  function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== "object" || value === null) return [prefix];
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }
  const cases: [string, string, string][] = [
    ["thuong-ky", "--data", "answers-example.json"],
    ["chuyen-de", "--data", "answers-example-chuyen-de.json"],
    ["chi-uy", "--data", "answers-example-chi-uy.json"],
    ["nghi-quyet", "--from-minutes", "answers-example.json"],
  ];

  it.each(cases)("%s %s docs/%s, damaged in one place", async (type, option, file) => {
    const base = example(file);
    const damage = fc.record({
      at: fc.constantFrom(...paths(base).filter((p) => p.length > 0)),
      value: fc.constantFrom<unknown>(undefined, null, "", "x", 0, -1, 1.5, 1e9, true, [], {}, [null], "2026-13-45", "25:99"),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ at, value }) => {
        const answers = JSON.parse(JSON.stringify(base)) as Record<string | number, unknown>;
        let parent: Record<string | number, unknown> = answers;
        for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        const last = at[at.length - 1]!;
        if (value === undefined) delete parent[last];
        else parent[last] = value;
        writeAnswers("hong.json", answers);
        const r = await newCmd(type, option, "hong.json", "--out", "x.docx", "--force");
        expect(r.stderr).not.toContain("Lỗi không mong đợi");
        expect([0, 2]).toContain(r.code);
        // A refusal writes nothing; a draft is a .docx.
        if (r.code === 2) expect(fs.existsSync(inDir("x.docx"))).toBe(false);
        else expect(fs.readFileSync(inDir("x.docx")).subarray(0, 2).toString()).toBe("PK");
        fs.rmSync(inDir("x.docx"), { force: true });
      }),
      { numRuns: 250 },
    );
  });
});
