/** The .docx reader and writer: browser-safe, bytes in and bytes out. */

export { readDocx } from "./read-docx";
export { writeDocx } from "./write-docx";
export { addCommentsToDocx, type AddCommentsOptions, type CommentToAdd } from "./add-comments";
export {
  DocxError,
  DocxCorruptError,
  DocxEncryptedError,
  DocxFormatError,
  DocxLimitError,
  isDocxError,
  type DocxErrorCode,
} from "./errors";
export { DEFAULT_LIMITS, type DocxLimits, type ReadDocxOptions } from "./read-options";
export type * from "./docx-spec";
export { XmlTokenizer, XML_EOF, XML_OPEN, XML_CLOSE, XML_TEXT, type XmlTokenKind } from "./xml-tokenizer";
export { decodeXmlBytes } from "./decode-xml-bytes";
