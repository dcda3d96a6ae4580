#!/usr/bin/env node
"use strict";
/**
 * `npm stop`: on Windows and macOS, stop the debugging session that `npm start` began (unregisters
 * the sideloaded add-in and stops the dev server). Elsewhere there is nothing registered to undo.
 */

const path = require("node:path");
const { spawn } = require("node:child_process");
const { officeAddinDebuggingBin, sideloadSupported } = require("./start");

const ROOT = path.join(__dirname, "..");

if (sideloadSupported()) {
  const child = spawn(process.execPath, [officeAddinDebuggingBin(), "stop", "manifest.xml", ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: "inherit",
    env: process.env,
  });
  child.on("exit", (code) => {
    process.exitCode = code ?? 1;
  });
} else {
  console.log(
    [
      "Nothing to stop: on this platform `npm start` only runs the dev server; stop it with Ctrl+C.",
      "If you uploaded manifest.xml to Word on the web, remove it there (Add-ins > My Add-ins).",
      "Không có gì để dừng: trên hệ điều hành này `npm start` chỉ chạy máy chủ phát triển; dừng bằng Ctrl+C.",
      "Nếu đã tải manifest.xml lên Word trên web, hãy gỡ nó ở đó (Phần bổ trợ > Phần bổ trợ của tôi).",
    ].join("\n"),
  );
}
