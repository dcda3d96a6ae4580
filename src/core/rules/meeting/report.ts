/**
 * Report helpers shared by the meeting rules: a fact's location, and the "missing" report whose fix
 * inserts a labelled empty line where the element belongs in the meeting's order (after the nearest
 * preceding element found, else at the start of the body). Inserting an empty labelled line never
 * rewrites what was said, so it is a safe fix.
 */
import type { Span } from "../../facts/types";
import { insertionPoint } from "../../locate/insertion-point";
import { locationOf } from "../../locate/span-location";
import type { Report, RuleContext } from "../types";

export function at(ctx: RuleContext, span: Span | undefined): Pick<Report, "location"> {
  const location = span ? locationOf(ctx.doc, span) : undefined;
  return location ? { location } : {};
}

export function missingWithLine(ctx: RuleContext, elementId: string, line: string, messageId = "missing"): Report {
  const point = insertionPoint(ctx.doc, ctx.facts, ctx.type, elementId, { signerTitles: ctx.profile.settings.signerTitles });
  return {
    messageId,
    ...at(ctx, point.after >= 0 ? { paragraph: point.after, start: 0, end: 0 } : undefined),
    fix: { kind: "insert-paragraphs", after: point.after, ref: point.ref, paragraphs: [{ text: line, tag: elementId }] },
  };
}

/** True when a value holds at least one word (not just "……" or "(họ tên)"-free punctuation). */
export const hasWords = (s: string | undefined): boolean => s !== undefined && /\p{L}{2}/u.test(s);
