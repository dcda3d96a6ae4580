/**
 * The terminal view of the register: the grid of cells × months as one line per cell, each month
 * one mark, then each cell's register findings, the files to look at again, and the totals.
 */
import type { MonthCell } from "../../core/register/types";
import { partsOf, shortMonthLabel } from "../../core/register/year-month";
import { painter, type Painter } from "../formatters/colors";
import { severityLabels } from "../formatters/labels";
import { summarizeRun, summaryLine, type RegisterRun } from "./register-run";

const COLUMN = 4;

export const stateMarks = { clean: "✓", warnings: "!", errors: "✗", missing: "—" } as const;

function mark(m: MonthCell, paint: Painter): string {
  const text = (stateMarks[m.state] + (m.thematic ? "*" : "")).padEnd(COLUMN - 1);
  switch (m.state) {
    case "clean":
      return paint.green(text);
    case "warnings":
      return paint.yellow(text);
    case "errors":
      return paint.red(text);
    default:
      return paint.dim(text);
  }
}

export function registerText(run: RegisterRun, colors: boolean): string {
  const paint = painter(colors);
  const r = run.result;
  const s = summarizeRun(run);
  const out: string[] = [paint.bold(`Sổ theo dõi sinh hoạt chi bộ ${shortMonthLabel(r.period.from)} – ${shortMonthLabel(r.period.to)}`), ""];
  const nameWidth = Math.min(40, Math.max(8, ...r.cells.map((c) => c.name.length)));
  const clip = (n: string) => (n.length > nameWidth ? `${n.slice(0, nameWidth - 1)}…` : n.padEnd(nameWidth));
  if (r.cells.length) {
    const years = r.months.map((m) => (partsOf(m).month === 1 || m === r.months[0] ? String(partsOf(m).year) : "").padEnd(COLUMN));
    out.push(`${" ".repeat(nameWidth)}  ${years.join("")}`.trimEnd());
    out.push(`${"Chi bộ".padEnd(nameWidth)}  ${r.months.map((m) => m.slice(5, 7).padEnd(COLUMN)).join("")}`);
    for (const c of r.cells) {
      const t = c.totals;
      out.push(`${clip(c.name)}  ${c.months.map((m) => mark(m, paint) + " ").join("")} ${t.regularMonths}/${r.months.length}`);
    }
    out.push("", paint.dim("✓ đạt · ! có cảnh báo · ✗ có lỗi · — thiếu sinh hoạt thường kỳ · * có sinh hoạt chuyên đề · số cuối dòng: tháng có sinh hoạt thường kỳ"));
  }
  for (const c of r.cells) {
    if (c.findings.length === 0) continue;
    out.push("", paint.bold(c.name));
    for (const f of c.findings) {
      const tag = `[${severityLabels[f.severity]}]`.padEnd(10);
      const painted = f.severity === "error" ? paint.red(tag) : f.severity === "warning" ? paint.yellow(tag) : paint.cyan(tag);
      out.push(`  ${painted}  ${f.message}  ${paint.dim(`(${f.elementId} · ${f.guidance.join(", ")})`)}`);
    }
  }
  const pathOf = (id: number) => run.entries[id]?.path ?? String(id);
  if (r.duplicates.length) {
    out.push("", paint.bold("Văn bản trùng (cùng một buổi họp, hoặc cùng nội dung):"));
    for (const g of r.duplicates) out.push(`  - ${g.map(pathOf).join("  =  ")}`);
  }
  if (r.unassigned.length) {
    out.push("", paint.bold("Chưa xếp được vào sổ:"));
    for (const u of r.unassigned) out.push(`  - ${pathOf(u.id)}: ${u.message}`);
  }
  if (run.unreadable.length) {
    out.push("", paint.bold("Không đọc được:"));
    for (const u of run.unreadable) out.push(`  - ${u.path}: ${u.error.message} ${paint.dim(`(${u.error.code})`)}`);
  }
  if (r.outsidePeriod.length) {
    out.push("", paint.dim(`Ngoài kỳ theo dõi (không xét): ${r.outsidePeriod.map(pathOf).join(", ")}`));
  }
  const total = summaryLine(s);
  out.push("", paint.bold(s.unreadable || s.registerErrors ? paint.red(total) : paint.green(total)));
  return out.join("\n") + "\n";
}
