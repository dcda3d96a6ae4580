/**
 * The checker's one entry point for every host: model → facts → profile → rules → findings, at
 * once (check-steps.ts is the same check one step at a time).
 */
import type { DocumentType } from "../catalog/document-types";
import type { DocModel } from "../model/types";
import type { Facts } from "../facts/types";
import type { Profile, ResolvedProfile } from "../profiles/types";
import type { TypeDetection } from "../detect/detect-type";
import type { Finding, RelatedDocument, Rule } from "../rules/types";
import { checkDocumentSteps, finishSteps } from "./check-steps";

export interface CheckOptions {
  /** Force the document type instead of detecting it. */
  type?: DocumentType;
  contentProfile?: string;
  formatProfile?: string;
  overlays?: readonly Profile[];
  /** Today's ISO date (the core has no clock): future-date checks and the default profile. */
  today: string;
  /** Other documents of the same meeting, for CHK.CROSS_DOC. */
  related?: readonly RelatedDocument[];
  /** Rules to run (default: all, plus the LOC.* elements of the overlays). */
  rules?: readonly Rule[];
}

export interface CheckResult {
  /** The type used (forced or detected); null when it could not be detected and none was forced. */
  documentType: DocumentType | null;
  detection: TypeDetection;
  profile: ResolvedProfile;
  facts: Facts;
  findings: Finding[];
}

export function checkDocument(doc: DocModel, options: CheckOptions): CheckResult {
  return finishSteps(checkDocumentSteps(doc, options));
}
