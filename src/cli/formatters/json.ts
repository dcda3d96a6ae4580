/** The machine-readable report: the batch as plain JSON (fields may be added, never removed). */
import type { BatchReport } from "../report";

export function formatJson(report: BatchReport): string {
  return JSON.stringify(report, null, 2) + "\n";
}
