/**
 * The terminal report: findings grouped per file in document order, one line each
 * ("đoạn 12  [lỗi]  message  (BB.SECRETARY · G-HD12, G-HD16)") with the paragraph's start under it,
 * a count line per file and a total. Pure: report in, string out.
 */
import type { Severity } from "../../core/catalog/elements";
import type { BatchReport, FileReport } from "../report";
import { countSeverities } from "../summary";
import { painter, type Painter } from "./colors";
import { countLine, detectionLabel, locationLabel, severityLabels, summaryLine, typeLabel } from "./labels";

const LOCATION_WIDTH = 10;
const SEVERITY_WIDTH = 10;
const INDENT = "  ";

function severityTag(sev: Severity, paint: Painter): string {
  const tag = `[${severityLabels[sev]}]`.padEnd(SEVERITY_WIDTH);
  return sev === "error" ? paint.red(tag) : sev === "warning" ? paint.yellow(tag) : paint.cyan(tag);
}

function formatFile(file: FileReport, paint: Painter): string[] {
  const lines = [paint.bold(file.path)];
  if (file.error) {
    lines.push(`${INDENT}${paint.red("[không đọc được]")}  ${file.error.message}  ${paint.dim(`(${file.error.code})`)}`);
    return lines;
  }
  const about = [typeLabel(file.documentType)];
  if (file.profile) about.push(`hồ sơ ${file.profile.label}`);
  const detection = detectionLabel(file);
  if (detection) about.push(detection);
  lines.push(INDENT + paint.dim(about.join(" · ")));
  if (file.related.length) lines.push(INDENT + paint.dim(`đối chiếu với: ${file.related.join(", ")}`));
  for (const note of file.profile?.notes ?? []) lines.push(INDENT + paint.dim(`ghi chú: ${note}`));
  if (file.note) lines.push(`${INDENT}${paint.yellow("[chưa kiểm tra]")}  ${file.note}`);

  for (const f of file.findings) {
    const cite = [f.elementId, f.guidance.join(", ")].filter(Boolean).join(" · ");
    lines.push(`${INDENT}${locationLabel(f.location).padEnd(LOCATION_WIDTH)}  ${severityTag(f.severity, paint)}  ${f.message}  ${paint.dim(`(${cite})`)}`);
    if (f.excerpt) lines.push(`${INDENT}${" ".repeat(LOCATION_WIDTH + 2)}${paint.dim(`“${f.excerpt}”`)}`);
  }
  if (file.documentType) {
    const c = countSeverities(file);
    const line = `⇒ ${countLine(file)}`;
    lines.push(INDENT + (c.errors ? paint.red(line) : c.warnings ? paint.yellow(line) : paint.green(line)));
  }
  return lines;
}

export function formatText(report: BatchReport, colors: boolean): string {
  const paint = painter(colors);
  const blocks = report.files.map((file) => formatFile(file, paint).join("\n"));
  const s = report.summary;
  const total = summaryLine(s);
  const painted = s.unreadable || s.withErrors ? paint.red(total) : paint.green(total);
  return [...blocks, paint.bold(painted)].join("\n\n") + "\n";
}
