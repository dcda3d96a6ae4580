#!/usr/bin/env node
"use strict";
/**
 * Renders assets/icon.svg to assets/icon-{32,64,80,128}.png, and the pixel-fitted assets/icon-16.svg
 * to assets/icon-16.png, with headless Chromium. Run once after editing an SVG; the PNGs are committed.
 *   node scripts/render-icons.js
 */

const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

const SIZES = [16, 32, 64, 80, 128];
const ASSETS = path.join(__dirname, "..", "assets");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

async function main() {
  const dataUrlOf = (name) => `data:image/svg+xml;base64,${fs.readFileSync(path.join(ASSETS, name)).toString("base64")}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    for (const size of SIZES) {
      // A drawing scaled down to 16 px blurs; that size has its own cut on the pixel grid.
      const dataUrl = dataUrlOf(size === 16 ? "icon-16.svg" : "icon.svg");
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.waitForFunction(() => document.images[0]?.complete === true);
      const out = path.join(ASSETS, `icon-${size}.png`);
      await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`wrote ${path.relative(process.cwd(), out)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
