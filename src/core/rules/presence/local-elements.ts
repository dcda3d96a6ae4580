/**
 * Local required elements (LOC.*) from a Văn phòng's overlay (guidance.md "Local overlays"): each is a
 * presence rule over its own phrases, inserted before the closing of the meeting when missing.
 */
import type { LocalElement } from "../../profiles/types";
import { fold } from "../../text/normalize";
import { defineRule, type Rule } from "../types";
import { missingReport } from "./presence-rule";

const ruleName = (id: string) => `local-${id.replace(/^LOC\./, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;

export function makeLocalRule(el: LocalElement): Rule {
  const phrases = el.phrases.map((ph) => fold(ph).replace(/\s+/g, " ").trim()).filter(Boolean);
  return defineRule({
    meta: {
      id: `bienban/${ruleName(el.id)}`,
      elementId: el.id,
      description: `Nội dung bắt buộc theo quy định địa phương: ${el.label}.`,
      guidance: el.guidance,
      fixable: true,
      messages: { missing: "Văn bản chưa có nội dung bắt buộc theo quy định địa phương: {{label}}." },
    },
    check(ctx) {
      if (!el.types.includes(ctx.type)) return [];
      const body = ctx.doc.paragraphs.slice(ctx.facts.header.bodyStart);
      const tagged = body.some((p) => p.controlTags.includes(el.id) && p.text.trim() !== "");
      const said = body.some((p) => {
        const f = fold(p.text).replace(/\s+/g, " ");
        return phrases.some((ph) => f.includes(ph));
      });
      if (tagged || said) return [];
      return [{ ...missingReport(ctx, el.id, [{ text: `${el.label}: …` }]), data: { label: el.label } }];
    },
  });
}

/** One presence rule per local element of the overlays in use (the engine adds them to the rule list). */
export function makeLocalRules(extraElements: readonly LocalElement[]): Rule[] {
  return extraElements.map(makeLocalRule);
}
