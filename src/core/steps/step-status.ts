/**
 * The live status of each step, read from the document: "done" when the section is there and the
 * checker has nothing against it, "missing" when the checker reports it missing, "needs-attention"
 * when it is there but a finding (its own, or one located in its paragraphs: a placeholder, a wrong
 * count, a look-alike letter) is open. Sections that are neither found nor required (no guests, no
 * reserved opinion, no thematic part) are left out. Computed from one checkDocument result: no
 * extra pass over the document beyond the (cached) element locator.
 */
import type { CheckResult } from "../engine/check-document";
import { locateElements } from "../locate/locate-elements";
import { locationOf } from "../locate/span-location";
import type { DocModel } from "../model/types";
import type { Finding, Fix, Location } from "../rules/types";
import { stepGuides, type StepGuide } from "./step-guides";

export type StepState = "done" | "missing" | "needs-attention";

export const stepStateLabels: Record<StepState, string> = {
  done: "Đã có",
  missing: "Còn thiếu",
  "needs-attention": "Cần xem lại",
};

export interface StepStatus {
  step: StepGuide;
  state: StepState;
  /** Where the section is (its first paragraph), or where the checker points; null when nowhere. */
  location: Location | null;
  /** When missing: the checker's fix that inserts the labelled line in its place, if it offers one. */
  fix: Fix | null;
  /** Why it is missing or needs attention: the checker's messages. */
  messages: string[];
}

export interface StepStatusOptions {
  /** Findings the secretary chose to ignore (Kiểm tra, "Bỏ qua") do not count against a step. */
  isIgnored?: (finding: Finding) => boolean;
}

const isMissingReport = (f: Finding) => f.messageId === "missing" || f.fix?.kind === "insert-paragraphs";

export function stepStatuses(doc: DocModel, result: CheckResult, options: StepStatusOptions = {}): StepStatus[] {
  const type = result.documentType;
  if (!type) return [];
  const ignored = options.isIgnored ?? (() => false);
  const open = result.findings.filter((f) => !ignored(f));
  const located = locateElements(doc, result.facts, type, { signerTitles: result.profile.settings.signerTitles });
  // Findings that matter for a step: errors and warnings; info notes never hold a step back.
  const serious = open.filter((f) => f.severity !== "info");
  const out: StepStatus[] = [];
  for (const step of stepGuides(type)) {
    const id = step.elementId;
    if (!result.profile.enabled(id)) continue;
    const own = open.filter((f) => f.elementId === id);
    const spans = located.get(id) ?? [];
    const missing = own.find(isMissingReport);
    if (missing) {
      out.push({ step, state: "missing", location: missing.location, fix: missing.fix?.kind === "insert-paragraphs" ? missing.fix : null, messages: own.filter(isMissingReport).map((f) => f.message) });
      continue;
    }
    if (spans.length === 0 && own.length === 0) continue;
    const paragraphs = new Set(spans.map((s) => s.paragraph));
    // Another element's "missing" report points at its insertion anchor, which may be this section.
    const against = serious.filter((f) => f.elementId === id || (!isMissingReport(f) && f.location !== null && paragraphs.has(f.location.paragraph)));
    const first = spans[0];
    const location = (first ? locationOf(doc, first) : undefined) ?? own[0]?.location ?? null;
    out.push({ step, state: against.length ? "needs-attention" : "done", location, fix: null, messages: [...new Set(against.map((f) => f.message))] });
  }
  return out;
}

/** Counts per state, for the summary line above the steps. */
export function countStates(statuses: readonly StepStatus[]): Record<StepState, number> {
  const counts: Record<StepState, number> = { done: 0, missing: 0, "needs-attention": 0 };
  for (const s of statuses) counts[s.state] += 1;
  return counts;
}
