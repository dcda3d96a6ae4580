/* The built task pane for the browser scripts and the bench: one webpack production build into a
   folder of its own (so scripts running side by side never share one), and a static server on
   127.0.0.1 that lists every path asked of it. */
"use strict";
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const ROOT = path.join(__dirname, "..", "..");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** webpack --mode production into `outDir`; `preview` adds preview.html (taskpane.html stays as in production). */
function buildPane(outDir, { preview = false } = {}) {
  console.log(`# building the task pane${preview ? " and the preview" : ""} into ${path.relative(ROOT, outDir)}`);
  const webpack = require.resolve("webpack/bin/webpack.js", { paths: [ROOT] });
  const args = [webpack, "--mode", "production", ...(preview ? ["--env", "preview"] : []), "--output-path", outDir];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) {
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    throw new Error("webpack build failed");
  }
}

/** Serves `dir` on 127.0.0.1 at a free port; `requests` lists every path asked for, in order. */
function serveStatic(dir) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url || "/", "http://127.0.0.1").pathname);
    requests.push(urlPath);
    const file = path.join(dir, path.normalize(urlPath).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": CONTENT_TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, requests, origin: `http://127.0.0.1:${server.address().port}` })));
}

module.exports = { buildPane, serveStatic };
