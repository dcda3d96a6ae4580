/**
 * The HTML report: one self-contained page (inline CSS, no script, no external resource) to open in
 * a browser, print or send, grouped by file and then by severity. Every string that comes from a
 * document or a path is escaped.
 */
import { guidanceCatalog, isGuidanceId } from "../../core/guidance/catalog";
import type { BatchReport, FileReport, ReportedFinding } from "../report";
import { countSeverities } from "../summary";
import { escapeHtml as esc } from "../../core/report/escape-html";
import { countLine, detectionLabel, locationLabel, severities, severityHeadings, summaryLine, typeLabel } from "./labels";

const css = `
:root { color-scheme: light; }
body { font: 15px/1.45 "Times New Roman", Times, serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 0 0 .25rem; word-break: break-all; }
h3 { font-size: 1rem; margin: .75rem 0 .25rem; }
.meta, .about { color: #555; margin: 0 0 .5rem; }
.total { font-weight: bold; }
table.overview { border-collapse: collapse; width: 100%; margin: 1rem 0 1.5rem; }
table.overview th, table.overview td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
table.overview th { background: #f0f0f0; }
td.num { text-align: right; white-space: nowrap; }
section.file { border-top: 2px solid #444; padding-top: .75rem; margin-top: 1.5rem; }
ol.findings { margin: 0; padding-left: 1.5rem; }
ol.findings li { margin: .2rem 0 .4rem; }
.loc { font-weight: bold; white-space: nowrap; }
.cite { color: #555; font-size: .9em; }
.excerpt { color: #444; font-style: italic; }
h3.error { color: #b00020; }
h3.warning { color: #8a5a00; }
h3.info { color: #0b5c8a; }
.unreadable { color: #b00020; font-weight: bold; }
.note { color: #8a5a00; }
.ok { color: #1b6e20; }
abbr { text-decoration: none; border-bottom: 1px dotted #888; }
@media print {
  body { margin: 0; max-width: none; font-size: 12pt; }
  a { color: inherit; text-decoration: none; }
  section.file { break-before: auto; }
  ol.findings li, table.overview tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;

function isoToVietnamese(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function guidanceHtml(codes: readonly string[]): string {
  return codes
    .map((code) => (isGuidanceId(code) ? `<abbr title="${esc(guidanceCatalog[code].title)}">${esc(code)}</abbr>` : esc(code)))
    .join(", ");
}

function findingHtml(f: ReportedFinding): string {
  const excerpt = f.excerpt ? `<div class="excerpt">“${esc(f.excerpt)}”</div>` : "";
  return `<li><span class="loc">${esc(locationLabel(f.location))}</span> — <span class="msg">${esc(f.message)}</span> <span class="cite">(${esc(f.elementId)} · ${guidanceHtml(f.guidance)})</span>${excerpt}</li>`;
}

function fileHtml(file: FileReport, i: number): string {
  const parts = [`<section class="file" id="tep-${i + 1}">`, `<h2>${esc(file.path)}</h2>`];
  if (file.error) {
    parts.push(`<p class="unreadable">Không đọc được: ${esc(file.error.message)} <span class="cite">(${esc(file.error.code)})</span></p>`, "</section>");
    return parts.join("\n");
  }
  const about = [typeLabel(file.documentType)];
  if (file.profile) about.push(`hồ sơ ${file.profile.label}`);
  const detection = detectionLabel(file);
  if (detection) about.push(detection);
  parts.push(`<p class="about">${esc(about.join(" · "))}</p>`);
  if (file.related.length) parts.push(`<p class="about">Đối chiếu với: ${esc(file.related.join(", "))}</p>`);
  for (const note of file.profile?.notes ?? []) parts.push(`<p class="about">Ghi chú: ${esc(note)}</p>`);
  if (file.note) parts.push(`<p class="note">${esc(file.note)}</p>`);
  if (file.documentType) {
    const c = countSeverities(file);
    parts.push(`<p class="${c.errors ? "unreadable" : "ok"}">${esc(countLine(file))}</p>`);
  }
  for (const sev of severities) {
    const group = file.findings.filter((f) => f.severity === sev);
    if (!group.length) continue;
    parts.push(`<h3 class="${sev}">${severityHeadings[sev]} (${group.length})</h3>`, `<ol class="findings">`, ...group.map(findingHtml), "</ol>");
  }
  parts.push("</section>");
  return parts.join("\n");
}

function overviewHtml(report: BatchReport): string {
  const rows = report.files.map((file, i) => {
    const c = countSeverities(file);
    const status = file.error ? "không đọc được" : file.documentType ? "" : "chưa rõ loại";
    return `<tr><td><a href="#tep-${i + 1}">${esc(file.path)}</a></td><td>${esc(status || typeLabel(file.documentType))}</td><td class="num">${c.errors}</td><td class="num">${c.warnings}</td><td class="num">${c.infos}</td></tr>`;
  });
  return [
    `<table class="overview">`,
    `<thead><tr><th>Tệp</th><th>Loại văn bản</th><th>Lỗi</th><th>Cảnh báo</th><th>Lưu ý</th></tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody></table>`,
  ].join("\n");
}

export function formatHtml(report: BatchReport): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Báo cáo kiểm tra biên bản, nghị quyết</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>Báo cáo kiểm tra biên bản, nghị quyết chi bộ</h1>
<p class="meta">Ngày kiểm tra ${esc(isoToVietnamese(report.today))} · bienban ${esc(report.tool.version)}</p>
<p class="total">${esc(summaryLine(report.summary))}</p>
${report.files.length ? overviewHtml(report) : ""}
</header>
<main>
${report.files.map(fileHtml).join("\n")}
</main>
</body>
</html>
`;
}
