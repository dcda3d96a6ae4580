/** Counts over a batch, and the exit code they imply. */
import type { FileReport, Summary } from "./report";

export function countSeverities(file: FileReport): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of file.findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export function summarize(files: readonly FileReport[]): Summary {
  const s: Summary = { files: files.length, checked: 0, unreadable: 0, undetected: 0, withErrors: 0, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    if (file.error) s.unreadable++;
    else if (!file.documentType) s.undetected++;
    else s.checked++;
    const c = countSeverities(file);
    if (c.errors > 0) s.withErrors++;
    s.errors += c.errors;
    s.warnings += c.warnings;
    s.infos += c.infos;
  }
  return s;
}

/** 2 when some file could not be read (or checked), else 1 when some file has errors, else 0. */
export function exitCodeOf(summary: Summary): 0 | 1 | 2 {
  if (summary.unreadable > 0) return 2;
  if (summary.withErrors > 0) return 1;
  return 0;
}
