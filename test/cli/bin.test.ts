/** The installed command: bin/bienban.js runs the compiled tool (built here if it is missing). */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.join(__dirname, "../..");
const built = path.join(root, "dist/cli/cli/bin.js");
const version = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;

describe("bin/bienban.js", () => {
  beforeAll(() => {
    // tsc emits even when it reports type errors, so the status is not what tells success here.
    if (!fs.existsSync(built)) spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root, stdio: "pipe" });
    if (!fs.existsSync(built)) throw new Error("npx tsc -p tsconfig.cli.json did not produce dist/cli/cli/bin.js");
  }, 120_000);

  it(
    "prints the version",
    () => {
      const r = spawnSync(process.execPath, [path.join(root, "bin/bienban.js"), "--version"], { cwd: root, encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(`${version}\n`);
      expect(r.status).toBe(0);
    },
    120_000,
  );

  it("exits 2 with a usage message on an unknown command", () => {
    const r = spawnSync(process.execPath, [path.join(root, "bin/bienban.js"), "kiemtra"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Không có lệnh "kiemtra".');
  });
});
