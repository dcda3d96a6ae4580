#!/usr/bin/env node
"use strict";
/**
 * Offline manifest check: `node scripts/validate-manifest.js manifest.xml` (or dist/manifest.xml).
 * Files behind the manifest's URLs (icons) are looked up next to the manifest file.
 * Exit 0 with one success line; exit 1 with one line per problem.
 */

const fs = require("node:fs");
const path = require("node:path");
const { validateManifest } = require("./manifest/validate");

function validateManifestFile(file) {
  const text = fs.readFileSync(file, "utf8");
  return validateManifest(text, { rootDir: path.dirname(path.resolve(file)) });
}

function main(argv) {
  const file = argv[0] ?? "manifest.xml";
  let result;
  try {
    result = validateManifestFile(file);
  } catch (err) {
    console.error(`${file}: cannot read: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  if (result.ok) {
    const s = result.summary;
    console.log(`${file}: valid (Id ${s.id}, Version ${s.version}, ${s.resources} resources, ${s.icons} icon references checked)`);
    return 0;
  }
  for (const p of result.problems) console.error(`${file}: ${p}`);
  return 1;
}

module.exports = { validateManifest, validateManifestFile };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
