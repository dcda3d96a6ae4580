/* The compiled modules the benchmark measures (dist/cli, built by `npm run build:cli`). */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..");
// BIENBAN_DIST: another build of the tool (tsc -p tsconfig.cli.json --outDir …), to compare two versions.
const dist = process.env.BIENBAN_DIST ? path.resolve(process.env.BIENBAN_DIST) : path.join(root, "dist", "cli");

function loadBuilt() {
  const need = ["docx/read-docx.js", "docx/write-docx.js", "core/engine/check-document.js", "cli/check-batch.js"];
  const missing = need.filter((f) => !fs.existsSync(path.join(dist, f)));
  if (missing.length) {
    process.stderr.write(
      `Chưa biên dịch (thiếu ${missing.join(", ")} trong dist/cli). Hãy chạy "npm run build:cli" trước.\n` +
        `Not built (missing ${missing.join(", ")} in dist/cli). Run "npm run build:cli" first.\n`,
    );
    process.exit(2);
  }
  const req = (f) => require(path.join(dist, f));
  return {
    readDocx: req("docx/read-docx.js").readDocx,
    writeDocx: req("docx/write-docx.js").writeDocx,
    XmlTokenizer: req("docx/xml-tokenizer.js").XmlTokenizer,
    XML_EOF: req("docx/xml-tokenizer.js").XML_EOF,
    decodeXmlBytes: req("docx/decode-xml-bytes.js").decodeXmlBytes,
    checkDocument: req("core/engine/check-document.js").checkDocument,
    checkBatch: req("cli/check-batch.js").checkBatch,
    readModel: req("cli/read-model.js").readModel,
  };
}

module.exports = { loadBuilt, root, dist };
