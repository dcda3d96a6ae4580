/**
 * A finding's identity across re-checks. Paragraph indices move as the secretary types, so the key
 * is the rule and its resolved message (which names the values concerned: a name, a count, a date):
 * an ignored finding stays ignored after unrelated edits, and comes back if its wording changes.
 */
import type { Finding } from "../rules/types";

export function findingKey(f: Pick<Finding, "ruleId" | "message">): string {
  return `${f.ruleId}|${f.message}`;
}
