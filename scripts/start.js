#!/usr/bin/env node
"use strict";
/**
 * `npm start`: on Windows and macOS, sideload the add-in into desktop Word and start the dev server
 * (office-addin-debugging, as in Microsoft's generator). Elsewhere Word cannot be sideloaded from
 * the command line, so start the preview (the task pane beside an in-browser document, no Word
 * needed) and explain how to use Word on the web instead.
 * `npm run preview` (--preview): the preview on any system.
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

function previewUrl(port = PORT) {
  return `http://localhost:${port}/preview.html`;
}

function previewMessage(port = PORT, { sideloadHint = true } = {}) {
  return [
    `Preview: open ${previewUrl(port)} in a browser once the build below is done.`,
    "It shows the task pane beside an in-browser document (no Word needed): open a .docx, start from a",
    "blank page or a sample, try every area, and download the result. Files stay in the browser.",
    ...(sideloadHint
      ? [
          "Sideloading into desktop Word is only available on Windows and macOS. To use Word on the web instead,",
          `run \`npm run dev-server\` and upload ${MANIFEST} (Insert > Add-ins > Upload My Add-in).`,
        ]
      : []),
    "",
    `Xem thử: khi quá trình dựng bên dưới xong, mở ${previewUrl(port)} trong trình duyệt.`,
    "Trang này hiện ngăn tác vụ bên cạnh một văn bản ngay trong trình duyệt (không cần Word): mở tệp .docx,",
    "bắt đầu từ văn bản trống hoặc văn bản mẫu, thử mọi chức năng rồi tải văn bản về. Tệp không rời khỏi máy.",
    ...(sideloadHint
      ? [
          "Chỉ trên Windows và macOS mới nạp thử (sideload) được vào Word cài trên máy. Để dùng Word trên web,",
          `chạy \`npm run dev-server\` rồi tải lên tệp ${MANIFEST} (Chèn > Phần bổ trợ > Tải lên Phần bổ trợ của tôi).`,
        ]
      : []),
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

function startPreview(sideloadHint) {
  console.log(previewMessage(PORT, { sideloadHint }));
  const webpack = require.resolve("webpack/bin/webpack.js", { paths: [ROOT] });
  return run(webpack, ["serve", "--mode", "development", "--env", "preview"]);
}

function main(argv) {
  if (argv.includes("--preview")) return startPreview(false);
  if (sideloadSupported()) {
    return run(officeAddinDebuggingBin(), ["start", MANIFEST, ...argv]);
  }
  return startPreview(true);
}

module.exports = { sideloadSupported, officeAddinDebuggingBin, previewMessage, previewUrl };

if (require.main === module) main(process.argv.slice(2));
