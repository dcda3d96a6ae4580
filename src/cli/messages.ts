/**
 * Every sentence the tool says to a person about its own use (usage errors, file errors, status),
 * in Vietnamese; option names stay in English as typed. Reports on documents come from the rules.
 */
import type { ArgsError } from "./args";

export const helpHint = 'Xem "bienban --help" để biết cách dùng.';

export const commandHelpHint = (command: string): string => `Xem "bienban ${command} --help" để biết cách dùng.`;

export function unknownCommand(name: string): string {
  return `Không có lệnh "${name}".`;
}

export function unknownHelpTopic(name: string): string {
  return `Không có lệnh "${name}" để xem hướng dẫn. Các lệnh có: check, new, register, annotate, score, help.`;
}

export function argsErrorMessage(e: ArgsError): string {
  switch (e.kind) {
    case "unknown-option":
      return `Không có tuỳ chọn "${e.option}".`;
    case "missing-value":
      return `Tuỳ chọn "${e.option}" cần một giá trị.`;
    case "unexpected-value":
      return `Tuỳ chọn "${e.option}" không nhận giá trị.`;
    case "repeated-option":
      return `Tuỳ chọn "${e.option}" chỉ được dùng một lần.`;
  }
}

export function invalidChoice(option: string, value: string, choices: readonly string[]): string {
  return `Giá trị "${value}" không hợp lệ cho --${option}. Chọn một trong: ${choices.join(", ")}.`;
}

export function invalidDate(option: string, value: string): string {
  return `Giá trị "${value}" của --${option} không phải là ngày hợp lệ dạng YYYY-MM-DD.`;
}

export function unexpectedArguments(command: string, extra: readonly string[]): string {
  return `Lệnh "${command}" không nhận thêm: ${extra.map((x) => `"${x}"`).join(", ")}.`;
}

export const noPaths = "Chưa chỉ định tệp .docx hoặc thư mục cần kiểm tra.";

export function overlayUnreadable(file: string, reason: string): string {
  return `Không đọc được tệp hồ sơ "${file}": ${reason}`;
}

export function overlayNotJson(file: string, reason: string): string {
  return `Tệp hồ sơ "${file}" không phải JSON hợp lệ: ${reason}`;
}

export function overlayInvalid(file: string, errors: readonly string[]): string {
  return [`Tệp hồ sơ "${file}" có ${errors.length} lỗi:`, ...errors.map((e) => `  - ${e}`)].join("\n");
}

export function profileRejected(reason: string): string {
  return `Không chọn được hồ sơ quy định: ${reason}`;
}

export function reportNotWritten(file: string, reason: string): string {
  return `Không ghi được báo cáo vào "${file}": ${reason}`;
}

export const reportWritten = (file: string): string => `Đã ghi báo cáo vào "${file}".`;

export const pathNotFound = "Không tìm thấy tệp hoặc thư mục này.";

export function readFailed(reason: string): string {
  return `Không đọc được tệp: ${reason}`;
}

export function folderUnreadable(reason: string): string {
  return `Không đọc được thư mục: ${reason}`;
}

export function checkFailed(reason: string): string {
  return `Lỗi nội bộ khi kiểm tra văn bản (xin báo cho nhóm phát triển): ${reason}`;
}

export const typeUndetected =
  'Không nhận ra loại văn bản (không thấy tiêu đề "BIÊN BẢN" hay "NGHỊ QUYẾT"), nên chưa kiểm tra. Hãy chỉ định loại bằng --type.';

export const emptyFolder = (folder: string): string => `Thư mục "${folder}" không có tệp .docx nào.`;

export function internalError(reason: string): string {
  return `Lỗi không mong đợi: ${reason}`;
}

/** The Node error's own text, without the stack, for messages above. */
export function reasonOf(err: unknown): string {
  if (err && typeof err === "object" && "code" in err && typeof err.code === "string") {
    const known: Record<string, string> = {
      ENOENT: "không tìm thấy.",
      EACCES: "không có quyền đọc.",
      EPERM: "không có quyền.",
      EISDIR: "đây là thư mục, không phải tệp.",
      ENOTDIR: "đường dẫn không phải thư mục.",
      EMFILE: "mở quá nhiều tệp cùng lúc.",
    };
    const text = known[err.code];
    if (text) return text;
  }
  return err instanceof Error ? err.message : String(err);
}
