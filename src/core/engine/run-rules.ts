/**
 * Runs the enabled rules that apply to the document type and turns their reports into findings:
 * severity from the profile, message interpolated, guidance resolved, meta enforced, sorted in
 * document order. A rule that breaks its own meta (unknown messageId, undeclared fix) throws: a bug.
 */
import { elementById, isElementId } from "../catalog/elements";
import { findBlanks } from "../locate/placeholder-marks";
import { memoByPair } from "../model/memo";
import type { DocModel } from "../model/types";
import type { ResolvedProfile } from "../profiles/types";
import type { Finding, Report, Rule, RuleContext } from "../rules/types";
import { interpolate } from "./interpolate";

export function appliesTo(rule: Rule, ctx: RuleContext): boolean {
  const el = elementById(rule.meta.elementId);
  if (el) return el.types.includes(ctx.type);
  const local = ctx.profile.extraElements.find((e) => e.id === rule.meta.elementId);
  return local ? local.types.includes(ctx.type) : true;
}

function toFinding(rule: Rule, report: Report, ctx: RuleContext): Finding {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) {
    throw new Error(`${rule.meta.id}: unknown messageId "${report.messageId}"`);
  }
  if (report.fix && !rule.meta.fixable) {
    throw new Error(`${rule.meta.id}: returned a fix but meta.fixable is false`);
  }
  return {
    ruleId: rule.meta.id,
    elementId: rule.meta.elementId,
    messageId: report.messageId,
    severity: report.severity ?? ctx.profile.severity(rule.meta.elementId, ctx.type),
    message: interpolate(template, report.data),
    guidance: [...rule.meta.guidance],
    location: report.location ?? null,
    fix: report.fix ?? null,
  };
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

export function compareFindings(a: Finding, b: Finding): number {
  const pa = a.location?.paragraph ?? Number.MAX_SAFE_INTEGER;
  const pb = b.location?.paragraph ?? Number.MAX_SAFE_INTEGER;
  if (pa !== pb) return pa - pb;
  const sa = a.location?.start ?? 0;
  const sb = b.location?.start ?? 0;
  if (sa !== sb) return sa - sb;
  if (a.severity !== b.severity) return severityOrder[a.severity] - severityOrder[b.severity];
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

/**
 * Sections of a template still holding their blanks: content controls tagged with an element id
 * whose text has a placeholder mark (or that show their placeholder). CHK.PLACEHOLDERS reports
 * them (an error, so nothing unfilled can be signed); other rules would only repeat it as
 * "missing" or compute with blanks, so their findings there are left out.
 */
export function unfilledSections(ctx: RuleContext): { elements: Set<string>; paragraphs: Set<number> } {
  return unfilledByMarks(ctx.doc, ctx.profile.settings.placeholderMarks);
}

/**
 * Per model and marks, so a host running the rules a few at a time (runRules per rule, as the bench
 * and the pane's slices may) finds the blanks once; the sets are only read.
 */
const unfilledByMarks = memoByPair((doc: DocModel, marks: ResolvedProfile["settings"]["placeholderMarks"]) => {
  const elements = new Set<string>();
  const paragraphs = new Set<number>();
  for (const c of doc.controls) {
    if (c.first < 0 || !isElementId(c.tag)) continue;
    let blank = c.showingPlaceholder;
    for (let i = c.first; !blank && i <= c.last; i++) blank = findBlanks(doc.paragraphs[i]?.text ?? "", marks).length > 0;
    if (!blank) continue;
    elements.add(c.tag);
    for (let i = c.first; i <= c.last; i++) paragraphs.add(i);
  }
  return { elements, paragraphs };
});

const PLACEHOLDERS = "CHK.PLACEHOLDERS";

/** How far runRulesSteps is: `done` of `total` rules run (the enabled rules that apply to the type). */
export interface RulesStep {
  done: number;
  total: number;
}

/**
 * runRules one rule at a time, for hosts that must not block on a long document (the pane's worker
 * or main-thread slices): yields after each rule; returns the same findings in the same order.
 */
export function* runRulesSteps(candidates: readonly Rule[], ctx: RuleContext): Generator<RulesStep, Finding[], void> {
  const rules = candidates.filter((rule) => ctx.profile.enabled(rule.meta.elementId) && appliesTo(rule, ctx));
  const findings: Finding[] = [];
  const unfilled = ctx.doc.controls.length > 0 ? unfilledSections(ctx) : null;
  yield { done: 0, total: rules.length };
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const quiet = unfilled !== null && rule.meta.elementId !== PLACEHOLDERS;
    for (const report of rule.check(ctx)) {
      if (quiet && (unfilled.elements.has(rule.meta.elementId) || (report.location && unfilled.paragraphs.has(report.location.paragraph)))) continue;
      findings.push(toFinding(rule, report, ctx));
    }
    yield { done: i + 1, total: rules.length };
  }
  return findings.sort(compareFindings);
}

/** Runs a generator to its end and returns its value: the stepwise functions at once. */
export function finish<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export function runRules(rules: readonly Rule[], ctx: RuleContext): Finding[] {
  return finish(runRulesSteps(rules, ctx));
}
