#!/usr/bin/env node
/* `npm run bench`: how fast the checker is, on .docx files written from the tests' sample documents.
   - read + check time of one document of ~1 (the sample as is), 10 and 100 pages (median), and
     time per page;
   - batch throughput over 200 varied documents, against the floor (unzip + tokenize document.xml
     with the reader's own tokenizer) and against mammoth.extractRawText, with the reader alone
     beside them (how much of the ratio is reading the parts the rules need, before any rule);
   - peak memory of the batch, each measurement in its own child process (--expose-gc).
   Prints a table with the targets marked PASS/FAIL and writes bench/results.json.
   Needs the compiled tool: `npm run build:cli` first. */
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { loadBuilt, root } = require("./bench/load-built");
const { now } = require("./bench/stats");
const { timeReadAndCheck } = require("./bench/read-and-check");

const built = loadBuilt();
const { minutesOfPages, batchModels, toDocx, PARAGRAPHS_PER_PAGE } = require("./bench/documents");
const TODAY = "2026-11-27";
const BATCH_SIZE = 200;
const BATCH_PASSES = 5;

const targets = {
  floorRatioMax: 1.5,
  mammothSpeedupMin: 3,
  /** Time per page at 100 pages at most this many times that at 10 pages: linear growth. */
  perPageGrowthMax: 1.5,
};

function measureSize(pages, runs) {
  const s = timeReadAndCheck(built, toDocx(built.writeDocx, minutesOfPages(pages)), runs, TODAY);
  const realPages = s.paragraphs / PARAGRAPHS_PER_PAGE;
  return { pages: realPages, ...s, msPerPage: s.totalMs / realPages };
}

function runChild(mode, folder) {
  const r = spawnSync(process.execPath, ["--expose-gc", path.join(__dirname, "bench", "batch-child.js"), mode, folder, String(BATCH_PASSES)], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`batch child "${mode}" failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n) => `${n.toFixed(2)} ms`;
const mark = (ok) => (ok ? "PASS" : "FAIL");

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("  ")).join("\n");
}

function main() {
  const started = now();
  process.stdout.write(`bienban bench · node ${process.version} · ${os.cpus().length} CPU · ${os.cpus()[0]?.model ?? ""}\n\n`);

  // 1. One document of growing size.
  const sizes = [
    [1, 21],
    [10, 11],
    [100, 5],
  ].map(([pages, runs]) => measureSize(pages, runs));
  process.stdout.write("Một văn bản (đọc + kiểm tra, trung vị) / one document (read + check, median)\n");
  process.stdout.write(
    table([
      ["pages", "paragraphs", "size", "read", "check", "total", "per page", "findings"],
      ...sizes.map((s) => [s.pages.toFixed(1), s.paragraphs, `${(s.bytes / 1024).toFixed(1)} KB`, ms(s.readMs), ms(s.checkMs), ms(s.totalMs), ms(s.msPerPage), s.findings]),
    ]) + "\n",
  );
  const s10 = sizes[1];
  const s100 = sizes[2];
  const growth = s100.msPerPage / s10.msPerPage;

  // 2. The batch, each pipeline in its own child process.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "bienban-bench-"));
  try {
    const models = batchModels(BATCH_SIZE);
    let batchBytes = 0;
    for (const { name, doc } of models) {
      const bytes = toDocx(built.writeDocx, doc);
      batchBytes += bytes.length;
      fs.writeFileSync(path.join(folder, `${name}.docx`), bytes);
    }
    const floor = runChild("floor", folder);
    const read = runChild("read", folder);
    const check = runChild("check", folder);
    const mammoth = runChild("mammoth", folder);
    const floorRatio = check.medianMs / floor.medianMs;
    const mammothSpeedup = mammoth.medianMs / check.medianMs;

    process.stdout.write(`\nLô ${BATCH_SIZE} văn bản / batch of ${BATCH_SIZE} documents (${mb(batchBytes)}, median of ${BATCH_PASSES} passes after a warm-up)\n`);
    process.stdout.write(
      table([
        ["pipeline", "time", "docs/s", "peak RSS", "peak heap"],
        ["floor: unzip + tokenize document.xml", ms(floor.medianMs), floor.docsPerSec.toFixed(0), mb(floor.peak.rss), mb(floor.peak.heapUsed)],
        ["bienban reader alone (every part, into the model)", ms(read.medianMs), read.docsPerSec.toFixed(0), mb(read.peak.rss), mb(read.peak.heapUsed)],
        ["bienban: read + check (CLI batch)", ms(check.medianMs), check.docsPerSec.toFixed(0), mb(check.peak.rss), mb(check.peak.heapUsed)],
        ["mammoth.extractRawText", ms(mammoth.medianMs), mammoth.docsPerSec.toFixed(0), mb(mammoth.peak.rss), mb(mammoth.peak.heapUsed)],
      ]) + "\n",
    );

    const results = [
      { target: `time per page at 100 pages ≤ ${targets.perPageGrowthMax}× at 10 pages (linear)`, value: `${growth.toFixed(2)}×`, pass: growth <= targets.perPageGrowthMax },
      { target: `batch ≤ ${targets.floorRatioMax}× the floor`, value: `${floorRatio.toFixed(2)}×`, pass: floorRatio <= targets.floorRatioMax },
      { target: `batch ≥ ${targets.mammothSpeedupMin}× faster than mammoth`, value: `${mammothSpeedup.toFixed(2)}×`, pass: mammothSpeedup >= targets.mammothSpeedupMin },
    ];
    process.stdout.write(`the reader alone is ${(read.medianMs / floor.medianMs).toFixed(2)}× the floor; the checks after reading take ${((check.medianMs - read.medianMs) / check.docs).toFixed(3)} ms per document\n`);
    const f = check.found;
    process.stdout.write(`bienban found ${f.findings} findings, ${f.errors} errors in ${f.filesWithErrors} files; ${f.paired} files paired for CHK.CROSS_DOC\n`);
    // 3. The Văn phòng register on 500 and 2,000 documents (scripts/bench/register.js).
    const register = require("./bench/register").runRegisterBench();
    process.stdout.write(register.text);
    results.push(...register.targets);
    process.stdout.write("\nMục tiêu / targets\n");
    process.stdout.write(table(results.map((r) => [`[${mark(r.pass)}]`, r.target, r.value])) + "\n");
    process.stdout.write(
      `\nBộ nhớ lô / batch memory: peak RSS ${mb(check.peak.rss)} (baseline ${mb(check.baseline.rss)}), peak heap ${mb(check.peak.heapUsed)} (baseline ${mb(check.baseline.heapUsed)}, retained after the batch ${mb(check.retained.heapUsed)})\n`,
    );

    const out = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      paragraphsPerPage: PARAGRAPHS_PER_PAGE,
      sizes,
      perPageGrowth: growth,
      batch: { documents: models.length, bytes: batchBytes, passes: BATCH_PASSES, floor, read, check, mammoth, floorRatio, readFloorRatio: read.medianMs / floor.medianMs, mammothSpeedup },
      register: register.results,
      targets: results,
      seconds: (now() - started) / 1000,
    };
    fs.mkdirSync(path.join(root, "bench"), { recursive: true });
    fs.writeFileSync(path.join(root, "bench", "results.json"), JSON.stringify(out, null, 2) + "\n");
    process.stdout.write(`\nĐã ghi / written: bench/results.json (${out.seconds.toFixed(0)} s)\n`);
  } finally {
    if (!process.env.BIENBAN_BENCH_KEEP) fs.rmSync(folder, { recursive: true, force: true });
  }
}

main();
// 4. The task pane: initial JavaScript and first render beside a bare control page (scripts/bench/taskpane.js).
// 5. After it (one Chromium at a time): a 500-page biên bản, read + check and the pane's long tasks (scripts/bench/large.js).
require("./bench/taskpane").benchTaskpane().then(() => require("./bench/large").benchLarge()).catch((err) => {
  process.stderr.write(`task pane bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
