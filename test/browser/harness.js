/**
 * The browser scripts' shared harness: how Chromium is launched here, named checks counted without
 * stopping at the first failure, a watchdog so a hung browser cannot hang CI, and the closing line
 * "N passed, M failed" (plus {passed, failed} to --json=FILE for scripts/test.js).
 */
"use strict";
const fs = require("node:fs");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const results = [];

async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok - ${name}`);
  } catch (err) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name}\n    ${String(err instanceof Error ? err.message : err).split("\n").join("\n    ")}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

function writeJson(passed, failed) {
  const arg = process.argv.find((a) => a.startsWith("--json="));
  if (arg) fs.writeFileSync(arg.slice("--json=".length), JSON.stringify({ passed, failed }));
}

/** Runs main, prints the closing line and sets the exit code; gives up after `seconds`. */
function run(main, seconds) {
  const watchdog = setTimeout(() => {
    const passed = results.filter((r) => r.ok).length;
    console.log(`not ok - run\n    timed out after ${seconds} s`);
    writeJson(passed, results.length - passed + 1);
    console.log(`${passed} passed, ${results.length - passed + 1} failed`);
    process.exit(1);
  }, seconds * 1000);
  watchdog.unref();
  main()
    .catch((err) => {
      results.push({ name: "run", ok: false });
      console.log(`not ok - run\n    ${err instanceof Error ? err.stack : String(err)}`);
    })
    .finally(() => {
      const passed = results.filter((r) => r.ok).length;
      const failed = results.length - passed;
      writeJson(passed, failed);
      console.log(`${passed} passed, ${failed} failed`);
      process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
    });
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, check, assert, assertEqual, run };
