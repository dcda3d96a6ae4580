/* The register's benchmark (`npm run bench` runs it from scripts/bench.js; it also runs alone:
   `node scripts/bench/register.js`). Writes 500 and 2,000 generated documents (about 28 a cell a
   year: test/cli/register-corpus.ts uniformCorpus) and runs the real command on each folder,
     bienban register FOLDER --out page.html --csv documents.csv
   in child processes of its own: once timed (documents per second, peak RSS and heap), once with a
   full garbage collection every 100 files read to see the live heap, i.e. what stays alive. The
   same live reading is taken of a bare "read + check, keep nothing" loop: the checker's own caches
   live in both runs, so the difference is what the register itself keeps, which must not grow by
   more than a summary per document. Needs `npm run build:cli` first. */
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const SIZES = [500, 2000];
const TODAY = "2026-11-27";
/** What the register may keep per document, bytes: its summary, path and spool reference. */
const KEPT_BYTES_PER_DOC_MAX = 4096;
const SAMPLE_EVERY = 100;

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

// ---------------------------------------------------------------------------------------------
// Child: node --expose-gc scripts/bench/register.js --child <timed|live|check> <folder> <workdir>

async function child(mode, folder, work) {
  const { dist } = require("./load-built");
  const { now } = require("./stats");
  const readModule = require(path.join(dist, "cli", "read-model.js"));
  const peak = { rss: 0, heapUsed: 0 };
  const live = [];
  let reads = 0;
  // Every file is read through readModel (the command's import is looked up at call time).
  const readModel = readModule.readModel;
  readModule.readModel = async (absolute) => {
    const r = await readModel(absolute);
    reads++;
    if (mode !== "timed" && reads % SAMPLE_EVERY === 0) {
      global.gc();
      live.push(process.memoryUsage().heapUsed);
    }
    const m = process.memoryUsage();
    if (m.rss > peak.rss) peak.rss = m.rss;
    if (m.heapUsed > peak.heapUsed) peak.heapUsed = m.heapUsed;
    return r;
  };
  global.gc();
  const baseline = process.memoryUsage().heapUsed;
  const t = now();
  const out = { mode, reads: 0, ms: 0, baseline };
  if (mode === "check") {
    const { checkDocument } = require(path.join(dist, "core", "engine", "check-document.js"));
    const { collectFiles } = require(path.join(dist, "cli", "collect-files.js"));
    for (const f of collectFiles([folder], "/").files) {
      const r = await readModule.readModel(f.absolute);
      if (r.ok) checkDocument(r.doc, { today: TODAY });
    }
  } else {
    const { main } = require(path.join(dist, "cli", "main.js"));
    let stderr = "";
    const page = path.join(work, `so-${mode}.html`);
    const code = await main(["register", folder, "--out", page, "--csv", path.join(work, `van-ban-${mode}.csv`), "--today", TODAY], {
      stdout: { write: () => true },
      stderr: { write: (s) => (stderr += s) },
      isTTY: false,
      env: {},
      cwd: work,
    });
    if (code === 2) throw new Error(`register failed (exit 2): ${stderr}`);
    const summary = /(\d+) chi bộ, (\d+) văn bản trong kỳ/.exec(stderr);
    Object.assign(out, { cells: summary ? Number(summary[1]) : null, documents: summary ? Number(summary[2]) : null, pageBytes: fs.statSync(page).size });
  }
  Object.assign(out, { reads, ms: now() - t, peak, liveMax: live.length ? Math.max(...live) - baseline : null, maxRssOs: process.resourceUsage().maxRSS * 1024 });
  process.stdout.write(JSON.stringify(out) + "\n");
}

// ---------------------------------------------------------------------------------------------
// Parent

function writeFolder(count, dir) {
  const { loadBuilt } = require("./load-built");
  const { loadTs } = require("./load-ts");
  const { uniformCorpus } = loadTs("test/cli/register-corpus.ts");
  const { modelToDocxSpec } = loadTs("test/helpers/model-to-docx.ts");
  const { writeDocx } = loadBuilt();
  let bytes = 0;
  for (const f of uniformCorpus(count)) {
    const file = path.join(dir, f.rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const data = writeDocx(modelToDocxSpec(f.doc));
    bytes += data.length;
    fs.writeFileSync(file, data);
  }
  return bytes;
}

function runChild(mode, folder, work) {
  const r = spawnSync(process.execPath, ["--expose-gc", __filename, "--child", mode, folder, work], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`register child "${mode}" failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("  ")).join("\n");
}

/** Runs the register benchmark; returns the text to print, the targets and the raw results. */
function runRegisterBench() {
  const measured = [];
  for (const size of SIZES) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "bienban-bench-register-"));
    try {
      const folder = path.join(root, "HoSo");
      const bytes = writeFolder(size, folder);
      const timed = runChild("timed", folder, root);
      const live = runChild("live", folder, root);
      const check = runChild("check", folder, root);
      measured.push({ size, bytes, timed, live, check, docsPerSec: (size * 1000) / timed.ms, kept: live.liveMax - check.liveMax });
    } finally {
      if (!process.env.BIENBAN_BENCH_KEEP) fs.rmSync(root, { recursive: true, force: true });
    }
  }
  const [small, large] = measured;
  const per = (key) => (large[key] - small[key]) / (large.size - small.size);
  const keptPerDoc = per("kept");
  const livePerDoc = (large.live.liveMax - small.live.liveMax) / (large.size - small.size);
  const checkPerDoc = (large.check.liveMax - small.check.liveMax) / (large.size - small.size);
  const targets = [
    {
      target: `register keeps ≤ ${kb(KEPT_BYTES_PER_DOC_MAX)} per document (live heap beyond the checker's)`,
      value: kb(keptPerDoc),
      pass: keptPerDoc <= KEPT_BYTES_PER_DOC_MAX,
    },
  ];
  const text =
    `\nSổ theo dõi / register: bienban register FOLDER --out page.html --csv documents.csv (each run in its own child process)\n` +
    table([
      ["documents", "cells", "size", "time", "docs/s", "peak RSS", "peak heap", "live heap", "check's live heap", "register keeps", "page"],
      ...measured.map((m) => [
        m.size,
        m.timed.cells,
        mb(m.bytes),
        `${(m.timed.ms / 1000).toFixed(1)} s`,
        m.docsPerSec.toFixed(0),
        mb(m.timed.maxRssOs),
        mb(m.timed.peak.heapUsed),
        mb(m.live.liveMax),
        mb(m.check.liveMax),
        mb(m.kept),
        mb(m.timed.pageBytes),
      ]),
    ]) +
    `\nper extra document: live heap +${kb(livePerDoc)}, of which the checker's caches (read + check alone, keeping nothing) +${kb(checkPerDoc)}, the register +${kb(keptPerDoc)}\n`;
  return {
    text,
    targets,
    results: { sizes: measured, livePerDoc, checkPerDoc, keptPerDoc },
  };
}

module.exports = { runRegisterBench };

if (require.main === module) {
  const [flag, mode, folder, work] = process.argv.slice(2);
  if (flag === "--child") {
    child(mode, folder, work).catch((err) => {
      process.stderr.write(`${err.stack || err}\n`);
      process.exit(1);
    });
  } else {
    const r = runRegisterBench();
    process.stdout.write(r.text);
    for (const t of r.targets) process.stdout.write(`[${t.pass ? "PASS" : "FAIL"}] ${t.target}: ${t.value}\n`);
  }
}
