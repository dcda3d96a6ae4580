/**
 * Everything a register formatter receives: the register of the period, the documents' summaries
 * (by id) and the files that could not be read. Plain data; the HTML page also reads each
 * document's findings back from the spool, one document at a time.
 */
import type { RegisterEntry, RegisterResult } from "../../core/register/types";
import type { FileError } from "../report";

export interface RegisterRun {
  tool: { name: "bienban"; version: string };
  /** The date the checks took as today. */
  today: string;
  /** Profiles in use for the register's own checks ("hd42 + qd399-hd36 + overlay"). */
  overlays: string[];
  result: RegisterResult;
  /** entries[id] is the document of that id. */
  entries: readonly RegisterEntry[];
  unreadable: readonly { path: string; error: FileError }[];
}

export interface RegisterSummary {
  /** Files found under the paths. */
  files: number;
  cells: number;
  /** Documents placed in a cell and a month of the period. */
  documents: number;
  unreadable: number;
  unassigned: number;
  outsidePeriod: number;
  duplicateGroups: number;
  /** Cell-months without a regular meeting. */
  missingMonths: number;
  registerErrors: number;
  registerWarnings: number;
  registerInfos: number;
  /** Findings in the period's documents. */
  errors: number;
  warnings: number;
  infos: number;
}

export function summarizeRun(run: RegisterRun): RegisterSummary {
  const cells = run.result.cells;
  const sum = (f: (c: (typeof cells)[number]) => number) => cells.reduce((n, c) => n + f(c), 0);
  return {
    files: run.entries.length + run.unreadable.length,
    cells: cells.length,
    documents: sum((c) => c.totals.documents),
    unreadable: run.unreadable.length,
    unassigned: run.result.unassigned.length,
    outsidePeriod: run.result.outsidePeriod.length,
    duplicateGroups: run.result.duplicates.length,
    missingMonths: sum((c) => c.totals.missingMonths),
    registerErrors: sum((c) => c.totals.registerErrors),
    registerWarnings: sum((c) => c.totals.registerWarnings),
    registerInfos: sum((c) => c.totals.registerInfos),
    errors: sum((c) => c.totals.errors),
    warnings: sum((c) => c.totals.warnings),
    infos: sum((c) => c.totals.infos),
  };
}

/** 2 when a file could not be read, else 1 when the register or a document has errors, else 0 (as `check`). */
export function registerExitCode(s: RegisterSummary): 0 | 1 | 2 {
  if (s.unreadable > 0) return 2;
  if (s.registerErrors > 0 || s.errors > 0) return 1;
  return 0;
}

/** "5 chi bộ, 118 văn bản · 3 tháng thiếu sinh hoạt thường kỳ · …" (text, HTML and stderr). */
export function summaryLine(s: RegisterSummary): string {
  const parts = [`${s.cells} chi bộ, ${s.documents} văn bản trong kỳ`, `${s.missingMonths} tháng thiếu sinh hoạt thường kỳ`];
  parts.push(`sổ theo dõi: ${s.registerErrors} lỗi, ${s.registerWarnings} cảnh báo, ${s.registerInfos} lưu ý`);
  parts.push(`văn bản: ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} lưu ý`);
  const extra: string[] = [];
  if (s.duplicateGroups) extra.push(`${s.duplicateGroups} nhóm trùng`);
  if (s.unassigned) extra.push(`${s.unassigned} chưa xếp được`);
  if (s.outsidePeriod) extra.push(`${s.outsidePeriod} ngoài kỳ`);
  if (s.unreadable) extra.push(`${s.unreadable} không đọc được`);
  if (extra.length) parts.push(extra.join(", "));
  return parts.join(" · ");
}
