#!/usr/bin/env node
"use strict";
/**
 * Browser test of the register page (`bienban register --out report.html`) in headless Chromium
 * (playwright-core, Debian's chromium), opened from disk as a Văn phòng officer would open it.
 *
 *   node test/browser/register-report.js               build the CLI (dist/cli), then test
 *   node test/browser/register-report.js --no-build    use the existing dist/cli
 *   --json=FILE                                        also write {"passed": N, "failed": M} to FILE
 *   --screenshot=FILE                                  also save the screenshot there (docs/register-report.png)
 *
 * The folder is generated: the planted corpus of test/cli/register-corpus.ts (three cells over 2025
 * with a missing month, a quarter without a thematic meeting, a duplicate, an unreadable file…)
 * plus five regular cells. The grid is checked against the register's own JSON and the planted
 * gaps; the page must work with scripts off, make no request, and print on A4 landscape.
 * Ends with a line "N passed, M failed"; exits non-zero when anything failed.
 */

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { chromium } = require("playwright-core");

const ROOT = path.join(__dirname, "..", "..");
const OUT_DIR = path.join(ROOT, "test", ".out");
const { CHROMIUM, CHROMIUM_ARGS, check, assert, assertEqual, run } = require("./harness");
const TIMEOUT = 10_000;
const TODAY = "2026-11-27";

/** The grid colours of register-css.ts, as Chromium computes them. */
const STATE_COLORS = {
  clean: "rgb(207, 232, 210)",
  warnings: "rgb(255, 228, 168)",
  errors: "rgb(246, 195, 195)",
  missing: "rgb(228, 228, 228)",
};

function option(name) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : undefined;
}

// ---------------------------------------------------------------------------------------------

function buildCli() {
  console.log("# building the command-line tool into dist/cli");
  const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) {
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    throw new Error("tsc -p tsconfig.cli.json failed");
  }
}

/** Writes the planted corpus and five more cells as .docx files; returns the folder. */
function writeFolder() {
  const { loadTs } = require(path.join(ROOT, "scripts", "bench", "load-ts"));
  const { plantedCorpus, uniformCorpus } = loadTs("test/cli/register-corpus.ts");
  const { modelToDocxSpec } = loadTs("test/helpers/model-to-docx.ts");
  const { writeDocx } = require(path.join(ROOT, "dist", "cli", "docx", "write-docx.js"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bienban-register-page-"));
  for (const f of [...plantedCorpus(), ...uniformCorpus(5 * 28, 3)]) {
    const file = path.join(dir, "HoSo", f.rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, f.doc ? writeDocx(modelToDocxSpec(f.doc)) : f.bytes);
  }
  return dir;
}

function bienban(args, cwd) {
  return spawnSync(process.execPath, [path.join(ROOT, "bin", "bienban.js"), ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

async function main() {
  if (!process.argv.includes("--no-build")) buildCli();
  const dir = writeFolder();
  const { loadTs } = require(path.join(ROOT, "scripts", "bench", "load-ts"));
  const { planted } = loadTs("test/cli/register-corpus.ts");
  const reportFile = path.join(dir, "so-theo-doi.html");
  const period = ["--from", "2025-01", "--to", "2025-12", "--today", TODAY];
  let browser;
  try {
    const page1 = bienban(["register", ...period, "--out", reportFile, "HoSo"], dir);
    await check("the register writes the page (exit 2: one file is unreadable)", async () => {
      assertEqual(page1.status, 2, `exit code (stderr: ${page1.stderr})`);
      assert(fs.existsSync(reportFile), "no report file");
    });
    const json = JSON.parse(bienban(["register", ...period, "--format", "json", "HoSo"], dir).stdout);
    const html = fs.readFileSync(reportFile, "utf8");
    await check("the page has no script and loads nothing", async () => {
      assert(!/<script/i.test(html), "a <script> element");
      assert(!/(src|href)=["']?(https?:)?\/\//i.test(html), "an external resource");
    });

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const requests = [];
    const consoleErrors = [];
    // Scripts off: the page must show everything without them.
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: "vi-VN", javaScriptEnabled: false });
    context.on("request", (req) => requests.push(req.url()));
    await context.route((url) => url.protocol !== "file:", (route) => route.abort());
    const page = await context.newPage();
    page.on("console", (msg) => msg.type() === "error" && consoleErrors.push(msg.text()));
    await page.goto(`file://${reportFile}`);
    await page.locator("#grid").waitFor({ timeout: TIMEOUT });

    // Computed values are read in a second context with scripts on (the page itself has none).
    const probe = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    await probe.route((url) => url.protocol !== "file:", (route) => route.abort());
    const live = await probe.newPage();
    await live.goto(`file://${reportFile}`);

    await check("title and language are Vietnamese", async () => {
      assertEqual(await page.title(), "Sổ theo dõi sinh hoạt chi bộ 01/2025 – 12/2025", "title");
      assertEqual(await page.getAttribute("html", "lang"), "vi", "lang");
    });

    const rows = page.locator("#grid tbody tr");
    await check("one grid row per cell, twelve months each, in the register's order", async () => {
      assertEqual(await rows.count(), json.cells.length, "rows");
      assertEqual(json.cells.length, 8, "cells");
      const names = await page.locator("#grid tbody th[scope=row]").allTextContents();
      assertEqual(names, json.cells.map((c) => c.name), "row names");
      for (let i = 0; i < json.cells.length; i++) assertEqual(await rows.nth(i).locator("td.m").count(), 12, `months of row ${i + 1}`);
    });

    await check("every grid cell shows the state and thematic mark of the register's data", async () => {
      const grid = await page.locator("#grid tbody tr").evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td.m")].map((td) => [td.dataset.month, td.dataset.state, td.dataset.thematic === "true", td.querySelector(".cd") !== null])),
      );
      const expected = json.cells.map((c) => c.months.map((m) => [m.month, m.state, m.thematic, m.thematic]));
      assertEqual(grid, expected, "grid");
    });

    await check("the planted gaps show in the grid", async () => {
      const state = async (cell, month) => page.locator(`#grid tbody tr:has(th a:text-is("${cell}")) td[data-month="${month}"]`).getAttribute("data-state");
      assertEqual(await state(planted.village, planted.villageMissingMonth), "missing", "village, missing month");
      assertEqual(await state(planted.school, planted.schoolOnlyThematicMonth), "missing", "school, only a thematic meeting");
      assertEqual(await state(planted.accounting, planted.accountingErrorsMonth), "errors", "accounting, errors");
      assertEqual(await state(planted.accounting, planted.accountingWarningsMonth), "warnings", "accounting, warnings");
      assertEqual(await state(planted.accounting, "2025-01"), "clean", "accounting, clean");
      const thematic = await page.locator(`#grid tbody tr:has(th a:text-is("${planted.accounting}")) td[data-thematic="true"]`).evaluateAll((tds) => tds.map((td) => td.dataset.month));
      assertEqual(thematic, ["2025-03", "2025-06", "2025-09", "2025-12"], "accounting, thematic months");
      const schoolAugust = page.locator(`#grid tbody tr:has(th a:text-is("${planted.school}")) td[data-month="${planted.schoolOnlyThematicMonth}"] .cd`);
      assertEqual(await schoolAugust.textContent(), "CĐ", "thematic mark in the missing month");
    });

    await check("each state has its own colour, the same in every cell", async () => {
      const colours = await live.$$eval("#grid td.m", (tds) => tds.map((td) => [td.dataset.state, window.getComputedStyle(td).backgroundColor]));
      const seen = {};
      for (const [state, colour] of colours) {
        assertEqual(colour, STATE_COLORS[state], `background of a "${state}" cell`);
        seen[state] = true;
      }
      assertEqual(Object.keys(seen).sort(), ["clean", "errors", "missing", "warnings"], "states present");
      const missingImage = await live.$eval('#grid td[data-state="missing"]', (td) => window.getComputedStyle(td).backgroundImage);
      assert(missingImage.includes("repeating-linear-gradient"), "missing months are hatched as well as grey");
    });

    await check("totals per cell and per month", async () => {
      const village = page.locator(`#grid tbody tr:has(th a:text-is("${planted.village}"))`);
      assertEqual(await village.locator('td[data-total="regular"]').textContent(), "11/12", "village regular months");
      const footer = await page.locator('#grid tfoot tr[data-footer="regular"] td').allTextContents();
      const expected = json.monthTotals.map((t) => `${t.regular}/${json.cells.length}`);
      assertEqual(footer.slice(0, 12), expected, "cells with a regular meeting, per month");
    });

    await check("the grades chart is drawn as inline SVG", async () => {
      assertEqual(await page.locator("#grades svg.bars rect").count() > 12, true, "bars");
      assertEqual(await page.locator("section.cell svg.spark").count(), json.cells.length, "one line per cell");
    });

    await check("a cell's register findings are visible; its documents open without scripts", async () => {
      const section = page.locator(`section.cell:has(h3:text-is("${planted.village}"))`);
      const reg = await section.locator("ul.reg li").evaluateAll((lis) => lis.map((li) => li.dataset.element));
      assertEqual(reg, json.cells.find((c) => c.name === planted.village).findings.map((f) => f.elementId), "village findings");
      const accounting = page.locator(`section.cell:has(h3:text-is("${planted.accounting}"))`);
      const april = accounting.locator(`li.doc[data-path$="ke-toan/2025-04-bb.docx"]`);
      assert(!(await april.isVisible()), "documents are folded at first");
      await accounting.locator("details.docs > summary").click();
      await april.waitFor({ state: "visible", timeout: TIMEOUT });
      await april.locator("summary").click();
      const findings = april.locator("ol.findings li");
      await findings.first().waitFor({ state: "visible", timeout: TIMEOUT });
      assert((await findings.allTextContents()).some((t) => t.includes("BB.SECRETARY")), "April's missing secretary is listed");
    });

    await check("duplicates, unassigned and unreadable files are listed", async () => {
      const dups = await page.locator("#duplicates li").allTextContents();
      assertEqual(dups.length, 1, "duplicate groups");
      assert(planted.accountingDuplicate.every((p) => dups[0].includes(p)), `duplicate group: ${dups[0]}`);
      assertEqual(await page.locator("#unassigned > li").count(), 2, "unassigned");
      assert((await page.locator("#unreadable").textContent()).includes(planted.unreadable), "unreadable file");
      assert((await page.locator("#outside").textContent()).includes(planted.outsidePeriod), "outside the period");
    });

    await check("axe-core finds no accessibility violations", async () => {
      const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js", { paths: [ROOT] }), "utf8");
      await live.evaluate(axeSource);
      const violations = await live.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ["violations"] });
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
      });
      assertEqual(violations, [], "axe violations");
    });

    await check("prints on A4 landscape", async () => {
      const pdf = await live.pdf({ preferCSSPageSize: true, printBackground: true });
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
      assert(box, "no MediaBox in the PDF");
      const [w, h] = [Number(box[1]), Number(box[2])];
      assert(Math.abs(w - 841.9) < 2 && Math.abs(h - 595.3) < 2, `page is ${w} × ${h} pt, not A4 landscape (841.9 × 595.3)`);
    });

    await check("no request left the file, no console error", async () => {
      assertEqual(requests.filter((u) => !u.startsWith("file://")), [], "requests");
      assertEqual(consoleErrors, [], "console errors");
    });

    fs.mkdirSync(OUT_DIR, { recursive: true });
    const shot = path.join(OUT_DIR, "register-report.png");
    // The top of the page as an officer first sees it: summary, grid, grades chart.
    const fresh = await context.newPage();
    await fresh.setViewportSize({ width: 1180, height: 980 });
    await fresh.goto(`file://${reportFile}`);
    await fresh.screenshot({ path: shot, fullPage: false });
    const target = option("screenshot");
    if (target) fs.copyFileSync(shot, path.resolve(ROOT, target));
    await context.close();
    await probe.close();
  } finally {
    if (browser) await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

run(main, 180);
