#!/usr/bin/env node
"use strict";
/**
 * Privacy and web security of the built task pane, in Debian's Chromium (playwright-core).
 *
 *   node test/browser/security.js             build (webpack --mode production --env preview) to test/.out/security-dist, then test
 *   node test/browser/security.js --no-build  test the existing build
 *   --json=FILE                               also write {"passed": N, "failed": M} to FILE (for scripts/test.js)
 *
 * 1. The production taskpane.html (and help.html), served from 127.0.0.1 with a stub Office.js
 *    answered at its CDN address: every request the pages and their workers make is recorded, and
 *    each must be to our own origin or exactly the Office.js URL.
 * 2. The Content-Security-Policy each page gets has no 'unsafe-eval' (nor an inline script-src),
 *    and eval / new Function in the page are blocked (EvalError and a securitypolicyviolation).
 *    The built bundles contain no eval or new Function from our code.
 * 3. On the preview build (the real pane beside the in-browser document), a .docx whose paragraphs,
 *    issuer line and file name are full of markup and script (test/helpers/hostile-doc.ts, written
 *    by src/docx/write-docx) is opened; the check, the steps, the training area and the printable
 *    report never run it (window.__pwned stays unset), never turn it into elements, and show it as text.
 * Ends with "N passed, M failed"; exits non-zero when anything failed.
 */

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { chromium } = require("playwright-core");

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "test", ".out", "security-dist");
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const { CHROMIUM, CHROMIUM_ARGS, check, assert, assertEqual, run } = require("./harness");
const { buildPane, serveStatic } = require("./build-and-serve");
const TIMEOUT = 15_000;

/** Just enough of Office.js for the shell (as in run.js): Word, every requirement set supported. */
const OFFICE_STUB = `
window.Office = {
  HostType: { Word: "Word" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: { requirements: { isSetSupported: function () { return true; } } },
  onReady: function (callback) {
    var info = { host: "Word", platform: "OfficeOnline" };
    if (callback) callback(info);
    return Promise.resolve(info);
  }
};
`;

/** Tries code from strings as the page's own script would; results in window.__evalProbe. */
const PROBE_PATH = "/__security-probe.js";
const EVAL_PROBE = `
(function () {
  var r = (window.__evalProbe = { violations: [], timerRan: false });
  document.addEventListener("securitypolicyviolation", function (e) { r.violations.push(e.violatedDirective + " " + e.blockedURI); });
  function attempt(fn) { try { return "ran: " + fn(); } catch (e) { return e && e.name; } }
  r.newFunction = attempt(function () { return new Function("return 6*7")(); });
  r.evalCall = attempt(function () { return (0, eval)("6*7"); });
  window.__timerProbe = function () { r.timerRan = true; };
  try { setTimeout("window.__timerProbe()", 0); } catch (e) { /* blocked */ }
  r.done = true;
})();
`;



/** The hostile biên bản as .docx bytes, written by the project's own writer. */
function hostileDocx() {
  const { loadTs } = require(path.join(ROOT, "scripts", "bench", "load-ts"));
  const { hostileMinutes, PAYLOADS, HOSTILE_LINES } = loadTs("test/helpers/hostile-doc.ts");
  const { modelToDocxSpec } = loadTs("src/docx/model-to-docx.ts");
  const { writeDocx } = loadTs("src/docx/write-docx.ts");
  return { bytes: writeDocx(modelToDocxSpec(hostileMinutes())), PAYLOADS, HOSTILE_LINES };
}

/** In the page: elements or attributes that could only have come from the document's markup. */
function foreignMarkup() {
  const bad = [];
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) bad.push(`${tag}[${a.name}]`);
      if (/^\s*(javascript|vbscript):/i.test(a.value)) bad.push(`${tag}[${a.name}=${a.value}]`);
    }
    if (tag === "script" && !el.src) bad.push("inline script");
    if (tag === "script" && el.src && new URL(el.src).origin !== document.location.origin && el.src !== "https://appsforoffice.microsoft.com/lib/1/hosted/office.js") bad.push(`script ${el.src}`);
    if (["iframe", "object", "embed", "frame"].includes(tag)) bad.push(tag);
    if (tag === "img" && el.getAttribute("src") === "x") bad.push("img[src=x]");
    // Our SVGs are Fluent's icons (and none has an event handler, checked above).
    if (tag === "svg" && !el.closest("[class*='fui-']") && !/fui-|Icon/.test(el.getAttribute("class") || "")) bad.push("svg (not a Fluent icon)");
    if (tag === "style" && /display:\s*none/.test(el.textContent || "") && /body\{display:none\}/.test(el.textContent || "")) bad.push("style from the document");
  }
  return bad;
}

async function main() {
  if (!process.argv.includes("--no-build")) buildPane(DIST, { preview: true });
  for (const page of ["taskpane.html", "help.html", "preview.html"]) assert(fs.existsSync(path.join(DIST, page)), `no ${page} in ${DIST}`);
  const { server, origin } = await serveStatic(DIST);
  const requests = [];
  const workers = new Set();
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });

    /** A context whose every request is recorded; Office.js gets the stub, anything foreign is aborted. */
    const newContext = async (options = {}) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN", acceptDownloads: true, ...options });
      const record = (req) => requests.push(req.url());
      // The context's request event has every page's requests and their workers' (the check's Web Worker).
      context.on("request", record);
      context.on("page", (page) => page.on("worker", (worker) => workers.add(new URL(worker.url()).pathname)));
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS_URL) return route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB });
        if (url === `${origin}${PROBE_PATH}`) return route.fulfill({ status: 200, contentType: "text/javascript", body: EVAL_PROBE });
        if (url.startsWith(`${origin}/`)) return route.continue();
        return route.abort();
      });
      return context;
    };

    /**
     * Eval in the page: blocked by the CSP, with a violation event. The attempt runs from a script of
     * our origin that the page loads (code run through DevTools, as page.evaluate is, is exempt).
     */
    const evalProbe = async (page) => {
      await page.evaluate((src) => {
        const script = document.createElement("script");
        script.src = src;
        document.head.append(script);
      }, `${origin}${PROBE_PATH}`);
      await page.waitForFunction(() => window.__evalProbe && window.__evalProbe.done, null, { timeout: TIMEOUT });
      await page.waitForTimeout(200); // violation events and the string timer are asynchronous
      return page.evaluate(() => window.__evalProbe);
    };

    const cspOf = async (page) => {
      const meta = await page.evaluate(() => [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')].map((m) => m.getAttribute("content")));
      return meta;
    };
    const checkCsp = (name, policies, headerPolicy) => {
      const all = [...policies, ...(headerPolicy ? [headerPolicy] : [])];
      assert(all.length > 0, `${name}: no Content-Security-Policy`);
      for (const policy of all) {
        assert(!/unsafe-eval/i.test(policy), `${name}: 'unsafe-eval' in ${policy}`);
        const directives = Object.fromEntries(policy.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k.toLowerCase(), v]));
        const scriptSrc = directives["script-src"] ?? directives["default-src"] ?? [];
        assert(scriptSrc.length > 0, `${name}: no script-src or default-src`);
        assert(!scriptSrc.includes("'unsafe-inline'"), `${name}: inline scripts allowed`);
        assert(!scriptSrc.some((s) => s === "*" || s === "https:" || s === "http:" || s === "data:"), `${name}: scripts from anywhere: ${scriptSrc.join(" ")}`);
        assertEqual(directives["object-src"], ["'none'"], `${name}: object-src`);
      }
    };

    // --- 1 and 2: the production task pane and the help page --------------------------------
    const context = await newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const response = await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("tab", { name: "Soạn thảo" }).waitFor({ timeout: TIMEOUT });

    await check("taskpane.html: the CSP has no 'unsafe-eval', no inline or foreign scripts except Office.js, object-src 'none'", async () => {
      const policies = await cspOf(page);
      checkCsp("taskpane.html", policies, response.headers()["content-security-policy"]);
      const scriptSrc = policies[0].split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
      assertEqual(scriptSrc, "script-src 'self' https://appsforoffice.microsoft.com", "taskpane.html script-src");
    });

    await check("taskpane.html: eval, new Function and string timers are blocked by the CSP", async () => {
      const r = await evalProbe(page);
      assertEqual([r.newFunction, r.evalCall, r.timerRan], ["EvalError", "EvalError", false], "eval attempts");
      assert(r.violations.some((v) => v.startsWith("script-src") && v.endsWith("eval")), `no securitypolicyviolation for eval: ${JSON.stringify(r.violations)}`);
    });

    await check("taskpane.html: every area and the training views load without any foreign request", async () => {
      for (const tab of ["Từng bước", "Kiểm tra", "Tập huấn", "Soạn thảo"]) {
        await page.getByRole("tab", { name: tab }).click();
        await page.waitForLoadState("networkidle");
      }
      await page.getByRole("tab", { name: "Tập huấn" }).click();
      await page.getByRole("tab", { name: "Luyện tập" }).click();
      await page.waitForLoadState("networkidle");
      assertEqual(errors, [], "page errors");
      assert(requests.includes(OFFICE_JS_URL), "Office.js was never requested");
    });

    const help = await context.newPage();
    const helpResponse = await help.goto(`${origin}/help.html`);
    await check("help.html: the CSP has no 'unsafe-eval' and eval is blocked", async () => {
      checkCsp("help.html", await cspOf(help), helpResponse.headers()["content-security-policy"]);
      const r = await evalProbe(help);
      assertEqual([r.newFunction, r.evalCall], ["EvalError", "EvalError"], "eval attempts");
    });
    await context.close();

    await check("the built bundles hold no eval or new Function from our code", async () => {
      const found = [];
      for (const file of fs.readdirSync(DIST).filter((f) => f.endsWith(".js"))) {
        const text = fs.readFileSync(path.join(DIST, file), "utf8");
        for (const m of text.matchAll(/\beval\s*\(|\bnew\s+Function\s*\(|(?<![.\w$])Function\s*\(\s*["'`]/g)) {
          const snippet = text.slice(Math.max(0, m.index - 40), m.index + 60);
          // webpack's runtime: `__webpack_require__.g` falls back to new Function("return this")()
          // only where globalThis is missing (never in a webview with our es2019 target), in a try.
          if (/globalThis\)return globalThis;try\{return this\|\|new Function\("return this"\)\(\)/.test(snippet.replace(/\s+/g, "")) || /new Function\("return this"\)\(\)/.test(snippet)) continue;
          found.push(`${file}: …${snippet}…`);
        }
        // Our sources, as the source map gives them, have none either.
        const map = path.join(DIST, `${file}.map`);
        if (fs.existsSync(map)) {
          const { sources, sourcesContent } = JSON.parse(fs.readFileSync(map, "utf8"));
          sources.forEach((s, i) => {
            if (/\/src\//.test(s) && !/node_modules/.test(s) && /\beval\s*\(|\bnew\s+Function\s*\(/.test(sourcesContent?.[i] ?? "")) found.push(`${file} ← ${s}`);
          });
        }
      }
      assertEqual(found, [], "eval or new Function in the bundles");
    });

    // --- 3: a document full of markup and script, in the preview ------------------------------
    const hostile = hostileDocx();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bienban-security-"));
    const docxName = `bb <img src=x onerror=window.__pwned=1>.docx`;
    const docxPath = path.join(dir, docxName);
    fs.writeFileSync(docxPath, hostile.bytes);

    const pctx = await newContext();
    const preview = await pctx.newPage();
    const previewErrors = [];
    preview.on("pageerror", (e) => previewErrors.push(e.message));
    const previewResponse = await preview.goto(`${origin}/preview.html`);
    const pane = preview.getByRole("complementary", { name: "Ngăn tác vụ Biên bản Chi bộ" });
    await pane.getByRole("heading", { level: 2, name: "Soạn thảo biên bản, nghị quyết" }).waitFor({ timeout: TIMEOUT });

    await check("preview.html: the CSP has no 'unsafe-eval' and eval is blocked", async () => {
      checkCsp("preview.html", await cspOf(preview), previewResponse.headers()["content-security-policy"]);
      const r = await evalProbe(preview);
      assertEqual([r.newFunction, r.evalCall], ["EvalError", "EvalError"], "eval attempts");
    });

    const safe = async (where) => {
      const state = await preview.evaluate(() => ({ pwned: window.__pwned, timer: window.__timer }));
      assertEqual(state.pwned, undefined, `window.__pwned after ${where}`);
      assertEqual(await preview.evaluate(foreignMarkup), [], `elements or attributes from the document after ${where}`);
    };
    const literal = async (scope, text, where) => {
      assert((await scope.getByText(text, { exact: false }).count()) > 0, `${where}: the text ${JSON.stringify(text)} is not shown literally`);
    };

    await check("the hostile .docx opens; its markup shows as text in the document view", async () => {
      const chooser = preview.waitForEvent("filechooser");
      await preview.getByRole("button", { name: "Mở tệp .docx…" }).click();
      await (await chooser).setFiles(docxPath);
      await preview.getByText(`Đã mở: ${docxName}.`).waitFor({ timeout: TIMEOUT });
      const doc = preview.getByRole("region", { name: "Văn bản (xem trước, thay cho Word)" });
      for (const line of hostile.HOSTILE_LINES) await literal(doc, line, "document view");
      await safe("opening");
    });

    await check('"Kiểm tra": the check runs and quotes the markup as text', async () => {
      await preview.getByRole("tab", { name: "Kiểm tra" }).click();
      await pane.locator("[data-verdict]").waitFor({ timeout: TIMEOUT });
      await pane.locator("[data-counts]").waitFor({ timeout: TIMEOUT });
      const text = (await pane.textContent()) ?? "";
      const quoted = hostile.PAYLOADS.filter((x) => text.includes(x));
      // The look-alike "Ð" planted in the first hostile paragraph makes a finding that quotes it.
      assert(quoted.includes(hostile.PAYLOADS[0]) && quoted.includes(hostile.PAYLOADS[1]), `the finding's excerpt does not show the markup as text: ${JSON.stringify(quoted)}`);
      await safe("the check");
    });

    await check('"Từng bước": the steps view, a step opened', async () => {
      await preview.getByRole("tab", { name: "Từng bước" }).click();
      await pane.locator("[data-summary]").waitFor({ timeout: TIMEOUT });
      const steps = pane.locator("li[data-element] button").first();
      await steps.click();
      await safe("the steps");
    });

    await check('"Tập huấn": the model and the practice views', async () => {
      await preview.getByRole("tab", { name: "Tập huấn" }).click();
      await pane.getByRole("tab", { name: "Luyện tập" }).click();
      await pane.getByRole("button", { name: "Đọc bài tập ngay tại đây" }).click();
      await safe("the training area");
    });

    await check("the printable report shows the markup as text and runs nothing, even without a CSP", async () => {
      await preview.getByRole("tab", { name: "Kiểm tra" }).click();
      await pane.locator("[data-verdict]").waitFor({ timeout: TIMEOUT });
      const download = preview.waitForEvent("download");
      await pane.getByRole("button", { name: "Tải báo cáo để in (HTML)" }).click();
      const html = fs.readFileSync(await (await download).path(), "utf8");
      assert(!/<script|<img|<svg|<iframe/i.test(html), "markup in the report's source");
      // Opened as a page of its own with scripts on and no CSP: an unescaped payload would run.
      const report = await pctx.newPage();
      await report.setContent(html, { waitUntil: "load" });
      await report.waitForTimeout(200);
      assertEqual(await report.evaluate(() => window.__pwned), undefined, "window.__pwned in the report");
      assertEqual(await report.evaluate(foreignMarkup), [], "elements from the document in the report");
      await literal(report, hostile.PAYLOADS[0], "report");
      await report.close();
      await safe("the report");
    });

    await check("(preview) no page errors", async () => assertEqual(previewErrors, [], "page errors"));
    await pctx.close();
    fs.rmSync(dir, { recursive: true, force: true });

    await check("every request went to our origin or exactly to Office.js", async () => {
      const bad = [...new Set(requests.filter((u) => !u.startsWith(`${origin}/`) && u !== OFFICE_JS_URL))];
      assertEqual(bad, [], "other requests");
      if (workers.size) console.log(`# workers seen: ${[...workers].join(", ")}`);
      assert(requests.length > 10, `only ${requests.length} requests recorded`);
    });
  } finally {
    if (browser) await browser.close();
    server.close();
  }
}

run(main, 300);
