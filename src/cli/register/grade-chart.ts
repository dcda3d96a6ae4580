/**
 * The grade charts of the register page, inline SVG (no script, no external resource): the grades
 * of every cell per month as stacked bars, and one cell's grades over the period as a line. Only
 * fixed labels and months are drawn; titles carry the counts for a screen reader and a tooltip.
 */
import { meetingGrades, type MeetingGrade } from "../../core/register/meeting-grade";
import type { CellRegister, RegisterResult } from "../../core/register/types";
import { monthLabel, shortMonthLabel } from "../../core/register/year-month";
import { escapeHtml as esc } from "../../core/report/escape-html";

export const gradeColors: Record<MeetingGrade | "ungraded" | "missing", string> = {
  Tốt: "#2e7d32",
  Khá: "#8bc34a",
  "Trung bình": "#ffb300",
  Kém: "#d32f2f",
  ungraded: "#b0bec5",
  missing: "#eeeeee",
};

export const gradeShort: Record<MeetingGrade, string> = { Tốt: "T", Khá: "K", "Trung bình": "TB", Kém: "Kém" };

const BAR = 22;
const GAP = 8;
const PLOT = 120;
const LEFT = 28;
const BOTTOM = 30;

type Bucket = MeetingGrade | "ungraded" | "missing";
const buckets: readonly Bucket[] = [...meetingGrades, "ungraded", "missing"];
export const bucketLabels: Record<Bucket, string> = { Tốt: "Tốt", Khá: "Khá", "Trung bình": "Trung bình", Kém: "Kém", ungraded: "không ghi xếp loại", missing: "thiếu sinh hoạt thường kỳ" };

/** Stacked bars: per month, how many cells had each grade, no grade, or no regular meeting. */
export function gradeBarsSvg(result: RegisterResult): string {
  const cells = result.cells.length;
  if (cells === 0 || result.months.length === 0) return "";
  const unit = PLOT / cells;
  const width = LEFT + result.months.length * (BAR + GAP) + GAP;
  const height = PLOT + BOTTOM + 6;
  const parts: string[] = [];
  result.months.forEach((month, i) => {
    const counts = new Map<Bucket, number>(buckets.map((b) => [b, 0]));
    for (const c of result.cells) {
      const m = c.months[i]!;
      const b: Bucket = !m.regular ? "missing" : m.grade ?? "ungraded";
      counts.set(b, (counts.get(b) ?? 0) + 1);
    }
    const x = LEFT + GAP + i * (BAR + GAP);
    let y = PLOT + 4;
    for (const b of buckets) {
      const n = counts.get(b) ?? 0;
      if (n === 0) continue;
      const h = n * unit;
      y -= h;
      parts.push(
        `<rect x="${x}" y="${y.toFixed(1)}" width="${BAR}" height="${h.toFixed(1)}" fill="${gradeColors[b]}" stroke="#777" stroke-width="0.5" data-month="${month}" data-bucket="${esc(b)}"><title>${esc(`${monthLabel(month)}: ${n} chi bộ ${bucketLabels[b]}`)}</title></rect>`,
      );
    }
    parts.push(`<text x="${x + BAR / 2}" y="${PLOT + 18}" font-size="10" text-anchor="middle">${month.slice(5, 7)}</text>`);
    if (i === 0 || month.endsWith("-01")) parts.push(`<text x="${x + BAR / 2}" y="${PLOT + 29}" font-size="9" text-anchor="middle" fill="#666">${month.slice(0, 4)}</text>`);
  });
  parts.push(`<line x1="${LEFT}" y1="${PLOT + 4}" x2="${width}" y2="${PLOT + 4}" stroke="#444"/>`);
  parts.push(`<text x="2" y="10" font-size="9" fill="#666">${cells}</text><text x="2" y="${PLOT + 4}" font-size="9" fill="#666">0</text>`);
  const label = `Xếp loại chất lượng sinh hoạt của ${cells} chi bộ theo tháng, ${shortMonthLabel(result.period.from)} – ${shortMonthLabel(result.period.to)}`;
  return `<svg class="bars" role="img" aria-label="${esc(label)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`;
}

const STEP = 22;
const levelY: Record<MeetingGrade, number> = { Tốt: 8, Khá: 22, "Trung bình": 36, Kém: 50 };

/** One cell's grades over the period: a line through the graded months, broken where none is. */
export function gradeLineSvg(cell: CellRegister): string {
  const width = 40 + cell.months.length * STEP;
  const height = 66;
  const parts: string[] = meetingGrades.map(
    (g) => `<text x="0" y="${levelY[g] + 3}" font-size="8" fill="#666">${gradeShort[g]}</text><line x1="28" y1="${levelY[g]}" x2="${width}" y2="${levelY[g]}" stroke="#e3e3e3"/>`,
  );
  const dots: string[] = [];
  let segment: string[] = [];
  const flush = () => {
    if (segment.length > 1) parts.push(`<polyline points="${segment.join(" ")}" fill="none" stroke="#37474f" stroke-width="1.5"/>`);
    segment = [];
  };
  cell.months.forEach((m, i) => {
    const x = 36 + i * STEP;
    parts.push(`<text x="${x}" y="${height - 2}" font-size="8" text-anchor="middle" fill="#666">${m.month.slice(5, 7)}</text>`);
    if (!m.grade) {
      flush();
      return;
    }
    const y = levelY[m.grade];
    segment.push(`${x},${y}`);
    dots.push(`<circle cx="${x}" cy="${y}" r="3.2" fill="${gradeColors[m.grade]}" data-month="${m.month}" data-grade="${esc(m.grade)}"><title>${esc(`${monthLabel(m.month)}: ${m.grade}${m.points !== null ? ` (${m.points} điểm)` : ""}`)}</title></circle>`);
  });
  flush();
  parts.push(...dots);
  const graded = cell.months.filter((m) => m.grade).length;
  const label = `Xếp loại theo tháng: ${graded} tháng có xếp loại`;
  return `<svg class="spark" role="img" aria-label="${esc(label)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`;
}
