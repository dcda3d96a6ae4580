/** Words the formatters share: severity names, locations, the per-file count line. */
import type { Severity } from "../../core/catalog/elements";
import { documentTypeLabels, type DocumentType } from "../../core/catalog/document-types";
import type { FileReport, Summary } from "../report";
import { countSeverities } from "../summary";

export const severityLabels: Record<Severity, string> = { error: "lỗi", warning: "cảnh báo", info: "lưu ý" };

/** Group headings (HTML), most serious first. */
export const severityHeadings: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" };

export const severities: readonly Severity[] = ["error", "warning", "info"];

/** "đoạn 12" (1-based, as a person counts), or the whole document when the finding has no place. */
export function locationLabel(location: { paragraph: number } | null): string {
  return location ? `đoạn ${location.paragraph + 1}` : "cả văn bản";
}

export function typeLabel(type: DocumentType | null): string {
  return type ? documentTypeLabels[type] : "Chưa rõ loại văn bản";
}

export function detectionLabel(file: FileReport): string | null {
  switch (file.detection?.basis) {
    case "forced":
      return "loại văn bản do --type chỉ định";
    case "content":
      return "loại văn bản đoán theo nội dung (không thấy tiêu đề)";
    default:
      return null;
  }
}

export function countLine(file: FileReport): string {
  const c = countSeverities(file);
  return `${c.errors} lỗi, ${c.warnings} cảnh báo, ${c.infos} lưu ý`;
}

export function summaryLine(s: Summary): string {
  if (s.files === 0) return "Không có tệp nào để kiểm tra.";
  // Only checked files have findings, so the files with errors are among the checked ones.
  const parts = [`${s.checked - s.withErrors} đạt`, `${s.withErrors} có lỗi`];
  if (s.undetected) parts.push(`${s.undetected} chưa rõ loại`);
  if (s.unreadable) parts.push(`${s.unreadable} không đọc được`);
  return `Tổng cộng ${s.files} tệp: ${parts.join(", ")} · ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} lưu ý`;
}
