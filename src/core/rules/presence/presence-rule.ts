/**
 * The one generic presence rule: an element is present when the locator finds it (a filled content
 * control tagged with its id, one of its phrasings, or the facts). When missing, the fix inserts its
 * labelled empty line where the element belongs in the meeting's order.
 */
import { insertionPoint } from "../../locate/insertion-point";
import { locateElements } from "../../locate/locate-elements";
import { locationOf } from "../../locate/span-location";
import type { Span } from "../../facts/types";
import { defineRule, type NewParagraph, type Report, type Rule, type RuleContext } from "../types";
import type { PresenceSpec } from "./presence-spec";

/** Every content control of the element still shows its placeholder: the element is not written yet. */
function onlyPlaceholders(ctx: RuleContext, elementId: string): boolean {
  if (ctx.doc.controls.length === 0) return false;
  const controls = ctx.doc.controls.filter((c) => c.tag === elementId);
  return controls.length > 0 && controls.every((c) => c.showingPlaceholder);
}

function locate(ctx: RuleContext, elementId: string): Span[] {
  const map = locateElements(ctx.doc, ctx.facts, ctx.type, { signerTitles: ctx.profile.settings.signerTitles });
  return map.get(elementId) ?? [];
}

/** The "missing" report with its insert fix (a labelled empty line, tagged with the element id). */
export function missingReport(ctx: RuleContext, elementId: string, lines: readonly Omit<NewParagraph, "tag">[]): Report {
  const point = insertionPoint(ctx.doc, ctx.facts, ctx.type, elementId, { signerTitles: ctx.profile.settings.signerTitles });
  const location = point.after >= 0 ? locationOf(ctx.doc, point.after) : undefined;
  return {
    messageId: "missing",
    ...(location ? { location } : {}),
    fix: { kind: "insert-paragraphs", after: point.after, ref: point.ref, paragraphs: lines.map((l) => ({ ...l, tag: elementId })) },
  };
}

export function definePresenceRule(spec: PresenceSpec): Rule {
  return defineRule({
    meta: {
      id: `bienban/${spec.name}`,
      elementId: spec.elementId,
      description: spec.description,
      guidance: spec.guidance,
      fixable: true,
      messages: { missing: spec.missing, ...(spec.incomplete?.messages ?? {}) },
    },
    check(ctx) {
      if (spec.when && !spec.when(ctx)) return [];
      if (onlyPlaceholders(ctx, spec.elementId)) {
        const c = ctx.doc.controls.find((x) => x.tag === spec.elementId && x.first >= 0);
        const location = c ? locationOf(ctx.doc, c.first) : undefined;
        return [{ messageId: "missing", ...(location ? { location } : {}) }];
      }
      const found = locate(ctx, spec.elementId);
      if (found.length === 0) return [missingReport(ctx, spec.elementId, [{ text: spec.label }])];
      return spec.incomplete ? spec.incomplete.check(ctx, found) : [];
    },
  });
}
