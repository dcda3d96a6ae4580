#!/usr/bin/env node
"use strict";
/**
 * `npm start`: on Windows and macOS, sideload the add-in into desktop Word and start the dev server
 * (office-addin-debugging, as in Microsoft's generator). Elsewhere Word cannot be sideloaded from
 * the command line, so explain how to use Word on the web and start only the dev server.
 */

const path = require("node:path");
const { spawn } = require("node:child_process");

const ROOT = path.join(__dirname, "..");
const MANIFEST = "manifest.xml";
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

function sideloadSupported(platform = process.platform) {
  return platform === "win32" || platform === "darwin";
}

/** The bin of office-addin-debugging, resolved through its package.json rather than PATH. */
function officeAddinDebuggingBin() {
  const pkgPath = require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
  const pkg = require(pkgPath);
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin["office-addin-debugging"];
  return path.join(path.dirname(pkgPath), bin);
}

function webOnlyMessage(port = PORT) {
  return [
    "Sideloading into desktop Word is only available on Windows and macOS.",
    "To try the add-in in Word on the web:",
    `  1. Keep the dev server below running (it is \`npm run dev-server\`, serving https://localhost:${port}/).`,
    "  2. Open a document in Word on the web, choose Insert > Add-ins > Upload My Add-in,",
    `     and upload ${MANIFEST} from this folder.`,
    `To look at the task pane alone, open https://localhost:${port}/taskpane.html in a browser`,
    `(http://localhost:${port}/taskpane.html if the server says it has no certificate).`,
    "",
    "Chỉ trên Windows và macOS mới nạp thử (sideload) được phần bổ trợ vào Word cài trên máy.",
    "Để thử trong Word trên web:",
    `  1. Giữ máy chủ phát triển bên dưới đang chạy (chính là \`npm run dev-server\`, tại https://localhost:${port}/).`,
    "  2. Mở một văn bản trong Word trên web, chọn Chèn (Insert) > Phần bổ trợ (Add-ins) >",
    `     Tải lên Phần bổ trợ của tôi (Upload My Add-in), rồi chọn tệp ${MANIFEST} trong thư mục này.`,
    `Để chỉ xem ngăn tác vụ, mở https://localhost:${port}/taskpane.html trong trình duyệt`,
    `(hoặc http://localhost:${port}/taskpane.html nếu máy chủ báo không có chứng chỉ).`,
    "",
  ].join("\n");
}

function run(command, args) {
  const child = spawn(process.execPath, [command, ...args], { cwd: ROOT, stdio: "inherit", env: process.env });
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
  // Pass Ctrl+C and `kill` on to the server so it never outlives this script.
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  return child;
}

function main(argv) {
  if (sideloadSupported()) {
    return run(officeAddinDebuggingBin(), ["start", MANIFEST, ...argv]);
  }
  console.log(webOnlyMessage());
  const webpack = require.resolve("webpack/bin/webpack.js", { paths: [ROOT] });
  return run(webpack, ["serve", "--mode", "development"]);
}

module.exports = { sideloadSupported, officeAddinDebuggingBin, webOnlyMessage };

if (require.main === module) main(process.argv.slice(2));
