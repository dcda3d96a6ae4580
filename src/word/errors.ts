/**
 * Errors of the Word adapter. Every failure a port reports to the UI is either core's StaleFixError
 * (the text changed since the check) or a WordApiError: a stable `code` for programs and tests, and
 * a Vietnamese `message` the pane shows as is. Office.js errors (English, with codes such as
 * "GeneralException") are wrapped, never shown raw.
 */

export type WordApiErrorCode =
  /** The pane is not running inside Word (the "none" port). */
  | "NOT_IN_WORD"
  /** The host lacks the requirement set a feature needs (e.g. comments below WordApi 1.4). */
  | "NOT_SUPPORTED"
  /** The place to act on could not be found exactly (a paragraph or a range of text). */
  | "NOT_FOUND"
  /** The document is not empty where an action needs it to be, or another precondition failed. */
  | "PRECONDITION"
  /** Office.js reported an error (the original is kept as `cause`). */
  | "HOST_ERROR";

export class WordApiError extends Error {
  readonly code: WordApiErrorCode;
  constructor(code: WordApiErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "WordApiError";
    this.code = code;
  }
}

export function isWordApiError(value: unknown, code?: WordApiErrorCode): value is WordApiError {
  return value instanceof WordApiError && (code === undefined || value.code === code);
}

export const notInWord = (): WordApiError =>
  new WordApiError("NOT_IN_WORD", "Phần bổ trợ không chạy trong Word: không có văn bản nào để thao tác. Hãy mở phần bổ trợ từ Word.");

export const commentsNotSupported = (): WordApiError =>
  new WordApiError(
    "NOT_SUPPORTED",
    "Phiên bản Word này chưa hỗ trợ thêm nhận xét bằng phần bổ trợ (cần WordApi 1.4: Word cho Microsoft 365, Word 2021 trở lên hoặc Word trên web). Hãy xuất báo cáo kiểm tra và gửi kèm văn bản.",
  );

/** Office.js error codes whose meaning the user can act on, in words a secretary understands. */
const HOST_HINTS: Record<string, string> = {
  AccessDenied: "Word không cho phép sửa văn bản này (văn bản đang ở chế độ chỉ đọc hoặc bị bảo vệ).",
  NotAllowed: "Word không cho phép thao tác này ở đây (có thể văn bản đang chỉ đọc, hoặc Word trên web chưa hỗ trợ).",
  InvalidArgument: "Word từ chối yêu cầu (nội dung không hợp lệ với Word).",
  ItemNotFound: "Không còn tìm thấy vị trí cần thao tác trong văn bản; hãy kiểm tra lại.",
  InvalidRequest: "Word chưa sẵn sàng thực hiện thao tác này; hãy thử lại.",
  ApiNotFound: "Phiên bản Word này chưa hỗ trợ thao tác này; hãy cập nhật Office.",
  RequestPayloadSizeLimitExceeded: "Văn bản quá lớn để Word trên web nhận trong một lần.",
  EditModeRequired: "Hãy bật chế độ chỉnh sửa (Edit) của văn bản rồi thử lại.",
};

function hostCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Turns anything a Word.run rejected with into a WordApiError saying what failed (`action`, a
 * Vietnamese noun phrase) and, where known, why. Our own errors pass through unchanged.
 * `editSent`: the failure came from the sync that carried the edits. Office.js does not promise
 * that a failing batch applied nothing, so the message then asks the user to look, instead of
 * claiming the document is untouched.
 */
export function toWordApiError(error: unknown, action: string, editSent = false): Error {
  if (error instanceof WordApiError) return error;
  if (error instanceof Error && error.name === "StaleFixError") return error;
  const code = hostCode(error);
  const hint = (code && HOST_HINTS[code]) ?? "Word báo lỗi khi thực hiện.";
  const detail = code ? ` (mã lỗi Word: ${code})` : "";
  const state = editSent
    ? "Hãy xem lại văn bản: nếu thấy thay đổi dở dang, bấm Hoàn tác (Ctrl+Z)."
    : "Văn bản chưa bị thay đổi.";
  return new WordApiError("HOST_ERROR", `${action} không thành công: ${hint} ${state}${detail}`, { cause: error });
}
