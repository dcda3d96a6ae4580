/**
 * The pre-signing verdict: a document is fit to sign when no error finding remains open. Warnings
 * and notes never block; an error the secretary ignored (with a reason) does not block either, but
 * stays listed so whoever signs sees the decision.
 */
import type { Finding } from "../rules/types";
import type { IgnoredFinding } from "./ignored-findings";
import { findingKey } from "./finding-key";

export interface SigningVerdict {
  fit: boolean;
  /** Error findings not ignored: what must be fixed before signing. */
  blockers: Finding[];
  /** Error findings ignored with a reason. */
  ignoredErrors: Finding[];
}

export const FIT_TO_SIGN = "Đủ điều kiện ký";

export function signingVerdict(findings: readonly Finding[], ignored: readonly IgnoredFinding[]): SigningVerdict {
  const keys = new Set(ignored.map((i) => i.key));
  const errors = findings.filter((f) => f.severity === "error");
  const blockers = errors.filter((f) => !keys.has(findingKey(f)));
  return { fit: blockers.length === 0, blockers, ignoredErrors: errors.filter((f) => keys.has(findingKey(f))) };
}
