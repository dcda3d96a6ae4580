#!/usr/bin/env node
/* The long fuzz run (`npm run fuzz`): the fixed catalogue of hostile .docx (test/fuzz/hostile-docx.ts),
   then seeded random hostile inputs, each through readDocx + checkDocument (test/fuzz/fuzz-one.ts,
   loaded from the TypeScript sources: no build needed). Reports the count per outcome class and
   error code, the slowest input and the largest heap growth, and exits 1 on any input that throws
   something other than a DocxError, hides a program error behind CORRUPT, exceeds the time bound,
   needs more heap than the bound, or hangs. Each such input is saved to the output folder and
   reproducible with its seed.

     node scripts/fuzz.js [--count 20000] [--minutes M] [--seed S] [--replay SEED] [--no-catalogue]
                          [--max-ms 10000] [--max-heap-mb 1024] [--out DIR]

   The time bound is generous: the largest inputs (hundreds of thousands of paragraphs, paragraphs of
   megabytes) take 1–3 s on an idle 2-CPU machine, and a loaded one may double that.
   The heap bound is enforced, not estimated: it is the worker's old-generation limit, so an input
   that needs more kills the worker and is reported. The heap growth printed per input includes
   garbage not yet collected (V8 collects when it likes), so it is shown, not judged.

   The loop runs in a worker thread watched from here: a hang (no answer for --hang-ms, 60 s) or an
   out-of-memory kills only the worker, which is restarted after the guilty input. */
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { Worker, isMainThread, parentPort, workerData } = require("node:worker_threads");


function parseArgs(argv) {
  const o = { count: 20000, minutes: Infinity, seed: undefined, replay: undefined, catalogue: true, maxMs: 10000, maxHeapMb: 1024, hangMs: 60000, out: undefined, scale: 1, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) usage(`Thiếu giá trị cho ${a}.`);
      return v;
    };
    if (a === "--count") o.count = Number(next());
    else if (a === "--minutes") o.minutes = Number(next());
    else if (a === "--seed") o.seed = Number(next()) >>> 0;
    else if (a === "--replay") o.replay = Number(next()) >>> 0;
    else if (a === "--no-catalogue") o.catalogue = false;
    else if (a === "--max-ms") o.maxMs = Number(next());
    else if (a === "--max-heap-mb") o.maxHeapMb = Number(next());
    else if (a === "--hang-ms") o.hangMs = Number(next());
    else if (a === "--scale") o.scale = Number(next());
    else if (a === "--out") o.out = path.resolve(next());
    else if (a === "--verbose") o.verbose = true;
    else if (a === "--help" || a === "-h") usage();
    else usage(`Tùy chọn không hợp lệ: ${a}`);
  }
  if (!(o.count >= 0)) usage("Giá trị không hợp lệ cho --count.");
  for (const k of ["minutes", "maxMs", "maxHeapMb", "hangMs", "scale"]) if (!(o[k] > 0)) usage(`Giá trị không hợp lệ cho --${k}.`);
  if (o.seed === undefined) o.seed = (Date.now() ^ (process.pid << 8)) >>> 0;
  if (o.out === undefined) o.out = path.join(os.tmpdir(), `bienban-fuzz-${o.seed}`);
  return o;
}

function usage(error) {
  const text =
    "Cách dùng: node scripts/fuzz.js [--count N] [--minutes M] [--seed S] [--replay SEED] [--no-catalogue]\n" +
    "                              [--max-ms 10000] [--max-heap-mb 1024] [--hang-ms 60000] [--out DIR] [--verbose]\n";
  process.stderr.write(error ? `${error}\n${text}` : text);
  process.exit(error ? 2 : 0);
}

// ---------------------------------------------------------------------------------------------
// Worker: generates and runs inputs, posting one message per input.

function work() {
  const { loadTs } = require("./bench/load-ts");
  const { hostileInput, hostileCatalogue } = loadTs("test/fuzz/hostile-docx.ts");
  const { fuzzOne, outcomeClass } = loadTs("test/fuzz/fuzz-one.ts");
  const { inputSeed } = loadTs("test/fuzz/rng.ts");
  require("node:v8").setFlagsFromString("--expose-gc");
  const gc = require("node:vm").runInNewContext("gc");
  const { seed, from, count, deadline, catalogue, replay, scale, progress } = workerData;
  const run = (input, inputSeedValue) => {
    gc();
    Atomics.store(progress, 0, inputSeedValue === undefined ? -1 : inputSeedValue | 0);
    const r = fuzzOne(input.bytes);
    const o = r.outcome;
    parentPort.postMessage({
      kind: "result",
      seed: inputSeedValue,
      label: input.label,
      level: input.level,
      size: input.bytes.length,
      cls: outcomeClass(o),
      ms: r.ms,
      heap: r.heapDelta,
      detail: o.kind === "unexpected" ? o.error : o.kind === "error" ? o.hiddenBug : undefined,
    });
    return r;
  };
  if (replay !== undefined) {
    run(hostileInput(replay, scale), replay);
    return parentPort.postMessage({ kind: "done" });
  }
  if (catalogue) {
    for (const input of hostileCatalogue()) run(input, undefined);
  }
  for (let i = from; i < count && Date.now() < deadline; i++) {
    const s = inputSeed(seed, i);
    parentPort.postMessage({ kind: "start", index: i, seed: s });
    run(hostileInput(s, scale), s);
  }
  parentPort.postMessage({ kind: "done" });
}

// ---------------------------------------------------------------------------------------------
// Main: watches the worker, tallies, reports.

function main() {
  const o = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const deadline = Number.isFinite(o.minutes) ? started + o.minutes * 60000 : Number.MAX_SAFE_INTEGER;
  process.stdout.write(`bienban fuzz: seed ${o.seed}${o.replay !== undefined ? `, replay ${o.replay}` : `, ${o.count} inputs${Number.isFinite(o.minutes) ? ` or ${o.minutes} min` : ""}`}\n`);
  fs.mkdirSync(o.out, { recursive: true });

  const byClass = new Map();
  const byLevel = new Map();
  const failures = [];
  let tried = 0;
  let slowest = { ms: 0 };
  let biggest = { heap: 0 };
  let index = 0;
  let current;
  const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

  const saveInput = (seedValue, reason) => {
    if (seedValue === undefined) return undefined;
    // Regenerated here (the worker may be dead): the seed alone rebuilds the input.
    const { loadTs } = require("./bench/load-ts");
    const { hostileInput } = loadTs("test/fuzz/hostile-docx.ts");
    const file = path.join(o.out, `input-${seedValue}.docx`);
    fs.writeFileSync(file, hostileInput(seedValue, o.scale).bytes);
    fs.writeFileSync(`${file}.txt`, `${reason}\nnode scripts/fuzz.js --replay ${seedValue}\n`);
    return file;
  };

  const onResult = (m) => {
    tried++;
    bump(byClass, m.cls);
    const levelKey = `${m.level} ${m.cls}`;
    bump(byLevel, levelKey);
    const who = m.seed === undefined ? `catalogue "${m.label}"` : `seed ${m.seed} (${m.label})`;
    if (m.ms > slowest.ms) slowest = { ms: m.ms, who, size: m.size };
    if (m.heap > biggest.heap) biggest = { heap: m.heap, who, size: m.size };
    if (o.verbose) process.stdout.write(`  ${m.ms.toFixed(0).padStart(6)} ms ${(m.heap / 1048576).toFixed(0).padStart(4)} MB  ${m.cls}  ${who}\n`);
    const problems = [];
    if (m.cls === "UNEXPECTED") problems.push(`exception: ${m.detail}`);
    if (m.cls.startsWith("hidden-bug")) problems.push(`CORRUPT hides a program error: ${m.detail}`);
    if (m.ms > o.maxMs) problems.push(`took ${m.ms.toFixed(0)} ms (> ${o.maxMs} ms)`);
    if (problems.length > 0) {
      const file = saveInput(m.seed, problems.join("\n"));
      failures.push({ who, problems, file });
      process.stdout.write(`✖ ${who}: ${problems.join("; ")}${file ? `\n  saved: ${file}` : ""}\n`);
    }
    if (tried % 1000 === 0) process.stdout.write(`  … ${tried} inputs, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  };

  const progress = new Int32Array(new SharedArrayBuffer(4));
  const startWorker = (catalogue) =>
    new Promise((resolve) => {
      let last = Date.now();
      let finished = false;
      const worker = new Worker(__filename, {
        workerData: { seed: o.seed, from: index, count: o.count, deadline, catalogue, replay: o.replay, scale: o.scale, progress },
        resourceLimits: { maxOldGenerationSizeMb: o.maxHeapMb },
        stdout: false,
        stderr: false,
      });
      const timer = setInterval(() => {
        if (Date.now() - last <= o.hangMs) return;
        finished = true;
        clearInterval(timer);
        const reason = `no answer for ${o.hangMs} ms (hang)`;
        const file = current ? saveInput(current.seed, reason) : undefined;
        failures.push({ who: current ? `seed ${current.seed}` : "catalogue", problems: [reason], file });
        process.stdout.write(`✖ ${current ? `seed ${current.seed}` : "catalogue"}: ${reason}\n`);
        void worker.terminate().then(() => resolve({ restart: current !== undefined }));
      }, 1000);
      worker.on("message", (m) => {
        last = Date.now();
        if (m.kind === "start") {
          current = m;
          index = m.index + 1;
        } else if (m.kind === "result") onResult(m);
        else if (m.kind === "done") {
          finished = true;
          clearInterval(timer);
          resolve({ restart: false });
        }
      });
      worker.on("error", (err) => {
        if (finished) return;
        finished = true;
        clearInterval(timer);
        const reason = `worker died: ${err && err.message}`;
        const file = current ? saveInput(current.seed, reason) : undefined;
        failures.push({ who: current ? `seed ${current.seed}` : "catalogue", problems: [reason], file });
        process.stdout.write(`✖ ${current ? `seed ${current.seed}` : "catalogue"}: ${reason}\n`);
        resolve({ restart: current !== undefined });
      });
      worker.on("exit", () => {
        if (finished) return;
        finished = true;
        clearInterval(timer);
        resolve({ restart: false });
      });
    });

  (async () => {
    let r = await startWorker(o.catalogue && o.replay === undefined);
    while (r.restart && o.replay === undefined && index < o.count && Date.now() < deadline) {
      current = undefined;
      r = await startWorker(false);
    }
    const secs = (Date.now() - started) / 1000;
    const lines = [`\n${tried} inputs in ${secs.toFixed(1)} s (seed ${o.seed})`, "by outcome:"];
    for (const [k, v] of [...byClass].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(v).padStart(7)}  ${k}`);
    lines.push("by level and outcome:");
    for (const [k, v] of [...byLevel].sort()) lines.push(`  ${String(v).padStart(7)}  ${k}`);
    lines.push(`slowest: ${slowest.ms.toFixed(0)} ms — ${slowest.who ?? "-"} (${slowest.size ?? 0} bytes)`);
    lines.push(`largest heap growth (garbage included): ${(biggest.heap / 1048576).toFixed(1)} MB — ${biggest.who ?? "-"} (${biggest.size ?? 0} bytes); bound enforced: ${o.maxHeapMb} MB old generation`);
    lines.push(failures.length === 0 ? "no failures" : `${failures.length} failure(s); inputs saved in ${o.out}`);
    process.stdout.write(lines.join("\n") + "\n");
    if (failures.length === 0) fs.rmSync(o.out, { recursive: true, force: true });
    process.exitCode = failures.length === 0 ? 0 : 1;
  })();
}

if (isMainThread) main();
else work();
