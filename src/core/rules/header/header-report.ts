/** A header report at a fact's span (the paragraph alone when the span cannot be trusted on raw text). */
import type { Span } from "../../facts/types";
import { locationOf } from "../../locate/span-location";
import type { Report, RuleContext } from "../types";

export function at(ctx: RuleContext, span: Span | number | undefined): Pick<Report, "location"> {
  if (span === undefined) return {};
  const location = locationOf(ctx.doc, span);
  return location ? { location } : {};
}
