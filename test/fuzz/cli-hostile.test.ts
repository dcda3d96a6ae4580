/**
 * The installed command on hostile files: `bienban check` exits 0, 1 or 2, reports every file and
 * never prints a stack trace, in text and JSON. Runs the built tool (dist/cli) as a user would.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { hostileCatalogue, hostileInput } from "./hostile-docx";

const root = path.join(__dirname, "../..");
const bin = path.join(root, "bin/bienban.js");
const built = path.join(root, "dist/cli/cli/bin.js");
const STACK = /^\s+at .+\(?.*:\d+:\d+\)?$|^\w*Error: .*\n\s+at /m;

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, "check", "--today", "2026-11-27", ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectClean(r: { code: number | null; stdout: string; stderr: string }) {
  expect([0, 1, 2]).toContain(r.code);
  expect(r.stdout).not.toMatch(STACK);
  expect(r.stderr).not.toMatch(STACK);
}

describe("bienban check on hostile files", () => {
  let dir = "";
  const names: string[] = [];

  beforeAll(() => {
    if (!fs.existsSync(built)) spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root, stdio: "pipe" });
    if (!fs.existsSync(built)) throw new Error("npx tsc -p tsconfig.cli.json did not produce dist/cli/cli/bin.js");
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bienban-hostile-"));
    const inputs = [...hostileCatalogue(0.02), ...Array.from({ length: 40 }, (_, i) => hostileInput(1000 + i, 0.02))];
    inputs.forEach((input, i) => {
      const name = `${String(i).padStart(3, "0")}-${input.level}.docx`;
      fs.writeFileSync(path.join(dir, name), input.bytes);
      names.push(name);
    });
    fs.writeFileSync(path.join(dir, "rỗng.docx"), new Uint8Array(0));
    names.push("rỗng.docx");
    fs.mkdirSync(path.join(dir, "thư-mục.docx"));
  }, 120_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    "reports every file of a hostile folder in JSON, exit 0, 1 or 2",
    () => {
      const r = run(["--format", "json", dir]);
      expectClean(r);
      const report = JSON.parse(r.stdout) as { files: { path: string; error: { code: string; message: string } | null }[] };
      const reported = new Set(report.files.map((f) => path.basename(f.path)));
      for (const name of names) expect(reported).toContain(name);
      for (const f of report.files) if (f.error) expect(f.error.message).not.toMatch(STACK);
      // Unreadable files are among them, so the batch ends in 2.
      expect(r.code).toBe(2);
    },
    120_000,
  );

  it(
    "reports every file in text, without a stack trace",
    () => {
      const r = run([dir]);
      expectClean(r);
      for (const name of names) expect(r.stdout).toContain(name);
    },
    120_000,
  );

  it("handles a single hostile file, an empty file, a folder named .docx and a missing file", () => {
    for (const args of [[path.join(dir, names[0] as string)], [path.join(dir, "rỗng.docx")], [path.join(dir, "thư-mục.docx")], [path.join(dir, "không-có.docx")]]) {
      for (const format of ["text", "json"]) {
        const r = run(["--format", format, ...args]);
        expectClean(r);
        expect(r.stdout + r.stderr).not.toBe("");
        if (format === "json" && r.stdout !== "") expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
      }
    }
    const empty = run(["--format", "json", path.join(dir, "rỗng.docx")]);
    expect(empty.code).toBe(2);
    expect(JSON.parse(empty.stdout).files[0].error.code).toBe("NOT_ZIP");
  }, 60_000);
});
