/**
 * The HTML pages made from documents escape everything they show: the task pane's printable report
 * (src/core/report/report-html), `bienban check --format html` and the register page
 * (`bienban register --out`). Each is fed a document, a file name, a folder and a cell name full of
 * markup and script, and parsed back with jsdom (which builds the DOM a browser would): none of the
 * input became an element or an attribute, and all of it shows as literal text.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { JSDOM } from "jsdom";
import { checkDocument } from "../../src/core/engine/check-document";
import { ignoreFinding } from "../../src/core/report/ignored-findings";
import { buildReportHtml } from "../../src/core/report/report-html";
import { runCli } from "../cli/run-cli";
import { tempDir, writeDoc } from "../cli/write-fixtures";
import { hostileMinutes, HOSTILE_CELL, PAYLOADS } from "../helpers/hostile-doc";

const ALL = PAYLOADS.join(" ");
const TODAY = "2026-11-27";

/** Elements a report may contain; anything else (script, img, svg, iframe, a…) came from the input. */
const OUR_ELEMENTS = new Set(
  "html head meta title style body header main footer section div span p h1 h2 h3 h4 ul ol li dl dt dd strong em b i abbr table thead tbody tfoot tr th td caption colgroup col small br hr nav details summary figure figcaption label a time".split(
    " ",
  ),
);

/** What a browser would build from `html`, and what in it did not come from us. */
function inspect(html: string) {
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  const all = [...doc.querySelectorAll("*")];
  // The register's own charts are inline SVG (src/cli/register/grade-chart.ts: svg.bars, svg.spark).
  const ourChart = (e: Element) => {
    const svg = e.closest("svg");
    return svg !== null && /^(bars|spark)$/.test(svg.getAttribute("class") ?? "") && svg.parentElement?.closest("svg") == null;
  };
  const foreignElements = all.filter((e) => !OUR_ELEMENTS.has(e.tagName.toLowerCase()) && !ourChart(e)).map((e) => e.tagName.toLowerCase());
  const handlers = all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName.toLowerCase()}[${a.name}]`));
  const scriptUrls = all.flatMap((e) => [...e.attributes].filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.value)).map((a) => `${e.tagName.toLowerCase()}[${a.name}=${a.value}]`));
  const styles = [...doc.querySelectorAll("style")].map((s) => s.textContent ?? "");
  // Text as shown: <style> content is not text a reader sees.
  for (const s of doc.querySelectorAll("style")) s.remove();
  const text = (doc.body.textContent ?? "").replace(/\s+/g, " ");
  const links = [...doc.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? "");
  return { foreignElements, handlers, scriptUrls, styles, text, links, title: doc.title };
}

function expectInert(html: string) {
  const seen = inspect(html);
  expect(seen.foreignElements).toEqual([]);
  expect(seen.handlers).toEqual([]);
  expect(seen.scriptUrls).toEqual([]);
  // Only our own style sheet; none of the input's.
  expect(seen.styles.join("\n")).not.toContain("display:none");
  // In-page links only (the register's anchors), never a URL from the input.
  for (const href of seen.links) expect(href).toMatch(/^#[\w-]+$/);
  expect(html).not.toMatch(/<(script|img|iframe|object|embed)\b|<svg(?! class="(bars|spark)")/i);
  return seen;
}

describe("the HTML reports escape everything they show", () => {
  const doc = hostileMinutes(HOSTILE_CELL);

  it("the hostile sample still reads as a biên bản with findings that quote its text", () => {
    const result = checkDocument(doc, { today: TODAY });
    expect(result.documentType).toBe("bien-ban-thuong-ky");
    expect(result.findings.some((f) => f.elementId === "ENC.LOOKALIKE")).toBe(true);
  });

  it("the task pane's printable report (document name, excerpts, reasons)", () => {
    const result = checkDocument(doc, { today: TODAY });
    const lookalike = result.findings.find((f) => f.elementId === "ENC.LOOKALIKE")!;
    const ignored = ignoreFinding([], lookalike, `Lý do ${ALL}`, "2026-11-20");
    const html = buildReportHtml({ documentName: `Văn bản ${ALL}`, today: TODAY, result, doc, ignored });
    const seen = expectInert(html);
    expect(seen.text).toContain(`Văn bản ${ALL}`);
    expect(seen.text).toContain(`Lý do ${ALL}`);
    // The look-alike's excerpt quotes the hostile paragraph, as text.
    expect(seen.text).toContain(PAYLOADS[0]);
  });

  describe("the command-line tool", () => {
    const dir = tempDir("security-html");
    const folder = `"><svg onload=alert(1)> {{7*7}}`;
    const fileName = `<img src=x onerror=alert(1)> <script>alert(1)</script>.docx`;
    writeDoc(dir, path.join(folder, fileName), doc);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("`check --format html`: the file name, the folder and the document's text", async () => {
      const r = await runCli(["check", "--format", "html", "--today", TODAY, folder], { cwd: dir });
      expect(r.stderr).toBe("");
      const seen = expectInert(r.stdout);
      expect(seen.text).toContain(path.join(folder, fileName));
    });

    it("the register page (`register --out`): the cell's name, the file's path", async () => {
      const out = path.join(dir, "so-theo-doi.html");
      const r = await runCli(["register", "--from", "2025-01", "--to", "2025-12", "--today", TODAY, "--out", out, "."], { cwd: dir });
      expect(r.code).toBeLessThan(2);
      const html = fs.readFileSync(out, "utf8");
      const seen = expectInert(html);
      expect(seen.text).toContain(`${PAYLOADS[1]} ${PAYLOADS[4]}`);
      expect(seen.text).toContain(fileName);
    });
  });
});
