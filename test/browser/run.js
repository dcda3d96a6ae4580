#!/usr/bin/env node
"use strict";
/**
 * Browser test of the built task pane in headless Chromium (playwright-core, Debian's chromium).
 *
 *   node test/browser/run.js            build to test/.out/dist, then test
 *   node test/browser/run.js --no-build test the existing test/.out/dist
 *   --json=FILE                         also write {"passed": N, "failed": M} to FILE (for scripts/test.js)
 *
 * The production taskpane.html is served unchanged from 127.0.0.1; its Office.js <script> is
 * intercepted and answered with a stub (or, for the "outside Word" case, an empty script). Every
 * other request that is not to our server is aborted and fails the run.
 * Ends with a line "N passed, M failed"; exits non-zero when anything failed.
 */

const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

const ROOT = path.join(__dirname, "..", "..");
const OUT_DIR = path.join(ROOT, "test", ".out");
const DIST = path.join(OUT_DIR, "dist");
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const { CHROMIUM, CHROMIUM_ARGS, check, assert, assertEqual, run } = require("./harness");
const { buildPane, serveStatic } = require("./build-and-serve");
const TIMEOUT = 10_000;

const TABS = [
  { name: "Soạn thảo", heading: "Soạn thảo biên bản, nghị quyết", chunk: "area-soan-thao" },
  { name: "Từng bước", heading: "Ghi biên bản từng bước", chunk: "area-tung-buoc" },
  { name: "Kiểm tra", heading: "Kiểm tra văn bản", chunk: "area-kiem-tra" },
  { name: "Tập huấn", heading: "Tập huấn ghi biên bản", chunk: "area-tap-huan" },
];

/** Just enough of Office.js for the shell: onReady reports Word, every requirement set is supported. */
const OFFICE_STUB = `
window.Office = {
  HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: { requirements: { isSetSupported: function () { return true; } } },
  onReady: function (callback) {
    var info = { host: "Word", platform: "OfficeOnline" };
    if (callback) callback(info);
    return Promise.resolve(info);
  }
};
`;



/** A page whose Office.js request gets `officeScript`, recording requests and console errors. */
async function openPage(context, url, officeScript, routeExtra) {
  const page = await context.newPage();
  const consoleErrors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => consoleErrors.push(`pageerror: ${err.message}`));
  await page.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: officeScript }),
  );
  if (routeExtra) await routeExtra(page);
  await page.goto(url);
  return { page, consoleErrors };
}

async function main() {
  if (!process.argv.includes("--no-build")) buildPane(DIST);
  assert(fs.existsSync(path.join(DIST, "taskpane.html")), `no build at ${DIST}`);

  const { server, origin } = await serveStatic(DIST);
  const taskpaneUrl = `${origin}/taskpane.html`;
  const requests = [];
  const foreign = [];
  let browser;

  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: "vi-VN" });
    context.on("request", (req) => requests.push(req.url()));
    // Nothing leaves the machine: anything not for our server or the (intercepted) Office.js is aborted.
    await context.route(
      (url) => url.origin !== origin && url.href !== OFFICE_JS_URL && url.protocol !== "data:",
      (route) => {
        foreign.push(route.request().url());
        return route.abort();
      },
    );

    // --- In Word (stubbed Office.js) -------------------------------------------------------
    const { page, consoleErrors } = await openPage(context, taskpaneUrl, OFFICE_STUB);
    await page.getByRole("tab", { name: TABS[0].name }).waitFor({ timeout: TIMEOUT });

    await check("page title is Vietnamese", async () => {
      assertEqual(await page.title(), "Biên bản Chi bộ", "title");
      assertEqual(await page.getAttribute("html", "lang"), "vi", "html lang");
    });

    await check("the four tabs render with their Vietnamese names", async () => {
      const tabs = page.getByRole("tab");
      assertEqual(await tabs.count(), 4, "tab count");
      for (const [i, tab] of TABS.entries()) {
        const name = (await tabs.nth(i).locator(".fui-Tab__content").first().textContent()) ?? "";
        assertEqual(name.trim(), tab.name, `tab ${i + 1}`);
      }
    });

    await check("landmarks: header (banner) and main", async () => {
      assertEqual(await page.getByRole("banner").count(), 1, "banner count");
      assertEqual(await page.getByRole("main").count(), 1, "main count");
    });

    await check("host status says it runs in Word", async () => {
      await page.getByRole("status").filter({ hasText: "Đang chạy trong Word" }).waitFor({ timeout: TIMEOUT });
      assertEqual(await page.getByText("Không chạy trong Word").count(), 0, "outside-Word message count");
    });

    await check("the old-webview note is removed once the bundle runs", async () => {
      assertEqual(await page.locator("#legacy-fallback").count(), 0, "#legacy-fallback count");
    });

    await check("only the first area's chunk is loaded at start", async () => {
      await page.getByRole("heading", { level: 2, name: TABS[0].heading }).waitFor({ timeout: TIMEOUT });
      const loaded = TABS.filter((t) => requests.some((u) => u.includes(`/${t.chunk}.`))).map((t) => t.chunk);
      assertEqual(loaded, [TABS[0].chunk], "area chunks requested");
    });

    for (const tab of TABS) {
      await check(`clicking "${tab.name}" shows "${tab.heading}"`, async () => {
        await page.getByRole("tab", { name: tab.name }).click();
        await page.getByRole("heading", { level: 2, name: tab.heading }).waitFor({ timeout: TIMEOUT });
        assertEqual(await page.getByRole("heading", { level: 2 }).count(), 1, "area headings shown");
        const selected = await page.getByRole("tab", { name: tab.name }).getAttribute("aria-selected");
        assertEqual(selected, "true", "aria-selected");
        assert(requests.some((u) => u.includes(`/${tab.chunk}.`)), `chunk ${tab.chunk} was not requested`);
      });
    }

    await check("tabs are keyboard navigable (arrow keys move, Enter selects)", async () => {
      await page.getByRole("tab", { name: TABS[0].name }).click();
      await page.getByRole("tab", { name: TABS[0].name }).focus();
      await page.keyboard.press("ArrowRight");
      const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
      assertEqual(focused, "tab-tung-buoc", "focused tab after ArrowRight");
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 2, name: TABS[1].heading }).waitFor({ timeout: TIMEOUT });
      await page.keyboard.press("End");
      const last = await page.evaluate(() => document.activeElement && document.activeElement.id);
      assertEqual(last, "tab-tap-huan", "focused tab after End");
    });

    await check("axe-core finds no accessibility violations", async () => {
      const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js", { paths: [ROOT] }), "utf8");
      // evaluate() runs through DevTools, so the page's CSP (no inline scripts) does not block it.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        // Tabster (Fluent's focus manager) adds focusable aria-hidden <i data-tabster-dummy> guards on
        // purpose, to move focus in and out of the tab list; axe flags them, so they are left out.
        const context = { include: [document], exclude: [["[data-tabster-dummy]"]] };
        const result = await window.axe.run(context, { resultTypes: ["violations"] });
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
      });
      assertEqual(violations, [], "axe violations");
    });

    await check("no console errors or CSP violations", async () => {
      assertEqual(consoleErrors, [], "console errors");
    });

    fs.mkdirSync(OUT_DIR, { recursive: true });
    await page.getByRole("tab", { name: TABS[0].name }).click();
    await page.getByRole("heading", { level: 2, name: TABS[0].heading }).waitFor({ timeout: TIMEOUT });
    await page.mouse.move(1, 630); // no hover effect, and let the tab indicator finish sliding
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(OUT_DIR, "taskpane-in-word.png") });
    await page.close();

    // --- Outside Word (Office.js answers with an empty script) ------------------------------
    const outside = await openPage(context, taskpaneUrl, "/* no Office here */");
    await check('outside Word, the "không chạy trong Word" message appears', async () => {
      await outside.page.getByText("Không chạy trong Word").waitFor({ timeout: TIMEOUT });
      const text = await outside.page.getByRole("banner").textContent();
      assert(text && text.includes("Biên bản Chi bộ"), "the message should tell to use the ribbon button");
      assertEqual(await outside.page.getByRole("status").count(), 0, "in-Word status count");
      assertEqual(await outside.page.getByRole("tab").count(), 4, "tab count");
      assertEqual(outside.consoleErrors, [], "console errors");
    });
    await outside.page.screenshot({ path: path.join(OUT_DIR, "taskpane-outside-word.png") });
    await outside.page.close();

    // --- A webview that cannot run the bundle ------------------------------------------------
    const legacy = await openPage(context, taskpaneUrl, OFFICE_STUB, (p) =>
      // Stand in for Internet Explorer: our scripts fail to parse, as modern syntax does there.
      p.route(`${origin}/*.js`, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "(" })),
    );
    await check("when the bundle cannot run, the old-Word note becomes visible", async () => {
      const note = legacy.page.locator("#legacy-fallback");
      assert(!(await note.isVisible()), "the note should stay hidden during the first moments");
      await note.waitFor({ state: "visible", timeout: TIMEOUT });
      const text = (await note.textContent()) ?? "";
      assert(text.includes("Word 2016 trở lên"), `unexpected note: ${text}`);
    });
    await legacy.page.close();

    await check("no request left 127.0.0.1 except the intercepted Office.js", async () => {
      const bad = requests.filter((u) => !u.startsWith(`${origin}/`) && u !== OFFICE_JS_URL && !u.startsWith("data:"));
      assertEqual([...new Set([...bad, ...foreign])], [], "foreign requests");
      assert(requests.includes(OFFICE_JS_URL), "Office.js was never requested");
    });

    await context.close();
  } finally {
    if (browser) await browser.close();
    server.close();
  }
}

run(main, 120);
