/**
 * The registry: every rule, sorted by id; the single list the engine, the UI, the CLI and the docs
 * use. Each folder's index lists its own rules.
 */
import { computedRules } from "./computed/index";
import { encodingRules } from "./encoding/index";
import { formatRules } from "./format/index";
import { headerRules } from "./header/index";
import { meetingRules } from "./meeting/index";
import { presenceRules } from "./presence/index";
import type { Rule } from "./types";

export const allRules: readonly Rule[] = [
  ...headerRules,
  ...meetingRules,
  ...presenceRules,
  ...computedRules,
  ...encodingRules,
  ...formatRules,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));

export function ruleForElement(elementId: string): Rule | undefined {
  return allRules.find((r) => r.meta.elementId === elementId);
}
