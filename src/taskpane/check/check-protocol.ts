/**
 * What the task pane and its check worker (check.worker.ts) say to each other. Messages are
 * structured-cloned, so only plain data crosses: the DocModel (plain by design) and the options
 * the pane uses (no overlays or rule lists, which hold functions). The result comes back without
 * its ResolvedProfile (it has methods); the pane rebuilds it from the facts with the same options,
 * as checkDocument resolves it.
 */
import type { DocumentType } from "../../core/catalog/document-types";
import type { CheckResult } from "../../core/engine/check-document";
import { profileForFacts, type CheckStep } from "../../core/engine/check-steps";
import type { DocModel } from "../../core/model/types";

/** The options the pane checks with: all plain data. */
export interface PaneCheckOptions {
  today: string;
  type?: DocumentType;
  contentProfile?: string;
  formatProfile?: string;
}

export type PlainCheckResult = Omit<CheckResult, "profile">;

export interface CheckRequest {
  id: number;
  doc: DocModel;
  options: PaneCheckOptions;
}

export type CheckReply =
  | { id: number; kind: "step"; step: CheckStep }
  | { id: number; kind: "done"; result: PlainCheckResult }
  | { id: number; kind: "error"; message: string };

export function toPlainResult(result: CheckResult): PlainCheckResult {
  return { documentType: result.documentType, detection: result.detection, facts: result.facts, findings: result.findings };
}

export function fromPlainResult(plain: PlainCheckResult, options: PaneCheckOptions): CheckResult {
  return { ...plain, profile: profileForFacts(plain.facts, options) };
}
