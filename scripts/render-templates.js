#!/usr/bin/env node
"use strict";
/**
 * Renders the drafting templates as a second client sees them (LibreOffice), run by hand after a
 * change to the templates or the .docx writer; the outputs are committed:
 *   npm run build:cli && node scripts/render-templates.js [--keep]
 *
 * 1. `bienban new` writes the four document types filled with docs/answers-example*.json (the nghị
 *    quyết with --from-minutes) and the unfilled biên bản thường kỳ.
 * 2. LibreOffice converts each to PDF and pdftoppm renders page 1 at 60 dpi into docs/templates/.
 *    The figures are made from a copy with the content controls unwrapped (text and formatting
 *    untouched): LibreOffice 7.4 drops the character formatting of the first paragraph inside a
 *    block content control (bold, italic, size of every header line), which Word keeps.
 * 3. LibreOffice re-saves each filled .docx as Word 2007 XML into test/fixtures/templates/*.lo.docx,
 *    which test/templates-resaved.test.ts checks: the checker must still find every element.
 * LibreOffice runs with a fresh profile in a temporary folder, so the user's settings play no part.
 * --keep leaves that folder (the .docx, every PDF page) for a closer look and prints its path.
 */

const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { strFromU8, strToU8, unzipSync, zipSync } = require("fflate");

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin", "bienban.js");
const docs = path.join(root, "docs");
const pngDir = path.join(docs, "templates");
const fixtureDir = path.join(root, "test", "fixtures", "templates");
// The day the figures were made; it only picks the profile of the unfilled template.
const TODAY = "2026-11-27";
const MAX_PNG_BYTES = 150 * 1024;

/** name → how `bienban new` drafts it; `filled` ones are also re-saved by LibreOffice. */
const drafts = [
  { name: "bien-ban-thuong-ky", args: ["thuong-ky", "--data", path.join(docs, "answers-example.json")], filled: true },
  { name: "bien-ban-chuyen-de", args: ["chuyen-de", "--data", path.join(docs, "answers-example-chuyen-de.json")], filled: true },
  { name: "nghi-quyet", args: ["nghi-quyet", "--from-minutes", path.join(docs, "answers-example.json")], filled: true },
  { name: "bien-ban-chi-uy", args: ["chi-uy", "--data", path.join(docs, "answers-example-chi-uy.json")], filled: true },
  { name: "mau-trong-bien-ban-thuong-ky", args: ["thuong-ky"], filled: false },
];

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 180_000 });
  if (r.error) throw new Error(`${what}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

function soffice(profile, args, what) {
  return run("soffice", [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", ...args], what);
}

/** The same .docx without its block content controls: only the w:sdt wrappers go. */
function unwrapControls(file, target) {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const xml = strFromU8(parts["word/document.xml"]);
  const unwrapped = xml
    .replace(/<w:sdt><w:sdtPr>[\s\S]*?<\/w:sdtPr>(?:<w:sdtEndPr\/>)?<w:sdtContent>/g, "")
    .replace(/<\/w:sdtContent><\/w:sdt>/g, "");
  if (/<w:sdt[ >]/.test(unwrapped)) throw new Error(`${path.basename(file)}: a content control was left wrapped.`);
  parts["word/document.xml"] = strToU8(unwrapped);
  fs.writeFileSync(target, zipSync(parts));
}

function main() {
  if (!fs.existsSync(path.join(root, "dist", "cli", "cli", "bin.js"))) {
    throw new Error('The command-line tool is not built: run "npm run build:cli" first.');
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bienban-render-"));
  const profile = path.join(work, "lo-profile");
  try {
    const docx = drafts.map((d) => {
      const file = path.join(work, `${d.name}.docx`);
      process.stdout.write(run(process.execPath, [bin, "new", ...d.args, "--today", TODAY, "--out", file], `bienban new ${d.name}`));
      return file;
    });

    const figures = path.join(work, "figures");
    fs.mkdirSync(figures);
    const unwrapped = docx.map((file) => {
      const target = path.join(figures, path.basename(file));
      unwrapControls(file, target);
      return target;
    });
    soffice(profile, ["--convert-to", "pdf", "--outdir", figures, ...unwrapped], "PDF conversion");
    fs.mkdirSync(pngDir, { recursive: true });
    for (const d of drafts) {
      const pdf = path.join(figures, `${d.name}.pdf`);
      const target = path.join(pngDir, d.name);
      run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, target], `pdftoppm ${d.name}`);
      const size = fs.statSync(`${target}.png`).size;
      if (size > MAX_PNG_BYTES) throw new Error(`${d.name}.png is ${size} bytes, over ${MAX_PNG_BYTES}.`);
      process.stdout.write(`docs/templates/${d.name}.png  ${(size / 1024).toFixed(1)} KB\n`);
    }

    const resaved = path.join(work, "resaved");
    fs.mkdirSync(resaved);
    const filled = drafts.filter((d) => d.filled);
    soffice(profile, ["--convert-to", "docx:MS Word 2007 XML", "--outdir", resaved, ...filled.map((d) => path.join(work, `${d.name}.docx`))], "re-save as .docx");
    fs.mkdirSync(fixtureDir, { recursive: true });
    for (const d of filled) {
      const target = path.join(fixtureDir, `${d.name}.lo.docx`);
      fs.copyFileSync(path.join(resaved, `${d.name}.docx`), target);
      process.stdout.write(`test/fixtures/templates/${d.name}.lo.docx  ${(fs.statSync(target).size / 1024).toFixed(1)} KB\n`);
    }
  } finally {
    if (process.argv.includes("--keep")) process.stdout.write(`kept: ${work}\n`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

try {
  main();
} catch (err) {
  process.stderr.write(`render-templates: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
