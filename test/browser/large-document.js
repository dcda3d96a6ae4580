#!/usr/bin/env node
"use strict";
/**
 * A 500-page biên bản in the task pane, in Debian's Chromium (playwright-core), on the built preview
 * page (the real pane beside the in-browser document):
 *
 *   node test/browser/large-document.js             build (webpack --env preview) to test/.out/preview-dist, then test
 *   node test/browser/large-document.js --no-build  test the existing build (npm test: built by taskpane-flows.js)
 *   --dist=DIR                                      another build folder
 *   --json=FILE                                     also write {"passed": N, "failed": M} to FILE
 *
 * The document (scripts/bench/large.js: the bench's 500-page minutes, written as .docx by the
 * project's writer, its secretary lines replaced so there is an error to find) is opened through
 * the preview's toolbar. Then, with the check worker and again with Worker removed from the page
 * (the main-thread fallback of old webviews): "Kiểm tra" shows a labelled progress bar; while it is
 * on screen the pane answers (another tab opens, a field takes typing); then the findings appear.
 * "While" is the order of events seen in the page (progress shown → tab switched → text typed →
 * progress gone), never a duration: speed is measured by `npm run bench` only.
 * Nothing may leave 127.0.0.1. Ends with "N passed, M failed"; exits non-zero when anything failed.
 */

const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");
const { CHROMIUM, CHROMIUM_ARGS, check, assert, assertEqual, run } = require("./harness");
const { buildPane, serveStatic } = require("./build-and-serve");

const ROOT = path.join(__dirname, "..", "..");
const OUT_DIR = path.join(ROOT, "test", ".out");
const distArg = process.argv.find((a) => a.startsWith("--dist="));
const DIST = distArg ? path.resolve(distArg.slice("--dist=".length)) : path.join(OUT_DIR, "preview-dist");
const DOCX = path.join(OUT_DIR, "bien-ban-500-trang.docx");
const TIMEOUT = 60_000;
/** Tries to catch the check under way before concluding the pane did not answer during it. */
const ATTEMPTS = 3;

function build() {
  buildPane(DIST, { preview: true });
}

/** The 500-page .docx, from the test helpers' sample minutes and src/docx's writer (no build needed). */
function writeDocument() {
  const { loadTs } = require(path.join(ROOT, "scripts", "bench", "load-ts"));
  const { writeDocx } = loadTs("src/docx/write-docx.ts");
  const { largeMinutesDocx, PAGES } = require(path.join(ROOT, "scripts", "bench", "large.js"));
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(DOCX, largeMinutesDocx(writeDocx, PAGES, { fault: true }));
}

/**
 * In the page: a log of what happens, in order. "progress" when the progress region appears (with
 * its progress bar's accessible label and its aria-live), "gone" when it leaves, "tab:<name>" when
 * a tab becomes selected, "input" when a text field takes a character, "click:<text>" for a button.
 */
function installRecorder() {
  const w = globalThis;
  const log = [];
  w.__largeLog = log;
  let shown = false;
  const look = () => {
    const region = w.document.querySelector("[data-check-progress]");
    if (region && !shown) {
      shown = true;
      const bar = region.querySelector('[role="progressbar"]');
      const labelId = bar && bar.getAttribute("aria-labelledby");
      const label = labelId ? (w.document.getElementById(labelId.split(" ")[0]) || {}).textContent : null;
      log.push({ event: "progress", label, live: region.getAttribute("aria-live"), bar: Boolean(bar) });
    } else if (!region && shown) {
      shown = false;
      log.push({ event: "gone" });
    }
  };
  new w.MutationObserver(look).observe(w.document.body, { childList: true, subtree: true });
  new w.MutationObserver((records) => {
    for (const r of records) {
      const el = r.target;
      if (el.getAttribute("role") === "tab" && el.getAttribute("aria-selected") === "true") log.push({ event: `tab:${el.textContent.trim()}` });
    }
  }).observe(w.document.body, { attributes: true, attributeFilter: ["aria-selected"], subtree: true });
  w.document.addEventListener("input", () => log.push({ event: "input" }), true);
  w.document.addEventListener("click", (e) => e.target.closest && e.target.closest("button") && log.push({ event: `click:${e.target.closest("button").textContent.trim()}` }), true);
}

const events = (page) => page.evaluate(() => globalThis.__largeLog.map((e) => e.event));

const center = (box) => {
  assert(box, "not on screen");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

async function flow(page, pane, label) {
  /** Where the "Soạn thảo" tab and the "Tên chi bộ" field are (measured while that area is shown), and "Kiểm tra lại". */
  const places = {};
  await check(`${label} the 500-page biên bản opens through the preview's toolbar`, async () => {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Mở tệp .docx…" }).click();
    await (await chooser).setFiles(DOCX);
    await page.getByText(`Đã mở: ${path.basename(DOCX)}.`).waitFor({ timeout: TIMEOUT });
    // In Word the document is not in the pane's webview: the preview's drawing of 15,000 paragraphs
    // is hidden, so what is tested is the pane (every frame of the page would otherwise repaint it).
    await page.locator("main").evaluate((el) => (el.style.display = "none"));
    places.tab = center(await pane.getByRole("tab", { name: "Soạn thảo" }).boundingBox());
    places.field = center(await pane.getByLabel("Tên chi bộ").boundingBox());
    await page.evaluate(installRecorder);
  });

  await check(`${label} "Kiểm tra" shows a labelled progress bar in a polite live region`, async () => {
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.waitForFunction(() => globalThis.__largeLog.some((e) => e.event === "progress"), null, { timeout: TIMEOUT });
    const first = await page.evaluate(() => globalThis.__largeLog.find((e) => e.event === "progress"));
    assert(first.bar, "no progressbar in the progress region");
    assert(/^Đang (đọc văn bản|nhận dạng văn bản|kiểm tra… \d+\/\d+ quy tắc)/.test(first.label ?? ""), `progress label: ${first.label}`);
    assertEqual(first.live, "polite", "aria-live of the progress region");
    await pane.locator("[data-verdict]").waitFor({ timeout: TIMEOUT });
  });

  await check(`${label} during a check another tab opens and a field takes typing`, async () => {
    const cdp = await page.context().newCDPSession(page);
    const field = pane.getByLabel("Tên chi bộ");
    let attempt = 0;
    for (;;) {
      attempt++;
      places.recheck = center(await pane.getByRole("button", { name: "Kiểm tra lại" }).boundingBox());
      const from = (await events(page)).length;
      // "Kiểm tra lại", then at once (not waiting for the page) the "Soạn thảo" tab, the "Tên chi
      // bộ" field and three letters: real input events, queued behind the click. A pane that
      // checks on its main thread in one go handles them all after the check; this one handles
      // some before the findings are drawn (the order of events, not their times).
      const mouse = (where) =>
        ["mousePressed", "mouseReleased"].map((type) => cdp.send("Input.dispatchMouseEvent", { type, x: where.x, y: where.y, button: "left", clickCount: 1 }));
      await Promise.all([...mouse(places.recheck), ...mouse(places.tab), ...mouse(places.field), cdp.send("Input.insertText", { text: "Hòa" })]);
      await page.waitForFunction((n) => globalThis.__largeLog.slice(n).some((e) => e.event === "gone"), from, { timeout: TIMEOUT });
      const log = (await events(page)).slice(from);
      const asked = log.indexOf("click:Kiểm tra lại");
      const shown = log.indexOf("progress");
      const gone = log.indexOf("gone");
      // Between the click and the findings: the progress bar, and the pane taking our input.
      const answered = log.slice(asked + 1, gone).filter((e) => e.startsWith("click:Soạn thảo") || e.startsWith("tab:Soạn thảo") || e === "input");
      if (asked === 0 && shown > asked && gone > shown && answered.length > 0) break;
      assert(attempt < ATTEMPTS, `the pane did not answer during the check (events: ${log.join(", ")}), ${ATTEMPTS} attempts`);
      console.log(`#   attempt ${attempt}: events ${log.join(", ")}; again`);
      await field.fill("");
      await pane.getByRole("tab", { name: "Kiểm tra" }).click();
      await pane.locator("[data-verdict]").waitFor({ timeout: TIMEOUT });
    }
    await cdp.detach();
    // And the input did what it asks: the area switched, the field holds the text.
    await page.waitForFunction(() => globalThis.__largeLog.some((e) => e.event.startsWith("tab:Soạn thảo")), null, { timeout: TIMEOUT });
    await page.waitForFunction(() => globalThis.__largeLog.some((e) => e.event === "input"), null, { timeout: TIMEOUT });
    assertEqual(await field.inputValue(), "Hòa", "what the field holds");
  });

  await check(`${label} then the findings: not fit to sign, the missing secretary`, async () => {
    await pane.getByRole("tab", { name: "Kiểm tra" }).click();
    await pane.locator('[data-verdict="blocked"]').waitFor({ timeout: TIMEOUT });
    await pane.getByText(/chưa ghi thư ký/i).first().waitFor({ timeout: TIMEOUT });
    assert((await pane.locator("[data-check-progress]").count()) === 0, "the progress bar stayed");
    const counts = ((await pane.locator("[data-counts]").textContent()) ?? "").trim();
    assert(/^[1-9]\d* lỗi/.test(counts), `counts: ${counts}`);
  });
}

async function main() {
  if (!process.argv.includes("--no-build")) build();
  assert(fs.existsSync(path.join(DIST, "preview.html")), `no preview build at ${DIST}`);
  writeDocument();
  const { server, origin, requests } = await serveStatic(DIST);
  const foreign = [];
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    for (const mode of ["worker", "no Worker"]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN" });
      await context.route(
        (url) => url.origin !== origin && url.protocol !== "data:" && url.protocol !== "blob:",
        (route) => {
          foreign.push(route.request().url());
          return route.abort();
        },
      );
      if (mode === "no Worker") await context.addInitScript(() => delete globalThis.Worker);
      const page = await context.newPage();
      const errors = [];
      page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
      page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
      const before = requests.length;
      await page.goto(`${origin}/preview.html`);
      await page.getByRole("heading", { level: 2, name: "Soạn thảo biên bản, nghị quyết" }).waitFor({ timeout: TIMEOUT });
      const pane = page.getByRole("complementary", { name: "Ngăn tác vụ Biên bản Chi bộ" });
      const label = `(${mode})`;
      await flow(page, pane, label);
      const workerLoaded = requests.slice(before).some((r) => /\/check-worker\.[0-9a-f]+\.js$/.test(r));
      await check(`${label} the check ran ${mode === "worker" ? "in the worker chunk, from the page's origin" : "without a worker"}`, async () =>
        assertEqual(workerLoaded, mode === "worker", "check-worker chunk requested"),
      );
      await check(`${label} no console errors (CSP included)`, async () => assertEqual(errors, [], "console errors"));
      await context.close();
    }
    await check("no request left 127.0.0.1", async () => assertEqual([...new Set(foreign)], [], "foreign requests"));
  } finally {
    if (browser) await browser.close();
    server.close();
  }
}

run(main, 300);
