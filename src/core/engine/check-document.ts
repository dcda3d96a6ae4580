/**
 * The checker's one entry point for every host: model → facts → profile → rules → findings.
 */
import type { DocumentType } from "../catalog/document-types";
import type { DocModel } from "../model/types";
import { detectDocumentType, type TypeDetection } from "../detect/detect-type";
import { extractFacts } from "../facts/extract-facts";
import type { Facts } from "../facts/types";
import { isoDate } from "../facts/iso-date";
import { resolveProfile } from "../profiles/resolve-profile";
import type { Profile, ResolvedProfile } from "../profiles/types";
import { allRules } from "../rules/index";
import { makeLocalRules } from "../rules/presence/index";
import type { Finding, RelatedDocument, Rule } from "../rules/types";
import { runRules } from "./run-rules";

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
  const detection = detectDocumentType(doc);
  const documentType = options.type ?? detection.type;
  const facts = extractFacts(doc);
  const profile = resolveProfile({
    meetingDate: isoDate(facts.meetingDate),
    documentDate: isoDate(facts.documentDate),
    contentId: options.contentProfile,
    formatId: options.formatProfile,
    overlays: options.overlays,
    today: options.today,
  });
  if (!documentType) return { documentType: null, detection, profile, facts, findings: [] };
  const rules = options.rules ?? [...allRules, ...makeLocalRules(profile.extraElements)];
  const findings = runRules(rules, {
    doc,
    facts,
    type: documentType,
    profile,
    related: options.related ?? [],
    today: options.today,
  });
  return { documentType, detection, profile, facts, findings };
}
