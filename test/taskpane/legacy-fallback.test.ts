/** @jest-environment jsdom */
import fs from "node:fs";
import path from "node:path";
import { LEGACY_FALLBACK_ID, removeLegacyFallback } from "../../src/taskpane/legacy-fallback";

const html = fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");

describe("taskpane.html", () => {
  it("is in Vietnamese and carries the old-webview note that the bundle removes", () => {
    document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, "").replace(/<\/html>\s*$/, "");
    expect(html).toMatch(/<html lang="vi">/);
    const note = document.getElementById(LEGACY_FALLBACK_ID);
    expect(note?.textContent).toContain("Word 2016 trở lên");
    removeLegacyFallback(document);
    expect(document.getElementById(LEGACY_FALLBACK_ID)).toBeNull();
    expect(document.getElementById("root")).not.toBeNull();
  });

  it("has a Content-Security-Policy without unsafe-eval and no inline scripts", () => {
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toContain("unsafe-eval");
    // Every <script> has a src: inline scripts would need 'unsafe-inline' in script-src.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain("src=");
  });
});
