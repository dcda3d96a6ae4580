#!/usr/bin/env node
/**
 * The README's test command (`npm test`): every check a clean clone must pass, in order, stopping
 * at the first failing step. Ends with one summary line "tests: N passed, M failed".
 */
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const jestJson = path.join(os.tmpdir(), `bienban-jest-${process.pid}.json`);
const browserJson = path.join(os.tmpdir(), `bienban-browser-${process.pid}.json`);
const registerJson = path.join(os.tmpdir(), `bienban-register-${process.pid}.json`);
const flowsJson = path.join(os.tmpdir(), `bienban-flows-${process.pid}.json`);
const securityJson = path.join(os.tmpdir(), `bienban-security-${process.pid}.json`);
const largeJson = path.join(os.tmpdir(), `bienban-large-${process.pid}.json`);

const steps = [
  ["core is host-independent (tsc without DOM, Office or Node types)", bin("tsc"), ["-p", "src/core/tsconfig.json", "--noEmit"]],
  ["docx is browser-safe (tsc without DOM or Node types)", bin("tsc"), ["-p", "src/docx/tsconfig.json", "--noEmit"]],
  ["type check", bin("tsc"), ["--noEmit"]],
  ["lint (import boundaries)", bin("eslint"), ["."]],
  ["manifest (offline validation)", process.execPath, ["scripts/validate-manifest.js", "manifest.xml"]],
  ["build the command-line tool", bin("tsc"), ["-p", "tsconfig.cli.json"]],
  ["unit and component tests (jest)", bin("jest"), ["--ci", "--json", `--outputFile=${jestJson}`]],
  ["browser tests (Chromium)", process.execPath, ["test/browser/run.js", `--json=${browserJson}`]],
  ["browser tests: the register page (Chromium)", process.execPath, ["test/browser/register-report.js", "--no-build", `--json=${registerJson}`]],
  ["browser tests: task pane flows on the preview (Chromium)", process.execPath, ["test/browser/taskpane-flows.js", `--json=${flowsJson}`]],
  ["browser tests: a 500-page biên bản in the pane (Chromium)", process.execPath, ["test/browser/large-document.js", "--no-build", `--json=${largeJson}`]],
  ["browser tests: privacy and web security (Chromium)", process.execPath, ["test/browser/security.js", `--json=${securityJson}`]],
];

let passed = 0;
let failed = 0;
function count(file) {
  try {
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    passed += r.numPassedTests ?? r.passed ?? 0;
    failed += r.numFailedTests ?? r.failed ?? 0;
  } catch {
    /* the step printed its own failure */
  }
}

let status = 0;
for (const [name, cmd, args] of steps) {
  process.stdout.write(`\n▶ ${name}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
  if (r.status !== 0) {
    process.stdout.write(`✖ ${name} failed (exit ${r.status ?? r.signal})\n`);
    status = 1;
    if (!name.startsWith("unit") && !name.startsWith("browser")) failed += 1;
    break;
  }
}
const reports = [jestJson, browserJson, registerJson, flowsJson, securityJson, largeJson];
reports.forEach(count);
for (const f of reports) fs.rmSync(f, { force: true });
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed\n`);
process.exit(status);
