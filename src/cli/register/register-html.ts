/**
 * The register page: one self-contained HTML file (inline CSS and SVG, no script, no external
 * resource) to open, print on A4 landscape or send. The grid of cells × months coloured by state
 * with thematic meetings marked and totals per cell and per month; the grades chart; each cell with
 * its register findings and, in <details>, its documents and their findings; then the files to look
 * at again. Every string from a document or a path is escaped. Written as a sequence of chunks, one
 * cell at a time, with each document's findings read back from the spool only while it is written.
 */
import { documentTypeLabels } from "../../core/catalog/document-types";
import { guidanceCatalog, isGuidanceId } from "../../core/guidance/catalog";
import type { CellRegister, MonthCell, MonthState, RegisterEntry, RegisterFinding } from "../../core/register/types";
import { monthLabel, partsOf, quarterLabel, shortMonthLabel } from "../../core/register/year-month";
import { escapeHtml as esc } from "../../core/report/escape-html";
import { locationLabel, severityLabels } from "../formatters/labels";
import type { SpooledFinding } from "./finding-spool";
import { bucketLabels, gradeBarsSvg, gradeColors, gradeLineSvg, gradeShort } from "./grade-chart";
import { registerCss } from "./register-css";
import { monthBasisLabels } from "./register-csv";
import { summarizeRun, summaryLine, type RegisterRun } from "./register-run";
import { stateMarks } from "./register-text";

export const stateLabels: Record<MonthState, string> = {
  clean: "đạt",
  warnings: "có cảnh báo",
  errors: "có lỗi",
  missing: "thiếu sinh hoạt thường kỳ",
};

export interface HtmlSources {
  /** A document's findings (from the spool); undefined when they were not kept. */
  findingsOf(id: number): SpooledFinding[] | undefined;
}

function isoToVietnamese(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function guidanceHtml(codes: readonly string[]): string {
  return codes.map((code) => (isGuidanceId(code) ? `<abbr title="${esc(guidanceCatalog[code].title)}">${esc(code)}</abbr>` : esc(code))).join(", ");
}

function monthTitle(m: MonthCell): string {
  const parts = [`${monthLabel(m.month)}: ${stateLabels[m.state]}`];
  if (m.thematic) parts.push("có sinh hoạt chuyên đề");
  if (m.resolution) parts.push("có nghị quyết");
  if (m.grade) parts.push(`xếp loại ${m.grade}${m.points !== null ? ` (${m.points} điểm)` : ""}`);
  else if (m.points !== null) parts.push(`${m.points} điểm`);
  return parts.join(" · ");
}

function monthCellHtml(m: MonthCell): string {
  const title = monthTitle(m);
  return (
    `<td class="m st-${m.state}" data-month="${m.month}" data-state="${m.state}" data-thematic="${m.thematic}"${m.grade ? ` data-grade="${esc(m.grade)}"` : ""} title="${esc(title)}">` +
    `<span class="sym" aria-hidden="true">${stateMarks[m.state]}</span>` +
    (m.thematic ? `<span class="cd" aria-hidden="true">CĐ</span>` : "") +
    (m.grade ? `<span class="gr" aria-hidden="true">${esc(gradeShort[m.grade])}</span>` : "") +
    `<span class="vh">${esc(title)}</span></td>`
  );
}

function legendHtml(): string {
  const items = (["clean", "warnings", "errors", "missing"] as const).map(
    (s) => `<li><span class="swatch st-${s}" aria-hidden="true">${stateMarks[s]}</span> ${esc(stateLabels[s])}</li>`,
  );
  items.push(`<li><span class="swatch" aria-hidden="true" style="color:#0b4f7a;font-weight:bold">CĐ</span> có sinh hoạt chuyên đề</li>`);
  items.push(`<li><span class="swatch" aria-hidden="true">T</span> xếp loại: T tốt, K khá, TB trung bình, Kém</li>`);
  return `<ul class="legend">${items.join("")}</ul>`;
}

function gridHtml(run: RegisterRun): string {
  const r = run.result;
  const head = r.months
    .map((m) => `<th scope="col" title="${esc(monthLabel(m))}">${m.slice(5, 7)}<span class="y">${partsOf(m).year}</span></th>`)
    .join("");
  const rows = r.cells.map((c, i) => {
    const t = c.totals;
    return (
      `<tr data-cell="${esc(c.key)}"><th scope="row"><a href="#chi-bo-${i + 1}">${esc(c.name)}</a></th>${c.months.map(monthCellHtml).join("")}` +
      `<td class="num" data-total="regular">${t.regularMonths}/${r.months.length}</td><td class="num" data-total="thematic">${t.thematicMeetings}</td>` +
      `<td class="num" data-total="errors">${t.errors + t.registerErrors}</td><td class="num" data-total="warnings">${t.warnings + t.registerWarnings}</td></tr>`
    );
  });
  const foot = (label: string, key: string, value: (i: number) => string) =>
    `<tr data-footer="${key}"><th scope="row">${esc(label)}</th>${r.monthTotals.map((_, i) => `<td>${value(i)}</td>`).join("")}<td colspan="4"></td></tr>`;
  return [
    `<div class="grid-wrap"><table class="grid" id="grid">`,
    `<caption class="vh">Tình hình sinh hoạt của từng chi bộ theo tháng</caption>`,
    `<thead><tr><th scope="col">Chi bộ</th>${head}<th scope="col">Thường kỳ</th><th scope="col">Chuyên đề</th><th scope="col">Lỗi</th><th scope="col">Cảnh báo</th></tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody>`,
    `<tfoot>`,
    foot("Chi bộ có sinh hoạt thường kỳ", "regular", (i) => `${r.monthTotals[i]!.regular}/${r.cells.length}`),
    foot("Chi bộ có sinh hoạt chuyên đề", "thematic", (i) => String(r.monthTotals[i]!.thematic)),
    foot("Chi bộ có lỗi / cảnh báo", "faults", (i) => `${r.monthTotals[i]!.errors}/${r.monthTotals[i]!.warnings}`),
    `</tfoot></table></div>`,
  ].join("\n");
}

function registerFindingHtml(f: RegisterFinding, pathOf: (id: number) => string): string {
  const when = f.month ? shortMonthLabel(f.month) : f.quarter ? quarterLabel(f.quarter) : "cả kỳ";
  const docs = f.documents.length ? ` <span class="cite">— ${esc(f.documents.map(pathOf).join(", "))}</span>` : "";
  return `<li class="sev-${f.severity}" data-element="${esc(f.elementId)}"><span class="loc">${esc(when)}</span> [${esc(severityLabels[f.severity])}] ${esc(f.message)} <span class="cite">(${esc(f.elementId)} · ${guidanceHtml(f.guidance)})</span>${docs}</li>`;
}

function countsHtml(e: RegisterEntry): string {
  const cls = e.errors ? "err" : e.warnings ? "warn" : "ok";
  return `<span class="${cls}">${e.errors} lỗi, ${e.warnings} cảnh báo, ${e.infos} lưu ý</span>`;
}

function documentHtml(e: RegisterEntry, sources: HtmlSources, duplicateOf: ReadonlyMap<number, number[]>, pathOf: (id: number) => string): string {
  const about: string[] = [e.documentType ? documentTypeLabels[e.documentType] : "Chưa rõ loại văn bản"];
  if (e.month) about.push(`${monthLabel(e.month)}${e.monthBasis ? ` (theo ${monthBasisLabels[e.monthBasis]})` : ""}`);
  if (e.meetingDate) about.push(`ngày ${isoToVietnamese(e.meetingDate)}`);
  if (e.grade) about.push(`xếp loại ${e.grade}${e.points !== null ? ` (${e.points} điểm)` : ""}`);
  else if (e.points !== null) about.push(`${e.points} điểm`);
  if (e.thematic && e.documentType === "bien-ban-thuong-ky") about.push("có phần chuyên đề");
  const twins = duplicateOf.get(e.id);
  const dup = twins ? ` <span class="dup">trùng với ${esc(twins.map(pathOf).join(", "))}</span>` : "";
  const findings = sources.findingsOf(e.id);
  const list =
    findings === undefined
      ? `<p class="note">Văn bản này không được kiểm tra (ngoài kỳ theo dõi).</p>`
      : findings.length === 0
        ? `<p class="ok">Không có nhận xét.</p>`
        : `<ol class="findings">${findings
            .map(
              (f) =>
                `<li class="sev-${f.severity}"><span class="loc">${esc(locationLabel(f.paragraph === null ? null : { paragraph: f.paragraph }))}</span> — [${esc(severityLabels[f.severity])}] ${esc(f.message)} <span class="cite">(${esc(f.elementId)} · ${guidanceHtml(f.guidance)})</span></li>`,
            )
            .join("")}</ol>`;
  return `<li class="doc" data-path="${esc(e.path)}"><details><summary><span class="path">${esc(e.path)}</span> — ${esc(about.join(" · "))} — ${countsHtml(e)}${dup}</summary>${list}</details></li>`;
}

function cellHtml(run: RegisterRun, c: CellRegister, index: number, sources: HtmlSources, duplicateOf: ReadonlyMap<number, number[]>): string {
  const t = c.totals;
  const months = run.result.months.length;
  const pathOf = (id: number) => run.entries[id]?.path ?? String(id);
  const parts = [`<section class="cell" id="chi-bo-${index + 1}" data-cell="${esc(c.key)}">`, `<h3>${esc(c.name)}</h3>`];
  if (c.upperOrgs.length) parts.push(`<p class="about">Cấp ủy cấp trên: ${esc(c.upperOrgs.join("; "))}${c.upperOrgs.length > 1 ? " — các văn bản ghi khác nhau, xin kiểm tra có phải cùng một chi bộ không." : ""}</p>`);
  if (c.spellings.length > 1) parts.push(`<p class="about">Tên chi bộ được ghi: ${esc(c.spellings.join("; "))}</p>`);
  const trend = c.gradeTrend === "down" ? " · xếp loại đi xuống" : c.gradeTrend === "up" ? " · xếp loại đi lên" : c.gradeTrend === "steady" ? " · xếp loại ổn định" : "";
  parts.push(
    `<p class="totals">Sinh hoạt thường kỳ ${t.regularMonths}/${months} tháng · chuyên đề ${t.thematicMeetings} buổi · nghị quyết ${t.resolutions} · có xếp loại ${t.gradedMonths}/${t.regularMonths} tháng${trend} · ${t.documents} văn bản: ${t.errors} lỗi, ${t.warnings} cảnh báo, ${t.infos} lưu ý</p>`,
  );
  parts.push(`<figure>${gradeLineSvg(c)}<figcaption>Xếp loại chất lượng theo tháng</figcaption></figure>`);
  parts.push(`<h4>Nhận xét theo sổ theo dõi</h4>`);
  parts.push(c.findings.length ? `<ul class="reg">${c.findings.map((f) => registerFindingHtml(f, pathOf)).join("")}</ul>` : `<p class="ok">Không có nhận xét: sinh hoạt đều đặn, đủ chuyên đề, có nghị quyết và xếp loại.</p>`);
  parts.push(`<details class="docs"><summary>Văn bản của chi bộ (${c.documents.length})</summary><ul class="docs">`);
  for (const id of c.documents) parts.push(documentHtml(run.entries[id]!, sources, duplicateOf, pathOf));
  parts.push(`</ul></details></section>`);
  return parts.join("\n");
}

function reviewHtml(run: RegisterRun, sources: HtmlSources, duplicateOf: ReadonlyMap<number, number[]>): string {
  const r = run.result;
  const pathOf = (id: number) => run.entries[id]?.path ?? String(id);
  const parts = [`<section id="review"><h2>Văn bản cần xem lại</h2>`];
  parts.push(`<h3>Văn bản trùng (${r.duplicates.length} nhóm)</h3>`);
  parts.push(
    r.duplicates.length
      ? `<ul id="duplicates">${r.duplicates.map((g) => `<li>${g.map((id) => `<span class="path">${esc(pathOf(id))}</span>`).join(" = ")}</li>`).join("")}</ul>`
      : `<p class="ok">Không có.</p>`,
  );
  parts.push(`<h3>Chưa xếp được vào sổ (${r.unassigned.length})</h3>`);
  parts.push(
    r.unassigned.length
      ? `<ul class="docs" id="unassigned">${r.unassigned.map((u) => `<li data-reason="${u.reason}"><strong>${esc(u.message)}</strong><ul class="docs">${documentHtml(run.entries[u.id]!, sources, duplicateOf, pathOf)}</ul></li>`).join("")}</ul>`
      : `<p class="ok">Không có.</p>`,
  );
  parts.push(`<h3>Không đọc được (${run.unreadable.length})</h3>`);
  parts.push(
    run.unreadable.length
      ? `<ul id="unreadable">${run.unreadable.map((u) => `<li data-path="${esc(u.path)}"><span class="path">${esc(u.path)}</span>: <span class="err">${esc(u.error.message)}</span> <span class="cite">(${esc(u.error.code)})</span></li>`).join("")}</ul>`
      : `<p class="ok">Không có.</p>`,
  );
  if (r.outsidePeriod.length) {
    parts.push(`<h3>Ngoài kỳ theo dõi (${r.outsidePeriod.length}, không xét)</h3>`);
    parts.push(`<ul id="outside">${r.outsidePeriod.map((id) => `<li><span class="path">${esc(pathOf(id))}</span> — ${esc(monthLabel(run.entries[id]!.month!))}</li>`).join("")}</ul>`);
  }
  parts.push(`</section>`);
  return parts.join("\n");
}

/** The page, chunk by chunk (cells one at a time), so a large register is never one string. */
export function* registerHtmlChunks(run: RegisterRun, sources: HtmlSources): Generator<string> {
  const r = run.result;
  const s = summarizeRun(run);
  const period = `${shortMonthLabel(r.period.from)} – ${shortMonthLabel(r.period.to)}`;
  const duplicateOf = new Map<number, number[]>();
  for (const g of r.duplicates) for (const id of g) duplicateOf.set(id, g.filter((x) => x !== id));
  const partial = r.months.length - r.quarters.length * 3;
  yield `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`Sổ theo dõi sinh hoạt chi bộ ${period}`)}</title>
<style>${registerCss}</style>
</head>
<body>
<header>
<h1>Sổ theo dõi sinh hoạt chi bộ</h1>
<p class="meta">Kỳ theo dõi: ${esc(period)} · lập ngày ${esc(isoToVietnamese(run.today))} · bienban ${esc(run.tool.version)}${run.overlays.length ? ` · hồ sơ địa phương: ${esc(run.overlays.join(", "))}` : ""}</p>
<p class="total" id="summary">${esc(summaryLine(s))}</p>
${partial > 0 ? `<p class="note">Quý không trọn trong kỳ không được xét về sinh hoạt chuyên đề (REG.THEMATIC).</p>` : ""}
</header>
<main>
<section id="overview"><h2>Lưới chi bộ × tháng</h2>
${legendHtml()}
${r.cells.length ? gridHtml(run) : `<p class="note">Không có văn bản nào xếp được vào sổ trong kỳ.</p>`}
</section>
`;
  if (r.cells.length) {
    const legend = (Object.keys(bucketLabels) as (keyof typeof bucketLabels)[])
      .map((b) => `<li><span class="swatch" style="background:${gradeColors[b]}" aria-hidden="true"></span> ${esc(bucketLabels[b])}</li>`)
      .join("");
    yield `<section id="grades"><h2>Xếp loại chất lượng sinh hoạt theo tháng</h2><figure>${gradeBarsSvg(r)}<figcaption>Số chi bộ theo xếp loại của buổi sinh hoạt thường kỳ mỗi tháng.</figcaption></figure><ul class="legend">${legend}</ul></section>\n`;
    yield `<section id="cells"><h2>Từng chi bộ</h2>\n`;
    for (const [i, c] of r.cells.entries()) yield cellHtml(run, c, i, sources, duplicateOf) + "\n";
    yield `</section>\n`;
  }
  yield reviewHtml(run, sources, duplicateOf) + "\n";
  yield `</main>\n</body>\n</html>\n`;
}

export function registerHtml(run: RegisterRun, sources: HtmlSources): string {
  return [...registerHtmlChunks(run, sources)].join("");
}
