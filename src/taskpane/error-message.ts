/**
 * What to tell the user when a port call or a file action fails. The ports reject with Vietnamese
 * messages; anything else (a bug, a host error in English) gets a plain sentence and the detail.
 */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

export function errorMessage(error: unknown, what: string): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  if (text && VIETNAMESE.test(text)) return text;
  return `${what} không thành công${text ? ` (${text})` : ""}. Hãy thử lại; nếu vẫn lỗi, hãy đóng và mở lại phần bổ trợ.`;
}

/** The port refused a fix because the text changed since the check (StaleFixError, from any host). */
export function isStaleFix(error: unknown): boolean {
  return error instanceof Error && error.name === "StaleFixError";
}
