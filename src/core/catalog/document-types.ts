/** The four document types of shared/spec/elements.md. */
export const documentTypes = ["bien-ban-thuong-ky", "bien-ban-chuyen-de", "nghi-quyet", "bien-ban-chi-uy"] as const;

export type DocumentType = (typeof documentTypes)[number];

export const documentTypeLabels: Record<DocumentType, string> = {
  "bien-ban-thuong-ky": "Biên bản sinh hoạt chi bộ thường kỳ",
  "bien-ban-chuyen-de": "Biên bản sinh hoạt chi bộ chuyên đề",
  "nghi-quyet": "Nghị quyết chi bộ",
  "bien-ban-chi-uy": "Biên bản họp chi ủy",
};

export function isDocumentType(value: string): value is DocumentType {
  return (documentTypes as readonly string[]).includes(value);
}

export function isMinutes(type: DocumentType): boolean {
  return type !== "nghi-quyet";
}
