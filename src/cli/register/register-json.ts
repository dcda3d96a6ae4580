/**
 * `--format json`: the register as JSON for other tools, documents named by path. The shape of the
 * issue is kept (fields may be added, never removed): period; cells with documents and findings;
 * duplicates; unassigned; unreadable.
 */
import { summarizeRun, type RegisterRun } from "./register-run";

export function registerJsonObject(run: RegisterRun): unknown {
  const r = run.result;
  const pathOf = (id: number) => run.entries[id]?.path ?? String(id);
  return {
    tool: run.tool,
    today: run.today,
    period: r.period,
    months: r.months,
    quarters: r.quarters,
    cells: r.cells.map((c) => ({
      name: c.name,
      key: c.key,
      spellings: c.spellings,
      upperOrgs: c.upperOrgs,
      totals: c.totals,
      gradeTrend: c.gradeTrend,
      months: c.months.map((m) => ({ ...m, documents: m.documents.map(pathOf) })),
      documents: c.documents.map((id) => {
        const e = run.entries[id]!;
        return {
          path: e.path,
          documentType: e.documentType,
          month: e.month,
          grade: e.grade,
          errors: e.errors,
          warnings: e.warnings,
          infos: e.infos,
          points: e.points,
          monthBasis: e.monthBasis,
          meetingDate: e.meetingDate,
          thematic: e.thematic,
          conclusion: e.conclusion,
          issuer: e.issuer?.text ?? null,
          upperOrg: e.upperOrg,
        };
      }),
      findings: c.findings.map((f) => ({
        elementId: f.elementId,
        severity: f.severity,
        month: f.month,
        quarter: f.quarter,
        message: f.message,
        messageId: f.messageId,
        guidance: f.guidance,
        documents: f.documents.map(pathOf),
      })),
    })),
    monthTotals: r.monthTotals,
    duplicates: r.duplicates.map((g) => g.map(pathOf)),
    unassigned: r.unassigned.map((u) => pathOf(u.id)),
    unassignedDetails: r.unassigned.map((u) => {
      const e = run.entries[u.id]!;
      return { path: e.path, reason: u.reason, message: u.message, documentType: e.documentType, month: e.month, issuer: e.issuer?.text ?? null };
    }),
    unreadable: run.unreadable.map((u) => ({ path: u.path, error: u.error })),
    outsidePeriod: r.outsidePeriod.map(pathOf),
    summary: summarizeRun(run),
  };
}

export function registerJson(run: RegisterRun): string {
  return JSON.stringify(registerJsonObject(run), null, 2) + "\n";
}
