#!/usr/bin/env node
/* Where the checker's time goes, for whoever speeds it up: the bench's batch of 200 documents read
   and checked in this process, phase by phase (read, type detection with the header, meeting facts,
   profile, locating elements, each rule), as microseconds per document, medians of several passes.
     npm run build:cli && node scripts/bench/phases.js [--passes 7] [--rules 20]
   Each pass reads the documents again: the facts and locations are memoised per model. */
"use strict";
const path = require("node:path");
const { loadBuilt, dist } = require("./load-built");
const { now, median } = require("./stats");
const { batchModels, toDocx } = require("./documents");

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const PASSES = arg("--passes", 7);
const TOP_RULES = arg("--rules", 20);
const TODAY = "2026-11-27";

const built = loadBuilt();
const req = (f) => require(path.join(dist, f));
const { detectDocumentType } = req("core/detect/detect-type.js");
const { extractHeaderFacts } = req("core/facts/header.js");
const { extractFacts } = req("core/facts/extract-facts.js");
const { profileForFacts } = req("core/engine/check-steps.js");
const { locateElements } = req("core/locate/locate-elements.js");
const { runRules } = req("core/engine/run-rules.js");
const { allRules } = req("core/rules/index.js");

const files = batchModels(200).map(({ doc }) => toDocx(built.writeDocx, doc));
const phases = ["read", "header", "detect", "facts", "profile", "locate", "rules"];
const perPass = Object.fromEntries(phases.map((p) => [p, []]));
const perRule = new Map(allRules.map((r) => [r.meta.id, []]));

for (let pass = 0; pass <= PASSES; pass++) {
  const t = Object.fromEntries(phases.map((p) => [p, 0]));
  const rules = new Map(allRules.map((r) => [r.meta.id, 0]));
  for (const bytes of files) {
    let a = now();
    const doc = built.readDocx(bytes);
    let b = now();
    t.read += b - a;
    a = b;
    extractHeaderFacts(doc);
    b = now();
    t.header += b - a;
    a = b;
    const detection = detectDocumentType(doc);
    b = now();
    t.detect += b - a;
    a = b;
    const facts = extractFacts(doc);
    b = now();
    t.facts += b - a;
    a = b;
    const profile = profileForFacts(facts, { today: TODAY });
    b = now();
    t.profile += b - a;
    const type = detection.type;
    if (!type) continue;
    a = now();
    locateElements(doc, facts, type, { signerTitles: profile.settings.signerTitles });
    b = now();
    t.locate += b - a;
    const ctx = { doc, facts, type, profile, related: [], today: TODAY };
    for (const rule of allRules) {
      a = now();
      runRules([rule], ctx);
      b = now();
      rules.set(rule.meta.id, rules.get(rule.meta.id) + (b - a));
      t.rules += b - a;
    }
  }
  // Pass 0 warms up the JIT.
  if (pass === 0) continue;
  for (const p of phases) perPass[p].push(t[p]);
  for (const [id, ms] of rules) perRule.get(id).push(ms);
}

const us = (ms) => ((ms * 1000) / files.length).toFixed(1).padStart(8);
let total = 0;
process.stdout.write(`${files.length} documents, median of ${PASSES} passes, µs per document\n`);
for (const p of phases) {
  const m = median(perPass[p]);
  total += m;
  process.stdout.write(`${p.padEnd(8)} ${us(m)}\n`);
}
process.stdout.write(`${"total".padEnd(8)} ${us(total)}\n\nrules, slowest first (locating is counted above, not in the presence rules):\n`);
const ranked = [...perRule].map(([id, xs]) => [id, median(xs)]).sort((x, y) => y[1] - x[1]);
for (const [id, m] of ranked.slice(0, TOP_RULES)) process.stdout.write(`${us(m)}  ${id}\n`);
