/**
 * The TYPE argument of `bienban new`: a document type id, or its short name (thuong-ky, chuyen-de,
 * nghi-quyet, chi-uy). Typed with or without tone marks and with spaces for hyphens ("thường kỳ").
 */
import { documentTypes, isDocumentType, type DocumentType } from "../core/catalog/document-types";
import { fold } from "../core/text/normalize";

export const shortTypeNames: Readonly<Record<string, DocumentType>> = {
  "thuong-ky": "bien-ban-thuong-ky",
  "chuyen-de": "bien-ban-chuyen-de",
  "nghi-quyet": "nghi-quyet",
  "chi-uy": "bien-ban-chi-uy",
};

/** Every accepted spelling, for the usage message. */
export const typeChoices: readonly string[] = [...Object.keys(shortTypeNames), ...documentTypes.filter((t) => t !== "nghi-quyet")];

export function parseDraftType(value: string): DocumentType | undefined {
  const key = fold(value.normalize("NFC")).trim().replace(/[\s_]+/g, "-");
  if (isDocumentType(key)) return key;
  return Object.prototype.hasOwnProperty.call(shortTypeNames, key) ? shortTypeNames[key] : undefined;
}
