/** Helpers for the presence rule tests: pick a rule by element id, write expected outputs. */
import type { DocModel } from "../../../../src/core/model/types";
import { presenceRules } from "../../../../src/core/rules/presence/index";
import type { Rule } from "../../../../src/core/rules/types";

export function ruleFor(elementId: string): Rule {
  const rule = presenceRules.find((r) => r.meta.elementId === elementId);
  if (!rule) throw new Error(`no presence rule for ${elementId}`);
  return rule;
}

/** Paragraph texts after inserting `lines` after paragraph `after`. */
export function inserted(doc: DocModel, after: number, ...lines: string[]): string[] {
  const t = doc.paragraphs.map((p) => p.text);
  return [...t.slice(0, after + 1), ...lines, ...t.slice(after + 1)];
}

/** Index of the first paragraph whose text starts with `prefix`. */
export function indexOf(doc: DocModel, prefix: string): number {
  const i = doc.paragraphs.findIndex((p) => p.text.startsWith(prefix));
  if (i < 0) throw new Error(`no paragraph starts with "${prefix}"`);
  return i;
}
