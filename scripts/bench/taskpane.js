#!/usr/bin/env node
/* The task pane's weight and speed, beside a bare control page (React + FluentProvider + one Button)
   built by the same webpack config and loaded the same way in the same run:
   - initial JavaScript: every .js file the page fetches before its first screen is rendered (for the
     task pane: the shell and the default area, Soạn thảo), raw and gzip -9;
   - time to first render in headless Chromium (Debian's chromium, playwright-core), median of RUNS
     fresh loads each (new browser context, empty cache), alternating the two pages: from navigation
     start to the first animation frame after the first screen is in the DOM (the area's heading for
     the task pane, the button for the control).
   Budgets (issue 5, from Microsoft's React task-pane template measured here with the same method:
   169 KB gzip, 272 ms median first render): initial JS ≤ 253 KB gzip (1.5× the template) and first
   render ≤ 1.2× the template's (326 ms). The control page is printed beside the task pane, with the
   ratio between them and the machine's load average: absolute times depend on the machine and on
   what else runs, the control shows by how much.
   `node scripts/bench/taskpane.js` alone, or from `npm run bench`. Writes bench/taskpane-results.json. */
"use strict";
const fs = require("node:fs");
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");

const root = path.resolve(__dirname, "..", "..");
const { median } = require("./stats");

const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
const RUNS = Number(process.env.BIENBAN_BENCH_RUNS || 15);
const WARMUP = 2;
const BUDGET_GZIP_KB = 253;
const BUDGET_RENDER_RATIO = 1.2;
const BUDGET_RENDER_MS = Math.round(BUDGET_RENDER_RATIO * 272);
const TEMPLATE = { gzipKb: 169, renderMs: 272 };

/** Office.js as the browser test stubs it: onReady answers Word at once. */
const OFFICE_STUB = `window.Office = { HostType: { Word: "Word" }, EventType: {}, context: { requirements: { isSetSupported: function () { return true; } } },
  onReady: function (cb) { var info = { host: "Word", platform: "OfficeOnline" }; if (cb) cb(info); return Promise.resolve(info); } };`;

const PAGES = [
  { id: "taskpane", label: "task pane (Soạn thảo)", file: "taskpane.html", selector: "main h2" },
  { id: "control", label: "control (React + Fluent + Button)", file: "control.html", selector: "button" },
];

function compile(config) {
  const webpack = require(require.resolve("webpack", { paths: [root] }));
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

/**
 * Both pages from the product's webpack config: same loader, target, minifier and vendor split. The
 * control's entry takes the task pane's chunk name so the config's vendor rule applies to it alike;
 * other entries of the config (the preview page) are left out of both builds.
 */
async function buildPages(outDir) {
  const makeConfig = require(path.join(root, "webpack.config.js"));
  const HtmlWebpackPlugin = require(require.resolve("html-webpack-plugin", { paths: [root] }));
  const base = async (dir) => {
    const config = await makeConfig({}, { mode: "production" });
    config.mode = "production";
    config.devtool = false;
    config.output = { ...config.output, path: path.join(outDir, dir) };
    return config;
  };
  const taskpane = await base("taskpane");
  taskpane.entry = { taskpane: taskpane.entry.taskpane };
  taskpane.plugins = taskpane.plugins.filter((p) => !(p instanceof HtmlWebpackPlugin) || p.userOptions.filename === "taskpane.html");
  const control = await base("control");
  control.entry = { taskpane: path.join(__dirname, "control", "index.tsx") };
  control.plugins = [
    new HtmlWebpackPlugin({ filename: "control.html", template: path.join(__dirname, "control", "control.html"), chunks: ["taskpane"], templateParameters: { officeJsUrl: OFFICE_JS_URL } }),
  ];
  await compile(taskpane);
  await compile(control);
  return { taskpane: path.join(outDir, "taskpane"), control: path.join(outDir, "control") };
}

function serve(dirs) {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url || "/", "http://127.0.0.1").pathname);
    const [, site, ...rest] = urlPath.split("/");
    const dir = dirs[site];
    const file = dir && path.join(dir, path.normalize(rest.join("/")));
    if (!file || !file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    const type = file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript; charset=utf-8" : "application/octet-stream";
    res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

/** Records, in the page, when the first screen is in the DOM and the frame after it. */
const probe = (selector) => `(() => {
  window.__firstRender = {};
  const seen = () => {
    if (window.__firstRender.dom || !document.querySelector(${JSON.stringify(selector)})) return false;
    window.__firstRender.dom = performance.now();
    requestAnimationFrame(() => { window.__firstRender.frame = performance.now(); });
    return true;
  };
  new MutationObserver((_m, obs) => { if (seen()) obs.disconnect(); }).observe(document, { childList: true, subtree: true });
})();`;

async function loadOnce(browser, origin, page, dir) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: "vi-VN" });
  await context.route((url) => url.origin !== origin && url.href !== OFFICE_JS_URL, (route) => route.abort());
  await context.route(OFFICE_JS_URL, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB }));
  const tab = await context.newPage();
  await tab.addInitScript(probe(page.selector));
  await tab.goto(`${origin}/${page.id}/${page.file}`);
  // Functions, not strings: a string would be eval'd in the page, which its CSP forbids.
  await tab.waitForFunction(() => globalThis.__firstRender && globalThis.__firstRender.frame, null, { timeout: 20_000 });
  const t = await tab.evaluate(() => globalThis.__firstRender);
  // The page's own scripts fetched before the first screen: its initial JavaScript.
  const urls = await tab.evaluate(
    (before) => globalThis.performance.getEntriesByType("resource").filter((e) => e.startTime < before && new URL(e.name).pathname.endsWith(".js")).map((e) => e.name),
    t.dom,
  );
  await context.close();
  const files = [...new Set(urls.filter((u) => u.startsWith(`${origin}/`)).map((u) => path.join(dir, new URL(u).pathname.split("/").slice(2).join("/"))))];
  return { ms: t.frame, domMs: t.dom, files };
}

function sizes(files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(f);
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files: files.map((f) => path.basename(f)).sort() };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("  ")).join("\n");
}

async function benchTaskpane({ write = true } = {}) {
  const { chromium } = require(require.resolve("playwright-core", { paths: [root] }));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bienban-bench-pane-"));
  try {
    process.stdout.write(`\nNgăn tác vụ / task pane: building both pages with webpack.config.js (production)…\n`);
    const dirs = await buildPages(out);
    const { server, origin } = await serve(dirs);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const samples = { taskpane: [], control: [] };
    const js = {};
    try {
      for (let i = 0; i < WARMUP + RUNS; i++) {
        // Alternate which page goes first, so neither always meets a warmer browser.
        const order = i % 2 === 0 ? PAGES : [...PAGES].reverse();
        for (const page of order) {
          const r = await loadOnce(browser, origin, page, dirs[page.id]);
          js[page.id] ??= sizes(r.files);
          if (i >= WARMUP) samples[page.id].push(r.ms);
        }
      }
    } finally {
      await browser.close();
      server.close();
    }
    const pane = { ...js.taskpane, renderMs: median(samples.taskpane), samples: samples.taskpane };
    const control = { ...js.control, renderMs: median(samples.control), samples: samples.control };
    const ratio = pane.renderMs / control.renderMs;
    const targets = [
      { target: `initial JS ≤ ${BUDGET_GZIP_KB} KB gzip (1.5× the template's ${TEMPLATE.gzipKb} KB)`, value: kb(pane.gzip), pass: pane.gzip <= BUDGET_GZIP_KB * 1024 },
      { target: `first render ≤ ${BUDGET_RENDER_RATIO}× the template's ${TEMPLATE.renderMs} ms (${BUDGET_RENDER_MS} ms)`, value: `${pane.renderMs.toFixed(0)} ms (${ratio.toFixed(2)}× the control page's ${control.renderMs.toFixed(0)} ms)`, pass: pane.renderMs <= BUDGET_RENDER_MS },
    ];
    const load = os.loadavg().map((x) => x.toFixed(1)).join(" ");
    process.stdout.write(`Trung vị ${RUNS} lần tải mới / median of ${RUNS} fresh loads each, headless Chromium · ${os.cpus().length} CPU, load average ${load}\n`);
    process.stdout.write(
      table([
        ["page", "initial JS raw", "gzip", "files", "first render (median)"],
        [PAGES[0].label, kb(pane.raw), kb(pane.gzip), pane.files.length, `${pane.renderMs.toFixed(0)} ms`],
        [PAGES[1].label, kb(control.raw), kb(control.gzip), control.files.length, `${control.renderMs.toFixed(0)} ms`],
        ["Microsoft template (issue 5, for reference)", "", `${TEMPLATE.gzipKb}.0 KB`, "", `${TEMPLATE.renderMs} ms`],
      ]) + "\n",
    );
    process.stdout.write(`task pane initial files: ${pane.files.join(", ")}\n`);
    process.stdout.write("\nMục tiêu ngăn tác vụ / task pane targets\n");
    process.stdout.write(table(targets.map((t) => [`[${t.pass ? "PASS" : "FAIL"}]`, t.target, t.value])) + "\n");
    const result = { date: new Date().toISOString(), runs: RUNS, chromium: CHROMIUM, cpus: os.cpus().length, loadAverage: os.loadavg(), taskpane: pane, control, renderRatio: ratio, template: TEMPLATE, targets };
    if (write) {
      fs.mkdirSync(path.join(root, "bench"), { recursive: true });
      fs.writeFileSync(path.join(root, "bench", "taskpane-results.json"), JSON.stringify(result, null, 2) + "\n");
      process.stdout.write("Đã ghi / written: bench/taskpane-results.json\n");
    }
    return result;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

module.exports = { benchTaskpane };

if (require.main === module) {
  benchTaskpane().then(
    (r) => process.exit(r.targets.every((t) => t.pass) ? 0 : 1),
    (err) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(2);
    },
  );
}
