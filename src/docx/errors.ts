/**
 * Errors of the .docx reader and writer. Every failure on bad input surfaces as a DocxError with a
 * stable `code` (for programs and tests) and a Vietnamese `message` (shown to the user as is).
 */

export type DocxErrorCode =
  /** Not a zip archive at all (PDF, RTF, text, random bytes…). */
  | "NOT_ZIP"
  /** A zip whose end (central directory) is missing or cut short: an incomplete download or copy. */
  | "TRUNCATED"
  /** A zip whose structure or compressed data is damaged. */
  | "CORRUPT_ZIP"
  /** A zip without a Word main document part (word/document.xml). */
  | "NO_DOCUMENT"
  /** A part that is not well-formed XML, or that carries a DTD (forbidden in OOXML packages). */
  | "MALFORMED_XML"
  /** Password-protected (an OLE compound file holding EncryptionInfo) or an encrypted zip entry. */
  | "ENCRYPTED"
  /** Input or uncompressed content above the configured limits. */
  | "TOO_LARGE"
  /** Content that inflates far beyond what its compressed size or its declared size allows. */
  | "ZIP_BOMB"
  /** A format we recognise but do not read: old binary .doc, .odt, .xlsx, .pptx, Word 2003 XML… */
  | "UNSUPPORTED"
  /** Anything unexpected: the input is damaged in a way no other code describes. */
  | "CORRUPT";

export class DocxError extends Error {
  readonly code: DocxErrorCode;
  /** The zip part concerned, when one is. */
  readonly part?: string;

  constructor(code: DocxErrorCode, message: string, options?: { part?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    if (options?.part !== undefined) this.part = options.part;
  }
}

/** The input is not a Word document we read: another format, or a zip without a document. */
export class DocxFormatError extends DocxError {}

/** The file is damaged: cut short, a broken zip, malformed XML. */
export class DocxCorruptError extends DocxError {}

/** The file is password-protected or encrypted. */
export class DocxEncryptedError extends DocxError {}

/** The file exceeds a size limit or looks like a zip bomb. */
export class DocxLimitError extends DocxError {}

const CLASS_OF: Record<DocxErrorCode, typeof DocxError> = {
  NOT_ZIP: DocxFormatError,
  NO_DOCUMENT: DocxFormatError,
  UNSUPPORTED: DocxFormatError,
  TRUNCATED: DocxCorruptError,
  CORRUPT_ZIP: DocxCorruptError,
  MALFORMED_XML: DocxCorruptError,
  CORRUPT: DocxCorruptError,
  ENCRYPTED: DocxEncryptedError,
  TOO_LARGE: DocxLimitError,
  ZIP_BOMB: DocxLimitError,
};

/** Creates the error of the right class for a code. */
export function docxError(code: DocxErrorCode, message: string, options?: { part?: string; cause?: unknown }): DocxError {
  return new CLASS_OF[code](code, message, options);
}

/** True for a DocxError, optionally of one code. */
export function isDocxError(value: unknown, code?: DocxErrorCode): value is DocxError {
  return value instanceof DocxError && (code === undefined || value.code === code);
}
