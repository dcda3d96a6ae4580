/**
 * checkDocument in steps, for hosts that must not block while a long document is checked (the task
 * pane runs it in a worker, or on its main thread yielding between steps). A generator: it yields
 * after each phase and after each rule, saying how far it is; the caller decides when to pause
 * (the core has no clock or timers). checkDocument is this generator run to its end, so both give
 * the same result (test/core/engine/check-steps.test.ts holds them to it).
 */
import { detectDocumentType } from "../detect/detect-type";
import { extractFacts } from "../facts/extract-facts";
import type { Facts } from "../facts/types";
import { isoDate } from "../facts/iso-date";
import type { DocModel } from "../model/types";
import { resolveProfile } from "../profiles/resolve-profile";
import type { ResolvedProfile } from "../profiles/types";
import { allRules } from "../rules/index";
import { makeLocalRules } from "../rules/presence/index";
import type { Rule, RuleContext } from "../rules/types";
import type { CheckOptions, CheckResult } from "./check-document";
import { finish, runRulesSteps } from "./run-rules";

/**
 * Where a stepwise check is: "detect" (type and facts read from the text, done), then "rules" with
 * `done` of `total` rules run (the enabled rules that apply to the type; total 0 when the type is
 * unknown and no rule runs). The last step of a check is always rules with done === total.
 */
export type CheckStep = { phase: "detect" } | { phase: "rules"; done: number; total: number };

/** The profile checkDocument resolves for these facts and options (also to rebuild it from plain data). */
export function profileForFacts(facts: Facts, options: CheckOptions): ResolvedProfile {
  return resolveProfile({
    meetingDate: isoDate(facts.meetingDate),
    documentDate: isoDate(facts.documentDate),
    contentId: options.contentProfile,
    formatId: options.formatProfile,
    overlays: options.overlays,
    today: options.today,
  });
}

/** The checker itself (checkDocument runs it to its end at once): model → facts → profile → rules. */
export function* checkDocumentSteps(doc: DocModel, options: CheckOptions): Generator<CheckStep, CheckResult, void> {
  const detection = detectDocumentType(doc);
  const documentType = options.type ?? detection.type;
  const facts = extractFacts(doc);
  const profile = profileForFacts(facts, options);
  yield { phase: "detect" };
  if (!documentType) {
    yield { phase: "rules", done: 0, total: 0 };
    return { documentType: null, detection, profile, facts, findings: [] };
  }
  const ctx: RuleContext = { doc, facts, type: documentType, profile, related: options.related ?? [], today: options.today };
  const rules: readonly Rule[] = options.rules ?? [...allRules, ...makeLocalRules(profile.extraElements)];
  const steps = runRulesSteps(rules, ctx);
  for (;;) {
    const next = steps.next();
    if (next.done) return { documentType, detection, profile, facts, findings: next.value };
    yield { phase: "rules", ...next.value };
  }
}

/** Runs a stepwise check to its end at once (what checkDocument does). */
export function finishSteps(steps: Generator<CheckStep, CheckResult, void>): CheckResult {
  return finish(steps);
}
