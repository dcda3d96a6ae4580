/**
 * Reads every fact once per model (memoised: the task pane re-checks the same snapshot, the
 * step-by-step view and the scorecard reuse it).
 */
import type { DocModel } from "../model/types";
import { extractHeaderFacts } from "./header";
import { extractMeetingFacts } from "./meeting";
import type { Facts } from "./types";

const cache = new WeakMap<DocModel, Facts>();

export function extractFacts(doc: DocModel): Facts {
  const cached = cache.get(doc);
  if (cached) return cached;
  const header = extractHeaderFacts(doc);
  const facts: Facts = { header, ...extractMeetingFacts(doc, header) };
  cache.set(doc, facts);
  return facts;
}
