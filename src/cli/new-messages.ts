/**
 * What `bienban new` says to a person, in Vietnamese (option names stay in English as typed):
 * problems with the answers file, refusals, and where the draft went.
 */
import { documentTypeLabels, type DocumentType } from "../core/catalog/document-types";
import type { AnswerIssue } from "../core/templates/validate-answers";
import type { JsonSyntaxProblem } from "./json-syntax-error";
import { reasonOf } from "./messages";

export function answersUnreadable(file: string, err: unknown): string {
  return `Không đọc được tệp câu trả lời "${file}": ${reasonOf(err)}`;
}

export const answersNotUtf8 = (file: string): string =>
  `Tệp câu trả lời "${file}" không phải văn bản Unicode (UTF-8). Nếu tệp được gõ bằng bảng mã cũ (TCVN3, VNI), hãy mở bằng Notepad và chọn Lưu thành… với mã hóa UTF-8.`;

export const answersEmpty = (file: string): string => `Tệp câu trả lời "${file}" trống.`;

export function answersNotJson(file: string, p: JsonSyntaxProblem): string {
  const shown = p.lineText.length > 100 ? `${p.lineText.slice(0, 99)}…` : p.lineText;
  return `Tệp câu trả lời "${file}" không phải JSON hợp lệ: ở dòng ${p.line}, cột ${p.column}, ${p.reason}\n    ${p.line} | ${shown}`;
}

export function answersNotJsonUnlocated(file: string, err: unknown): string {
  return `Tệp câu trả lời "${file}" không phải JSON hợp lệ: ${reasonOf(err)}`;
}

export const answersWrongShape = (file: string, count: number): string =>
  `Tệp câu trả lời "${file}" có ${count} chỗ không đúng mẫu (xem docs/answers-example.json):`;

export const answersRefused = (file: string, count: number): string =>
  `Chưa soạn được văn bản: câu trả lời trong "${file}" có ${count} lỗi.`;

export const issueLine = (i: AnswerIssue): string => `  - ${i.field ? `${i.field}: ` : ""}${i.message}`;

export const warningsHeading = "Lưu ý (văn bản vẫn được soạn, nhưng nên xem lại):";

export const alsoReviewHeading = "Cũng nên xem lại:";

export const nothingWritten = "Chưa ghi tệp nào.";

export const nothingWrittenFix = "Chưa ghi tệp nào. Sửa các chỗ trên rồi chạy lại lệnh.";

export const noType = (choices: readonly string[]): string => `Chưa chọn loại văn bản cần soạn. Chọn một trong: ${choices.join(", ")}.`;

export function unknownType(value: string, choices: readonly string[]): string {
  return `Không có loại văn bản "${value}". Chọn một trong: ${choices.join(", ")}.`;
}

export const noOut = 'Chưa chỉ định tệp sẽ ghi: thêm --out TÊN_TỆP.docx (ví dụ --out "bien-ban-thang-11.docx").';

export const outNotDocx = (file: string): string => `Tệp sẽ ghi "${file}" phải có đuôi .docx (ví dụ "bien-ban-thang-11.docx").`;

export const dataAndMinutes = "Chỉ dùng một trong hai: --data (câu trả lời của chính văn bản này) hoặc --from-minutes (câu trả lời của biên bản).";

export const minutesNeedsResolution = (type: DocumentType): string =>
  `--from-minutes soạn nghị quyết từ câu trả lời của biên bản, nên chỉ dùng với loại nghi-quyet (đã chọn: ${type}).`;

export const minutesRefused = (file: string, count: number): string =>
  `Chưa soạn được nghị quyết: câu trả lời của biên bản trong "${file}" có ${count} lỗi.`;

export const outExists = (file: string): string =>
  `Tệp "${file}" đã có. Không ghi đè để khỏi mất nội dung đang có: chọn tên khác, hoặc thêm --force nếu chắc chắn muốn thay tệp cũ.`;

export const outIsFolder = (file: string): string => `"${file}" là một thư mục, không phải tệp; hãy ghi tên tệp .docx.`;

export function outNotWritten(file: string, err: unknown): string {
  const code = err && typeof err === "object" && "code" in err ? String(err.code) : "";
  if (code === "ENOENT") return `Không ghi được "${file}": thư mục chứa tệp không tồn tại.`;
  // Word on Windows locks the file it has open.
  if (code === "EBUSY" || code === "EPERM" || code === "EACCES") {
    return `Không ghi được "${file}": ${reasonOf(err)} Nếu tệp đang mở trong Word, hãy đóng tệp rồi chạy lại.`;
  }
  return `Không ghi được "${file}": ${reasonOf(err)}`;
}

export const written = (type: DocumentType, file: string): string => `Đã soạn ${documentTypeLabels[type].toLowerCase()} vào "${file}".`;

export const unfilledTemplate = (blanks: number): string =>
  `Đây là mẫu trống: còn ${blanks} chỗ trống "…" cần điền. Điền xong, kiểm tra bằng lệnh bienban check.`;

export const allFilled = (file: string): string => `Không còn chỗ trống nào cần điền. Đọc lại, rồi kiểm tra trước khi ký: bienban check "${file}"`;

export function someBlanks(blanks: number, labels: readonly string[]): string {
  return `Còn ${blanks} chỗ trống "…" cần điền, ở các phần: ${labels.join(", ")}.`;
}
