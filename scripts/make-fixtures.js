#!/usr/bin/env node
/**
 * Regenerates the committed .docx fixtures under test/fixtures/docx/ (tests never need soffice):
 *   - writer-sample.docx         the sample biên bản written by src/docx/write-docx.ts
 *   - libreoffice-resaved.docx   the same file opened and re-saved by LibreOffice (a second producer)
 *
 * Usage: node scripts/make-fixtures.js   (needs LibreOffice's `soffice` on PATH)
 *
 * Plain Node: the TypeScript sources are transpiled on the fly with the project's `typescript`.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const ts = require("typescript");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "test", "fixtures", "docx");

// Minimal require hook for .ts files (type information is not needed to emit JavaScript).
require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const { writeDocx } = require(path.join(root, "src", "docx", "write-docx.ts"));
const { sampleMinutesSpec } = require(path.join(root, "test", "helpers", "sample-minutes-spec.ts"));

function resaveWithLibreOffice(input, name) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bienban-lo-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  try {
    const src = path.join(work, "in", name);
    fs.mkdirSync(path.dirname(src));
    fs.writeFileSync(src, input);
    const outputDir = path.join(work, "out");
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        'docx:MS Word 2007 XML',
        "--outdir",
        outputDir,
        src,
      ],
      { stdio: "pipe", timeout: 120000 },
    );
    return fs.readFileSync(path.join(outputDir, name));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const written = Buffer.from(writeDocx(sampleMinutesSpec()));
  fs.writeFileSync(path.join(outDir, "writer-sample.docx"), written);
  const resaved = resaveWithLibreOffice(written, "sample.docx");
  fs.writeFileSync(path.join(outDir, "libreoffice-resaved.docx"), resaved);
  for (const f of ["writer-sample.docx", "libreoffice-resaved.docx"]) {
    const size = fs.statSync(path.join(outDir, f)).size;
    console.log(`${f}: ${size} bytes`);
    if (size > 50 * 1024) throw new Error(`${f} is larger than 50 KB`);
  }
}

main();
