/** The three formatters on a hand-made report: grouping, colours, escaping. */
import { colorsWanted } from "../../src/cli/formatters/colors";
import { escapeHtml } from "../../src/core/report/escape-html";
import { formatHtml } from "../../src/cli/formatters/html";
import { formatJson } from "../../src/cli/formatters/json";
import { formatText } from "../../src/cli/formatters/text";
import type { BatchReport, FileReport, ReportedFinding } from "../../src/cli/report";
import { summarize } from "../../src/cli/summary";

const finding = (over: Partial<ReportedFinding>): ReportedFinding => ({
  ruleId: "bienban/require-secretary",
  elementId: "BB.SECRETARY",
  messageId: "missing",
  severity: "error",
  message: "Biên bản chưa ghi thư ký cuộc họp.",
  guidance: ["G-HD12", "G-HD16"],
  location: { paragraph: 3, ref: "p3" },
  fix: null,
  excerpt: "Chủ trì: đồng chí Nguyễn Văn An",
  ...over,
});

const profile = { label: "hd42 + qd66-hd36", content: "hd42", format: "qd66-hd36", overlays: [], notes: [] };

const file = (over: Partial<FileReport>): FileReport => ({
  path: "a.docx",
  documentType: "bien-ban-thuong-ky",
  detection: { basis: "title", detectedType: "bien-ban-thuong-ky" },
  profile,
  error: null,
  note: null,
  findings: [],
  related: [],
  ...over,
});

const batch = (files: FileReport[]): BatchReport => ({ tool: { name: "bienban", version: "0.1.0" }, today: "2026-11-27", files, summary: summarize(files) });

const sample = batch([
  file({
    path: "thang-11/bien-ban.docx",
    findings: [
      finding({}),
      finding({ elementId: "CHK.DURATION", severity: "warning", message: "Cuộc họp chỉ kéo dài 60 phút.", guidance: ["G-HD12"], location: { paragraph: 30, ref: "p30" }, excerpt: "Cuộc họp kết thúc…" }),
      finding({ elementId: "BB.DUES", severity: "info", message: "Chưa ghi việc thu nộp đảng phí.", guidance: ["G-HD09"], location: null, excerpt: null }),
    ],
  }),
  file({ path: "thang-11/nghi-quyet.docx", documentType: "nghi-quyet", detection: { basis: "forced", detectedType: null } }),
  file({ path: "hong.docx", documentType: null, detection: null, profile: null, error: { code: "NOT_ZIP", message: "Tệp không phải là tài liệu Word (.docx)." } }),
  file({ path: "la.docx", documentType: null, detection: { basis: "none", detectedType: null }, note: "Không nhận ra loại văn bản." }),
]);

describe("text format", () => {
  const out = formatText(sample, false);

  it("groups findings under their file, in order, with location, severity, element and guidance", () => {
    const lines = out.split("\n");
    const start = lines.indexOf("thang-11/bien-ban.docx");
    expect(start).toBeGreaterThanOrEqual(0);
    expect(lines[start + 2]).toBe("  đoạn 4      [lỗi]       Biên bản chưa ghi thư ký cuộc họp.  (BB.SECRETARY · G-HD12, G-HD16)");
    expect(lines[start + 3]).toBe("              “Chủ trì: đồng chí Nguyễn Văn An”");
    expect(lines[start + 4]).toMatch(/^ {2}đoạn 31 +\[cảnh báo\] +Cuộc họp chỉ kéo dài 60 phút\. +\(CHK\.DURATION · G-HD12\)$/);
    expect(lines[start + 6]).toMatch(/^ {2}cả văn bản +\[lưu ý\] +Chưa ghi việc thu nộp đảng phí\. +\(BB\.DUES · G-HD09\)$/);
    expect(lines[start + 7]).toBe("  ⇒ 1 lỗi, 1 cảnh báo, 1 lưu ý");
    expect(out.indexOf("thang-11/bien-ban.docx")).toBeLessThan(out.indexOf("thang-11/nghi-quyet.docx"));
  });

  it("shows the type, profile, forced type, unreadable files and undetected types", () => {
    expect(out).toContain("Biên bản sinh hoạt chi bộ thường kỳ · hồ sơ hd42 + qd66-hd36");
    expect(out).toContain("Nghị quyết chi bộ · hồ sơ hd42 + qd66-hd36 · loại văn bản do --type chỉ định");
    expect(out).toContain("[không đọc được]  Tệp không phải là tài liệu Word (.docx).  (NOT_ZIP)");
    expect(out).toContain("[chưa kiểm tra]  Không nhận ra loại văn bản.");
  });

  it("ends with an overall summary line", () => {
    expect(out.trimEnd().split("\n").pop()).toBe("Tổng cộng 4 tệp: 1 đạt, 1 có lỗi, 1 chưa rõ loại, 1 không đọc được · 1 lỗi, 1 cảnh báo, 1 lưu ý");
  });

  it("colours only when asked", () => {
    expect(out).not.toMatch(/\u001b\[/);
    const coloured = formatText(sample, true);
    expect(coloured).toMatch(/\u001b\[31m\[lỗi\]/);
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(out);
  });

  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: "1" }, false],
    [true, { NO_COLOR: "" }, true],
  ] as const)("colorsWanted(tty=%s, %j) = %s", (tty, env, expected) => {
    expect(colorsWanted(tty, env)).toBe(expected);
  });
});

describe("json format", () => {
  it("is the report itself", () => {
    expect(JSON.parse(formatJson(sample))).toEqual(JSON.parse(JSON.stringify(sample)));
  });
});

describe("html format", () => {
  const evil = "<script>alert('x')</script> & <b onmouseover=\"x\">";
  const hostile = batch([
    file({
      path: `thu-muc/<img src=x onerror=alert(1)>&amp;.docx`,
      findings: [finding({ message: `Thư ký ${evil}`, excerpt: evil, location: { paragraph: 0, ref: "p0" } })],
      related: ["<b>nq</b>.docx"],
      profile: { ...profile, notes: ["<i>ghi chú</i>"] },
    }),
    file({ path: "x.docx", documentType: null, detection: null, profile: null, error: { code: "CORRUPT", message: "<script>bad()</script>" } }),
  ]);
  const html = formatHtml(hostile);

  it("escapes every document-derived string", () => {
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<i>");
    expect(html).not.toContain("<b onmouseover");
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b onmouseover=&quot;x&quot;&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;&amp;amp;.docx");
  });

  it("is one self-contained page: no script, no external resource", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|<iframe|<img|src=["']|url\(|@import|https?:\/\//i);
    expect(html).toContain("@media print");
  });

  it("groups by file, then by severity", () => {
    const html2 = formatHtml(sample);
    const a = html2.indexOf("<h2>thang-11/bien-ban.docx</h2>");
    const err = html2.indexOf('<h3 class="error">Lỗi (1)</h3>', a);
    const warn = html2.indexOf('<h3 class="warning">Cảnh báo (1)</h3>', a);
    const info = html2.indexOf('<h3 class="info">Lưu ý (1)</h3>', a);
    const b = html2.indexOf("<h2>thang-11/nghi-quyet.docx</h2>");
    expect(a).toBeGreaterThan(0);
    expect(a < err && err < warn && warn < info && info < b).toBe(true);
  });

  it("escapeHtml covers the five special characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
