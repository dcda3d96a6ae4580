#!/usr/bin/env node
/* The `bienban` command. The tool is TypeScript compiled by `npm run build:cli` to dist/cli; this
   file only loads it, or says how to build it. */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const entry = path.join(__dirname, "..", "dist", "cli", "cli", "bin.js");

if (fs.existsSync(entry)) {
  require(entry);
} else {
  process.stderr.write(
    "bienban: công cụ dòng lệnh chưa được biên dịch. Hãy chạy \"npm run build:cli\" trước.\n" +
      "bienban: the command-line tool is not built yet. Run \"npm run build:cli\" first.\n",
  );
  process.exitCode = 2;
}
