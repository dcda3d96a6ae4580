/**
 * The register of a period from the documents' summaries: assigns each document to a cell and a
 * month (or says why it cannot), finds duplicates, runs the REG.* checks per cell and lays out the
 * grid of cells × months with totals. Pure and proportional to the summaries: no document text.
 */
import type { Severity } from "../catalog/elements";
import { fold, lower } from "../text/normalize";
import { cellNameKey, resolveCellKeys } from "./cell-identity";
import { findDuplicates } from "./duplicates";
import { gradeTrend, monthGrade, type GradePoint } from "./grade-trend";
import { isRegular, isResolution, type CellView } from "./register-check";
import { runRegisterChecks, type RegisterSettings } from "./run-register-checks";
import type {
  CellRegister,
  CellTotals,
  MonthCell,
  MonthState,
  MonthTotals,
  RegisterEntry,
  RegisterFinding,
  RegisterResult,
  UnassignedDocument,
} from "./types";
import { isYearMonth, monthIndex, monthsBetween, wholeQuarters, type YearMonth } from "./year-month";

export interface RegisterOptions extends RegisterSettings {
  from?: YearMonth;
  to?: YearMonth;
  /** ISO date: the period is this month when neither the options nor the documents give one. */
  today: string;
}

export const unassignedMessages: Record<UnassignedDocument["reason"], string> = {
  type: 'Không nhận ra loại văn bản (không thấy tiêu đề "BIÊN BẢN" hay "NGHỊ QUYẾT"), nên không xếp vào sổ theo dõi.',
  cell: 'Không xác định được chi bộ ban hành (không thấy dòng "CHI BỘ …" ở đầu văn bản).',
  "ambiguous-cell": "Tên chi bộ viết không dấu, khớp với nhiều chi bộ khác nhau: không đoán, xin kiểm tra lại.",
  month: "Không xác định được tháng sinh hoạt (không thấy ngày họp, ngày văn bản hay tháng trong trích yếu).",
};

function periodOf(assigned: readonly RegisterEntry[], options: RegisterOptions): { from: YearMonth; to: YearMonth } {
  const months = assigned.map((e) => e.month!).sort();
  const todayMonth = options.today.slice(0, 7);
  const dataFrom = months[0] ?? (isYearMonth(todayMonth) ? todayMonth : "1970-01");
  const dataTo = months[months.length - 1] ?? dataFrom;
  const from = options.from ?? (options.to && options.to < dataFrom ? options.to : dataFrom);
  const to = options.to ?? (dataTo < from ? from : dataTo);
  return { from, to };
}

/** The spelling most documents use, preferring one with marks and the cell's own line ("CHI BỘ …"). */
function spellingsOf(entries: readonly RegisterEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const e of entries) if (e.issuer) counts.set(e.issuer.text, (counts.get(e.issuer.text) ?? 0) + 1);
  const score = (s: string) => (fold(s) !== lower(s) ? 2 : 0) + (/^chi\s+b/i.test(s) ? 1 : 0);
  return [...counts.entries()].sort((a, b) => score(b[0]) - score(a[0]) || b[1] - a[1]).map(([s]) => s);
}

function stateOf(entries: readonly RegisterEntry[], findings: readonly RegisterFinding[]): MonthState {
  if (!entries.some(isRegular)) return "missing";
  if (entries.some((e) => e.errors > 0) || findings.some((f) => f.severity === "error")) return "errors";
  if (entries.some((e) => e.warnings > 0) || findings.some((f) => f.severity === "warning")) return "warnings";
  return "clean";
}

const severityCount = (findings: readonly RegisterFinding[], s: Severity) => findings.filter((f) => f.severity === s).length;

function compareEntries(a: RegisterEntry, b: RegisterEntry): number {
  return (a.month ?? "").localeCompare(b.month ?? "") || (a.meetingDate ?? "").localeCompare(b.meetingDate ?? "") || a.path.localeCompare(b.path);
}

function buildCell(key: string, entries: RegisterEntry[], months: readonly YearMonth[], quarters: readonly string[], settings: RegisterSettings): CellRegister {
  entries.sort(compareEntries);
  const byMonth = new Map<YearMonth, RegisterEntry[]>();
  for (const e of entries) {
    const list = byMonth.get(e.month!) ?? [];
    list.push(e);
    byMonth.set(e.month!, list);
  }
  const view: CellView = { months, quarters, byMonth };
  const findings = runRegisterChecks(view, settings);
  const grades: GradePoint[] = [];
  const cells: MonthCell[] = months.map((month) => {
    const list = byMonth.get(month) ?? [];
    // A month's grade is its regular meeting's (a thematic one's only alongside it): REG.GRADE's view.
    const g = list.some(isRegular) ? monthGrade(list) : null;
    if (g?.grade) grades.push({ month, grade: g.grade });
    return {
      month,
      state: stateOf(list, findings.filter((f) => f.month === month && f.elementId !== "REG.MONTHLY")),
      regular: list.some(isRegular),
      thematic: list.some((e) => e.thematic),
      resolution: list.some(isResolution),
      grade: g?.grade ?? null,
      points: g?.points ?? null,
      documents: list.map((e) => e.id),
    };
  });
  const spellings = spellingsOf(entries);
  const upperOrgs = new Map<string, number>();
  for (const e of entries) if (e.upperOrg) upperOrgs.set(e.upperOrg, (upperOrgs.get(e.upperOrg) ?? 0) + 1);
  const totals: CellTotals = {
    documents: entries.length,
    regularMonths: cells.filter((c) => c.regular).length,
    missingMonths: cells.filter((c) => !c.regular).length,
    thematicMeetings: entries.filter((e) => e.thematic).length,
    resolutions: entries.filter(isResolution).length,
    gradedMonths: cells.filter((c) => c.regular && (c.grade !== null || c.points !== null)).length,
    errors: entries.reduce((n, e) => n + e.errors, 0),
    warnings: entries.reduce((n, e) => n + e.warnings, 0),
    infos: entries.reduce((n, e) => n + e.infos, 0),
    registerErrors: severityCount(findings, "error"),
    registerWarnings: severityCount(findings, "warning"),
    registerInfos: severityCount(findings, "info"),
  };
  return {
    key,
    name: spellings[0] ?? key,
    spellings,
    upperOrgs: [...upperOrgs.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s),
    documents: entries.map((e) => e.id),
    months: cells,
    findings,
    totals,
    gradeTrend: gradeTrend(grades),
  };
}

export function buildRegister(entries: readonly RegisterEntry[], options: RegisterOptions): RegisterResult {
  const unassigned: UnassignedDocument[] = [];
  const unassign = (e: RegisterEntry, reason: UnassignedDocument["reason"]) => unassigned.push({ id: e.id, reason, message: unassignedMessages[reason] });

  const keys = resolveCellKeys(entries.flatMap((e) => (e.issuer ? [e.issuer.name] : [])));
  const cellOf = new Map<number, string>();
  const assigned: RegisterEntry[] = [];
  for (const e of entries) {
    if (!e.documentType) unassign(e, "type");
    else if (!e.issuer || cellNameKey(e.issuer.name) === "") unassign(e, "cell");
    else if (!keys.get(e.issuer.name)) unassign(e, "ambiguous-cell");
    else if (!e.month) unassign(e, "month");
    else {
      cellOf.set(e.id, keys.get(e.issuer.name)!);
      assigned.push(e);
    }
  }

  const period = periodOf(assigned, options);
  const months = monthsBetween(period.from, period.to);
  const quarters = wholeQuarters(months);
  const inPeriod = (m: YearMonth) => monthIndex(m) >= monthIndex(period.from) && monthIndex(m) <= monthIndex(period.to);
  const outsidePeriod: number[] = [];
  const groups = new Map<string, RegisterEntry[]>();
  for (const e of assigned) {
    if (!inPeriod(e.month!)) {
      outsidePeriod.push(e.id);
      continue;
    }
    const key = cellOf.get(e.id)!;
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }

  const cells = [...groups.entries()]
    .map(([key, list]) => buildCell(key, list, months, quarters, options))
    .sort((a, b) => a.name.localeCompare(b.name, "vi") || a.key.localeCompare(b.key));

  const monthTotals: MonthTotals[] = months.map((month, i) => {
    const column = cells.map((c) => c.months[i]!);
    const count = (s: MonthState) => column.filter((m) => m.state === s).length;
    return { month, regular: column.filter((m) => m.regular).length, missing: count("missing"), thematic: column.filter((m) => m.thematic).length, errors: count("errors"), warnings: count("warnings"), clean: count("clean") };
  });

  const duplicates = findDuplicates(entries, (e) => {
    const cell = cellOf.get(e.id);
    return cell !== undefined && e.meetingDate !== null && e.documentType !== null ? `${cell}|${e.documentType}|${e.meetingDate}` : null;
  });

  return { period, months, quarters, cells, monthTotals, duplicates, unassigned, outsidePeriod };
}
