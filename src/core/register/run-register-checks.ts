/**
 * Runs the register checks over one cell and turns their reports into findings: severity (an
 * overlay's override, else the report's, else the catalog's), message interpolated, guidance from
 * the check's meta; ordered by period position, then by element. An unknown messageId is a bug.
 */
import { defaultSeverity, elementById, type Severity } from "../catalog/elements";
import { interpolate } from "../engine/interpolate";
import { regAbsenceStreak } from "./reg-absence-streak";
import { regGrade } from "./reg-grade";
import { regMonthly } from "./reg-monthly";
import { regResolution } from "./reg-resolution";
import { regThematic } from "./reg-thematic";
import type { CellView, RegisterCheck } from "./register-check";
import type { RegisterFinding } from "./types";
import { monthIndex, monthsOfQuarter } from "./year-month";

export const registerChecks: readonly RegisterCheck[] = [regMonthly, regThematic, regResolution, regGrade, regAbsenceStreak];

export interface RegisterSettings {
  /** An overlay's severity for an element id, if it sets one. */
  severity?: (elementId: string) => Severity | undefined;
  /** False for element ids an overlay turned off. */
  enabled?: (elementId: string) => boolean;
}

const order = new Map(registerChecks.map((c, i) => [c.meta.elementId, i]));

/** Where a finding sits in the period: its month, else its quarter's first month, else the end. */
function position(f: RegisterFinding): number {
  if (f.month) return monthIndex(f.month);
  if (f.quarter) return monthIndex(monthsOfQuarter(f.quarter)[0]!);
  return Number.MAX_SAFE_INTEGER;
}

export function runRegisterChecks(cell: CellView, settings: RegisterSettings = {}, checks: readonly RegisterCheck[] = registerChecks): RegisterFinding[] {
  const findings: RegisterFinding[] = [];
  for (const check of checks) {
    const id = check.meta.elementId;
    if (settings.enabled && !settings.enabled(id)) continue;
    const el = elementById(id);
    for (const r of check.check(cell)) {
      const template = check.meta.messages[r.messageId];
      if (template === undefined) throw new Error(`${check.meta.id}: unknown messageId "${r.messageId}"`);
      findings.push({
        elementId: id,
        messageId: r.messageId,
        severity: settings.severity?.(id) ?? r.severity ?? (el ? defaultSeverity(el, null) : "warning"),
        month: r.month ?? null,
        quarter: r.quarter ?? null,
        message: interpolate(template, r.data),
        guidance: [...check.meta.guidance],
        documents: r.documents ?? [],
      });
    }
  }
  return findings.sort((a, b) => position(a) - position(b) || (order.get(a.elementId) ?? 0) - (order.get(b.elementId) ?? 0));
}
