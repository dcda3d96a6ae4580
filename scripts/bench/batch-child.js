/* One isolated batch measurement, run by scripts/bench.js as
     node --expose-gc scripts/bench/batch-child.js <floor|read|check|mammoth> <folder> <passes>
   It reads every .docx in the folder per pass (one warm-up pass first), times the passes, then runs
   one more pass sampling process.memoryUsage() after every document for the peak, and prints one
   JSON line with the results. The timed passes do not sample: one sample costs about as much as
   the floor's whole work on a document (≈ 0.05 ms), which would hide the real ratios. */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { loadBuilt } = require("./load-built");
const { now, median } = require("./stats");

const [mode, folder, passesArg] = process.argv.slice(2);
const passes = Number(passesArg || 3);
const built = loadBuilt();
const files = fs
  .readdirSync(folder)
  .filter((n) => n.endsWith(".docx"))
  .sort()
  .map((n) => path.join(folder, n));

const peak = { rss: 0, heapUsed: 0 };
let sampling = false;
/** What the last check pass found, to show the batch really had faults. */
let found = null;
function sample() {
  if (!sampling) return;
  const m = process.memoryUsage();
  if (m.rss > peak.rss) peak.rss = m.rss;
  if (m.heapUsed > peak.heapUsed) peak.heapUsed = m.heapUsed;
}

/** The floor: what any .docx checker must do at least: unzip the main part and tokenize its XML. */
function floorOne(file) {
  const { unzipSync } = require("fflate");
  const bytes = fs.readFileSync(file);
  const parts = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" });
  const xml = built.decodeXmlBytes(parts["word/document.xml"]);
  const t = new built.XmlTokenizer(xml, "word/document.xml");
  let n = 0;
  while (t.next() !== built.XML_EOF) n++;
  sample();
  return n;
}

async function runPass() {
  if (mode === "floor") {
    for (const f of files) floorOne(f);
  } else if (mode === "read") {
    // The reader alone: every part the rules need (document, styles, settings, headers and footers,
    // comments), into the model; how much of the batch's time is reading, before any rule.
    for (const f of files) {
      built.readDocx(fs.readFileSync(f));
      sample();
    }
  } else if (mode === "mammoth") {
    const mammoth = require("mammoth");
    for (const f of files) {
      await mammoth.extractRawText({ buffer: fs.readFileSync(f) });
      sample();
    }
  } else if (mode === "check") {
    // The command-line tool's own batch: pass 1 for every file, pass 2 for paired meetings.
    const entries = files.map((f) => ({ path: path.basename(f), absolute: f }));
    const read = async (abs) => {
      const r = await built.readModel(abs);
      sample();
      return r;
    };
    const reports = await built.checkBatch(entries, { overlays: [], today: "2026-11-27", read });
    const bad = reports.filter((r) => r.error);
    if (bad.length) throw new Error(`${bad.length} file(s) failed: ${bad[0].path}: ${bad[0].error.message}`);
    const errors = reports.map((r) => r.findings.filter((f) => f.severity === "error").length);
    found = {
      findings: reports.reduce((n, r) => n + r.findings.length, 0),
      errors: errors.reduce((a, b) => a + b, 0),
      filesWithErrors: errors.filter((n) => n > 0).length,
      paired: reports.filter((r) => r.related.length > 0).length,
    };
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}

(async () => {
  await runPass(); // warm-up: JIT, lazy requires
  const times = [];
  for (let i = 0; i < passes; i++) {
    const t = now();
    await runPass();
    times.push(now() - t);
  }
  global.gc();
  const base = process.memoryUsage();
  sampling = true;
  await runPass();
  sampling = false;
  // What stays alive once the batch is over: nothing of the documents should.
  global.gc();
  const after = process.memoryUsage();
  const ms = median(times);
  process.stdout.write(
    JSON.stringify({
      mode,
      docs: files.length,
      passes,
      medianMs: ms,
      docsPerSec: (files.length * 1000) / ms,
      baseline: { rss: base.rss, heapUsed: base.heapUsed },
      peak,
      retained: { heapUsed: after.heapUsed - base.heapUsed },
      maxRssOs: process.resourceUsage().maxRSS * 1024,
      found,
    }) + "\n",
  );
})().catch((err) => {
  process.stderr.write(`${err.stack || err}\n`);
  process.exit(1);
});
