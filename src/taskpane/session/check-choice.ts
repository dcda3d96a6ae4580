/**
 * What the user chose for checking the open document, remembered in the document: the document type
 * when it cannot be detected (an empty page) or was detected wrongly, and the content / format
 * profiles when the automatic choice by date is not the one their committee applies.
 */
import { isDocumentType, type DocumentType } from "../../core/catalog/document-types";

export const CHECK_CHOICE_SETTING = "bienban.checkChoice";

export interface CheckChoice {
  type?: DocumentType;
  contentProfile?: string;
  formatProfile?: string;
}

/** A stored choice, keeping only well-formed values (settings come from the document: untrusted). */
export function parseCheckChoice(value: unknown): CheckChoice {
  if (typeof value !== "object" || value === null) return {};
  const v = value as Record<string, unknown>;
  const out: CheckChoice = {};
  if (typeof v.type === "string" && isDocumentType(v.type)) out.type = v.type;
  if (typeof v.contentProfile === "string" && v.contentProfile) out.contentProfile = v.contentProfile;
  if (typeof v.formatProfile === "string" && v.formatProfile) out.formatProfile = v.formatProfile;
  return out;
}
