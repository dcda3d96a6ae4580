/**
 * Recognises what a non-zip input is, so the user learns why it cannot be read: a password-protected
 * document, an old binary .doc, a PDF, an RTF or a Word XML flat file.
 */

import { DocxError, docxError } from "./errors";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWithBytes(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** Finds an OLE directory entry name, stored as UTF-16LE, anywhere in the file (linear scan). */
function containsUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const span = name.length * 2;
  for (let i = 0; i + span <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    let k = 1;
    while (k < name.length && bytes[i + 2 * k] === name.charCodeAt(k) && bytes[i + 2 * k + 1] === 0) k++;
    if (k === name.length) return true;
  }
  return false;
}

function asciiPrefix(bytes: Uint8Array, n: number): string {
  let s = "";
  const end = Math.min(n, bytes.length);
  for (let i = 0; i < end; i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return startsWithBytes(bytes, OLE_MAGIC);
}

/** Error describing a file that is not a zip archive; called only once the zip parse failed. */
export function describeNonZip(bytes: Uint8Array): DocxError {
  if (isOleCompoundFile(bytes)) {
    if (containsUtf16Name(bytes, "EncryptionInfo") || containsUtf16Name(bytes, "EncryptedPackage")) {
      return docxError(
        "ENCRYPTED",
        "Tệp được bảo vệ bằng mật khẩu. Hãy mở tệp trong Word, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu) rồi lưu lại dưới dạng .docx.",
      );
    }
    if (containsUtf16Name(bytes, "WordDocument")) {
      return docxError(
        "UNSUPPORTED",
        "Đây là tệp Word 97–2003 (.doc) dạng nhị phân cũ. Hãy mở trong Word và lưu lại dưới dạng .docx.",
      );
    }
    return docxError(
      "ENCRYPTED",
      "Tệp được bảo vệ bằng mật khẩu hoặc là tệp Office nhị phân cũ (.doc). Hãy gỡ mật khẩu hoặc lưu lại dưới dạng .docx.",
    );
  }
  const head = asciiPrefix(bytes, 4096).replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart();
  if (head.startsWith("%PDF")) {
    return docxError("NOT_ZIP", "Đây là tệp PDF, không phải tài liệu Word (.docx).");
  }
  if (head.startsWith("{\\rtf")) {
    return docxError("UNSUPPORTED", "Đây là tệp RTF. Hãy mở trong Word và lưu lại dưới dạng .docx.");
  }
  if (head.startsWith("<") && /w:wordDocument|pkg:package/.test(head)) {
    return docxError("UNSUPPORTED", "Đây là tệp Word dạng XML một tệp (.xml). Hãy mở trong Word và lưu lại dưới dạng .docx.");
  }
  return docxError("NOT_ZIP", "Tệp không phải là tài liệu Word (.docx): không đọc được cấu trúc tệp nén.");
}
