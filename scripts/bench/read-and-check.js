/* One document read and checked `runs` times after a warm-up, read and check timed apart (medians). */
"use strict";
const { now, median } = require("./stats");

function timeReadAndCheck(built, bytes, runs, today) {
  const reads = [];
  const checks = [];
  const totals = [];
  let paragraphs = 0;
  let findings = 0;
  for (let i = 0; i < runs + 1; i++) {
    const t0 = now();
    const doc = built.readDocx(bytes);
    const t1 = now();
    const result = built.checkDocument(doc, { today });
    const t2 = now();
    // The first run warms up the JIT and is not counted.
    if (i === 0) continue;
    reads.push(t1 - t0);
    checks.push(t2 - t1);
    totals.push(t2 - t0);
    paragraphs = doc.paragraphs.length;
    findings = result.findings.length;
  }
  return { paragraphs, bytes: bytes.length, runs, readMs: median(reads), checkMs: median(checks), totalMs: median(totals), findings };
}

module.exports = { timeReadAndCheck };
