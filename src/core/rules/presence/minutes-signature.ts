/**
 * The biên bản's two signature blocks (format.md §6): "CHỦ TRÌ" (or "CHỦ TỌA", "CHỦ TRÌ HỘI NGHỊ") and
 * "THƯ KÝ" (or "NGƯỜI GHI BIÊN BẢN"), in either column or order, each followed by a name.
 */
import { hasBlanks } from "../../locate/placeholder-marks";
import { findMinutesSignatures } from "../../locate/signature-blocks";
import { locationOf } from "../../locate/span-location";
import type { GuidanceId } from "../../guidance/catalog";
import { defineRule, type Rule } from "../types";
import { missingReport } from "./presence-rule";

export interface MinutesSignatureSpec {
  name: string;
  elementId: "BB.SIGN_CHAIR" | "BB.SIGN_SECRETARY";
  role: "chair" | "secretary";
  description: string;
  guidance: readonly GuidanceId[];
  /** The label inserted when the block is missing. */
  label: string;
  missing: string;
}

export function defineMinutesSignatureRule(spec: MinutesSignatureSpec): Rule {
  return defineRule({
    meta: {
      id: `bienban/${spec.name}`,
      elementId: spec.elementId,
      description: spec.description,
      guidance: spec.guidance,
      fixable: true,
      messages: {
        missing: spec.missing,
        noName: "Khối chữ ký \"{{label}}\" chưa ghi họ tên người ký.",
      },
    },
    check(ctx) {
      const sig = findMinutesSignatures(ctx.doc, ctx.facts.header).find((s) => s.role === spec.role);
      if (!sig) {
        return [missingReport(ctx, spec.elementId, [{ text: spec.label, bold: true, alignment: "center" }, { text: "(họ tên)", alignment: "center" }])];
      }
      // A name left as the template's blank is CHK.PLACEHOLDERS' finding.
      if (sig.name || sig.under.some((s) => hasBlanks(s.text, ctx.profile.settings.placeholderMarks))) return [];
      const location = locationOf(ctx.doc, sig.label);
      return [{ messageId: "noName", data: { label: sig.label.text }, ...(location ? { location } : {}) }];
    },
  });
}
