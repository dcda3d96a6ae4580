/**
 * The printable report of one check, as one self-contained HTML page (inline CSS, no script, no
 * external resource) that the task pane offers as a download: the verdict before signing, the
 * profile and guidance in use, the findings by severity and section with where they are, and the
 * findings ignored with their reasons. Every string that comes from the document is escaped.
 */
import { documentTypeLabels } from "../catalog/document-types";
import { elementById } from "../catalog/elements";
import type { CheckResult } from "../engine/check-document";
import { guidanceCatalog, isGuidanceId } from "../guidance/catalog";
import type { DocModel } from "../model/types";
import type { Finding } from "../rules/types";
import { escapeHtml as esc } from "./escape-html";
import { groupFindings, severityMeanings } from "./group-findings";
import { ignoredEntry, type IgnoredFinding } from "./ignored-findings";
import { FIT_TO_SIGN, signingVerdict } from "./verdict";

export interface ReportInput {
  /** What was checked: "Văn bản đang mở" or a file name. */
  documentName: string;
  /** ISO date of the check. */
  today: string;
  result: CheckResult;
  /** The model the check ran on, for the excerpts. */
  doc: DocModel;
  ignored: readonly IgnoredFinding[];
}

const EXCERPT_MAX = 140;

const css = `
:root { color-scheme: light; }
body { font: 15px/1.5 "Times New Roman", Times, serif; color: #1a1a1a; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .25rem; border-bottom: 1px solid #999; }
h3 { font-size: 1rem; margin: .75rem 0 .25rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
.verdict { border: 2px solid; padding: .5rem .75rem; margin: 1rem 0; }
.verdict.fit { border-color: #1b6e20; color: #1b6e20; }
.verdict.blocked { border-color: #b00020; }
.verdict strong { font-size: 1.1rem; }
ol.findings { margin: 0; padding-left: 1.5rem; }
ol.findings li { margin: .25rem 0 .5rem; }
.loc { font-weight: bold; white-space: nowrap; }
.cite { color: #555; font-size: .9em; }
.excerpt { color: #444; font-style: italic; }
.reason { color: #333; }
h2.error { color: #b00020; }
h2.warning { color: #8a5a00; }
h2.info { color: #0b5c8a; }
abbr { text-decoration: none; border-bottom: 1px dotted #888; }
footer { margin-top: 2rem; color: #555; font-size: .9em; }
@media print {
  body { margin: 0; max-width: none; font-size: 12pt; }
  ol.findings li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;

export function isoToVietnamese(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function guidanceHtml(codes: readonly string[]): string {
  return codes.map((code) => (isGuidanceId(code) ? `<abbr title="${esc(guidanceCatalog[code].title)}">${esc(code)}</abbr>` : esc(code))).join(", ");
}

/** The paragraph text a finding points at, shortened around its range. */
export function excerptOf(doc: DocModel, f: Finding): string | undefined {
  if (!f.location) return undefined;
  const text = doc.paragraphs[f.location.paragraph]?.text.trim();
  if (!text) return undefined;
  if (text.length <= EXCERPT_MAX) return text;
  const start = Math.max(0, Math.min(f.location.start ?? 0, text.length - EXCERPT_MAX));
  return `${start > 0 ? "…" : ""}${text.slice(start, start + EXCERPT_MAX)}…`;
}

/**
 * Where a finding is, as a person counts paragraphs. A missing element's location is where its line
 * would be inserted (the paragraph before), so it says so.
 */
export function locationText(f: Pick<Finding, "location" | "fix">): string {
  if (!f.location) return "Cả văn bản";
  const n = f.location.paragraph + 1;
  return f.fix?.kind === "insert-paragraphs" ? `Sau đoạn ${n}` : `Đoạn ${n}`;
}

function findingHtml(doc: DocModel, f: Finding, extra = ""): string {
  const label = elementById(f.elementId)?.label ?? f.elementId;
  const excerpt = excerptOf(doc, f);
  return [
    `<li><span class="loc">${esc(locationText(f))}</span> — ${esc(f.message)}`,
    ` <span class="cite">(${esc(label)} · ${esc(f.elementId)}${f.guidance.length ? ` · ${guidanceHtml(f.guidance)}` : ""})</span>`,
    excerpt ? `<div class="excerpt">“${esc(excerpt)}”</div>` : "",
    extra,
    "</li>",
  ].join("");
}

function verdictHtml(findings: readonly Finding[], ignored: readonly IgnoredFinding[], typeKnown: boolean): string {
  if (!typeKnown) return `<div class="verdict blocked"><strong>Chưa kết luận được</strong>: không nhận ra loại văn bản.</div>`;
  const v = signingVerdict(findings, ignored);
  if (v.fit) {
    const note = v.ignoredErrors.length ? ` (có ${v.ignoredErrors.length} lỗi đã bỏ qua kèm lý do, xem cuối báo cáo)` : "";
    return `<div class="verdict fit"><strong>${esc(FIT_TO_SIGN)}</strong>${esc(note)}</div>`;
  }
  return [
    `<div class="verdict blocked"><strong>Chưa đủ điều kiện ký</strong>: còn ${v.blockers.length} lỗi phải sửa.`,
    `<ul>${v.blockers.map((f) => `<li>${esc(locationText(f))}: ${esc(f.message)}</li>`).join("")}</ul></div>`,
  ].join("");
}

export function buildReportHtml(input: ReportInput): string {
  const { result, doc, ignored } = input;
  const grouped = groupFindings(result.findings, ignored);
  const type = result.documentType;
  const profile = result.profile;
  const codes = [...new Set([profile.content, profile.format, ...profile.overlays].flatMap((p) => p.guidance))];
  const meta = [
    ["Văn bản", input.documentName],
    ["Loại văn bản", type ? documentTypeLabels[type] : "Chưa nhận ra"],
    ["Ngày kiểm tra", isoToVietnamese(input.today)],
    ["Hồ sơ quy định", `${profile.content.label}; ${profile.format.label}${profile.overlays.map((o) => `; ${o.label}`).join("")}`],
  ];
  const c = grouped.counts;
  const parts: string[] = [
    `<!DOCTYPE html>`,
    `<html lang="vi">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>Báo cáo kiểm tra – ${esc(input.documentName)}</title><style>${css}</style></head>`,
    `<body><header><h1>Báo cáo kiểm tra văn bản</h1>`,
    `<dl class="meta">${meta.map(([k, v]) => `<dt>${esc(k!)}</dt><dd>${esc(v!)}</dd>`).join("")}<dt>Căn cứ</dt><dd>${guidanceHtml(codes)}</dd></dl>`,
    ...profile.notes.map((n) => `<p class="cite">Ghi chú: ${esc(n)}</p>`),
    verdictHtml(result.findings, ignored, type !== null),
    `<p>${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} lưu ý${grouped.ignored.length ? `; ${grouped.ignored.length} đã bỏ qua` : ""}.</p>`,
    `</header><main>`,
  ];
  for (const g of grouped.groups) {
    parts.push(`<section><h2 class="${g.severity}">${esc(g.title)} (${g.count}) — ${esc(severityMeanings[g.severity])}</h2>`);
    for (const s of g.sections) parts.push(`<h3>${esc(s.title)} (${s.findings.length})</h3><ol class="findings">${s.findings.map((f) => findingHtml(doc, f)).join("")}</ol>`);
    parts.push(`</section>`);
  }
  if (grouped.ignored.length) {
    parts.push(`<section><h2>Đã bỏ qua (${grouped.ignored.length})</h2><ol class="findings">`);
    for (const f of grouped.ignored) {
      const entry = ignoredEntry(ignored, f);
      const why = entry ? `<div class="reason">Lý do bỏ qua: ${esc(entry.reason)}${entry.date ? ` (ngày ${esc(isoToVietnamese(entry.date))})` : ""}</div>` : "";
      parts.push(findingHtml(doc, f, why));
    }
    parts.push(`</ol></section>`);
  }
  if (!grouped.groups.length && !grouped.ignored.length && type) parts.push(`<p>Không có nhận xét nào.</p>`);
  parts.push(`</main><footer>Lập bằng phần bổ trợ Biên bản Chi bộ. Báo cáo được tạo ngay trên máy này, không gửi dữ liệu đi đâu.</footer></body></html>`, "");
  return parts.join("\n");
}
