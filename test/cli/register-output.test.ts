/**
 * The register's outputs on a register built in memory: the HTML page (self-contained, escaped,
 * grid states), the CSV (spreadsheet-safe), the spool and the progress bar.
 */
import * as fs from "node:fs";
import { buildRegister } from "../../src/core/register/build-register";
import type { RegisterEntry } from "../../src/core/register/types";
import { FindingSpool } from "../../src/cli/register/finding-spool";
import { progressBar } from "../../src/cli/register/progress-bar";
import { registerCsv } from "../../src/cli/register/register-csv";
import { registerHtml } from "../../src/cli/register/register-html";
import { registerJsonObject } from "../../src/cli/register/register-json";
import type { RegisterRun } from "../../src/cli/register/register-run";
import { cleanYear, entry, renumbered } from "../core/register/register-entries";

const HOSTILE = 'CHI BỘ <img src=x onerror="alert(1)"> & "Kế toán"';

function runOf(entries: RegisterEntry[]): RegisterRun {
  return {
    tool: { name: "bienban", version: "0.1.0" },
    today: "2026-11-27",
    overlays: [],
    result: buildRegister(entries, { from: "2025-01", to: "2025-12", today: "2026-11-27" }),
    entries,
    unreadable: [{ path: "hong/<b>tep</b>.docx", error: { code: "NOT_ZIP", message: "Tệp không phải là tài liệu Word <x>." } }],
  };
}

const entries = renumbered([
  ...cleanYear(HOSTILE).filter((e) => e.month !== "2025-04"),
  ...cleanYear("=HYPERLINK(\"http://x\")").map((e) => (e.month === "2025-02" && e.documentType === "bien-ban-thuong-ky" ? { ...e, errors: 3, path: "a,b\"c.docx" } : e)),
  entry({ documentType: null, path: "khong-ro.docx" }),
]);
const run = runOf(entries);

describe("the register page", () => {
  const html = registerHtml(run, { findingsOf: (id) => (id === 0 ? [{ elementId: "BB.SECRETARY", severity: "error", message: "Thiếu <thư ký>.", guidance: ["G-HD12"], paragraph: 4 }] : []) });

  it("is one self-contained file: no script, no external resource", () => {
    expect(html).not.toMatch(/<script|javascript:|<[^>]*\son\w+=/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain("@page { size: A4 landscape;");
  });

  it("escapes every string that comes from a document or a path", () => {
    expect(html).not.toContain("<img");
    expect(html).toContain("CHI BỘ &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;Kế toán&quot;");
    expect(html).toContain("hong/&lt;b&gt;tep&lt;/b&gt;.docx");
    expect(html).toContain("Tệp không phải là tài liệu Word &lt;x&gt;.");
    expect(html).toContain("Thiếu &lt;thư ký&gt;.");
  });

  it("has one grid row per cell and one cell per month, with its state", () => {
    const rows = html.match(/<tr data-cell=/g) ?? [];
    expect(rows).toHaveLength(2);
    expect(html.match(/<td class="m st-/g)).toHaveLength(24);
    expect(html).toMatch(/<td class="m st-missing" data-month="2025-04" data-state="missing" data-thematic="false"/);
    expect(html).toMatch(/<td class="m st-errors" data-month="2025-02" data-state="errors" data-thematic="true"/);
  });

  it("lists the file that could not be placed and the one that could not be read", () => {
    expect(html).toMatch(/<li data-reason="type">/);
    expect(html).toContain('id="unreadable"');
  });

  it("draws the grades as inline SVG", () => {
    expect(html).toMatch(/<svg class="bars" role="img"/);
    expect(html.match(/<svg class="spark"/g)).toHaveLength(2);
  });
});

describe("the register JSON", () => {
  it("names documents by path in findings, duplicates and lists", () => {
    const json = registerJsonObject(run) as { unassigned: string[]; cells: { findings: { documents: string[] }[] }[] };
    expect(json.unassigned).toEqual(["khong-ro.docx"]);
    expect(json.cells.flatMap((c) => c.findings).every((f) => f.documents.every((d) => typeof d === "string"))).toBe(true);
  });
});

describe("the register CSV", () => {
  const csv = registerCsv(run);
  const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");

  it("has a byte-order mark, CRLF, a header and one row per file", () => {
    expect(csv.startsWith("\uFEFFTệp,Tình trạng,")).toBe(true);
    expect(lines).toHaveLength(1 + entries.length + 1);
  });

  it("quotes commas and quotes, and defuses formulas", () => {
    const row = lines.find((l) => l.startsWith('"a,b""c.docx"'))!;
    expect(row).toBeDefined();
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines.some((l) => l.split(",").some((cell) => cell.startsWith("=")))).toBe(false);
  });
});

describe("the finding spool", () => {
  it("reads back what it wrote, one document at a time, and removes its folder", () => {
    const spool = FindingSpool.open();
    const a = spool.write([{ elementId: "BB.CHAIR", severity: "error", message: "Thiếu chủ trì — “x”", guidance: ["G-HD16"], paragraph: 3 }]);
    const b = spool.write([]);
    expect(spool.read(b)).toEqual([]);
    expect(spool.read(a)[0]!.message).toBe("Thiếu chủ trì — “x”");
    expect(fs.existsSync(spool.folder)).toBe(true);
    spool.close();
    expect(fs.existsSync(spool.folder)).toBe(false);
  });
});

describe("the progress bar", () => {
  it("says nothing when stderr is not a terminal", () => {
    let out = "";
    const p = progressBar({ write: (s: string) => (out += s) }, 10);
    for (let i = 0; i < 10; i++) p.tick("a.docx");
    p.done();
    expect(out).toBe("");
  });

  it("redraws at most every 100 ms, always at the end, and fits the terminal", () => {
    let out = "";
    let t = 0;
    const p = progressBar({ write: (s: string) => (out += s), isTTY: true, columns: 50 }, 4, () => t);
    p.tick("thu-muc/rat-dai/bien-ban-thang-01.docx");
    t = 50;
    p.tick("b.docx");
    t = 200;
    p.tick("c.docx");
    p.tick("d.docx");
    p.done();
    const frames = out.split("\r\u001b[K").filter(Boolean);
    expect(frames.map((f) => f.slice(0, 17))).toEqual(["Đang kiểm tra 1/4", "Đang kiểm tra 3/4", "Đang kiểm tra 4/4"]);
    for (const f of frames) expect(f.length).toBeLessThanOrEqual(49);
    expect(frames[0]).toContain("…");
    expect(out.endsWith("\r\u001b[K")).toBe(true);
  });
});
