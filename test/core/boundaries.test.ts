/**
 * The core stays host-independent: a probe file placed in src/core that touches the DOM, Office.js
 * or Node fails to compile under src/core/tsconfig.json, and importing React, Office or Node modules
 * there fails the lint. The real core compiles cleanly under the same settings.
 */
import * as path from "node:path";
import ts from "typescript";
import { spawnSync } from "node:child_process";

const root = path.resolve(__dirname, "../..");
const coreConfig = path.join(root, "src/core/tsconfig.json");

function coreProgramDiagnostics(probe?: { code: string }): string[] {
  const read = ts.readConfigFile(coreConfig, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(coreConfig));
  const probePath = path.join(root, "src/core/__boundary_probe__.ts");
  const host = ts.createCompilerHost(parsed.options);
  if (probe) {
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (f) => f === probePath || fileExists.call(host, f);
    host.readFile = (f) => (f === probePath ? probe.code : readFile.call(host, f));
    host.getSourceFile = (f, lang, ...rest) =>
      f === probePath ? ts.createSourceFile(f, probe.code, lang) : getSourceFile.call(host, f, lang, ...rest);
  }
  const files = probe ? [probePath] : parsed.fileNames;
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true }, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => !probe || d.file?.fileName === probePath)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("src/core compiles without host types", () => {
  it("the real core has no errors", () => {
    expect(coreProgramDiagnostics()).toEqual([]);
  }, 60_000);

  it.each([
    ["the DOM", "export const t = document.title;"],
    ["Office.js", "export const run = Word.run;"],
    ["Office.js namespace", "export const ready = Office.onReady;"],
    ["a Node module", 'import * as fs from "fs";\nexport const r = fs.readFileSync;'],
    ["a node: module", 'import * as p from "node:path";\nexport const j = p.join;'],
    ["a Node global", 'export const b = Buffer.from("x");'],
    ["the process", "export const e = process.env;"],
  ])("a probe using %s fails to compile", (_what, code) => {
    expect(coreProgramDiagnostics({ code }).length).toBeGreaterThan(0);
  }, 60_000);

  it("a harmless probe compiles (the probe mechanism itself works)", () => {
    expect(coreProgramDiagnostics({ code: 'export const x: string = "ok".normalize("NFC");' })).toEqual([]);
  }, 60_000);
});

describe("lint enforces the import boundaries", () => {
  // The ESLint CLI, as `npm run lint` runs it (its flat config is an ES module jest cannot load).
  const lint = async (file: string, code: string) => {
    const r = spawnSync(process.execPath, [path.join(root, "node_modules/eslint/bin/eslint.js"), "--stdin", "--stdin-filename", file, "--format", "json"], {
      cwd: root,
      input: code,
      encoding: "utf8",
    });
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
    return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  };

  it.each([
    ["src/core/x.ts", 'import React from "react";\nexport const r = React;'],
    ["src/core/x.ts", 'import { Button } from "@fluentui/react-components";\nexport const b = Button;'],
    ["src/core/x.ts", 'import * as fs from "node:fs";\nexport const f = fs;'],
    ["src/core/x.ts", 'import * as fs from "fs";\nexport const f = fs;'],
    ["src/core/x.ts", 'import { createWordPort } from "../word/word-port";\nexport const c = createWordPort;'],
    ["src/docx/x.ts", 'import * as fs from "fs";\nexport const f = fs;'],
    ["src/cli/x.ts", 'import { createWordPort } from "../word/word-port";\nexport const c = createWordPort;'],
    ["src/word/x.ts", 'import React from "react";\nexport const r = React;'],
  ])("%s may not import: %s", async (file, code) => {
    expect(await lint(file, code)).toContain("no-restricted-imports");
  }, 60_000);

  it("a core file importing only core passes", async () => {
    expect(await lint("src/core/x.ts", 'import { nfc } from "./text/normalize";\nexport const n = nfc("a");')).toEqual([]);
  }, 60_000);
});
