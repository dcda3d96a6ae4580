/**
 * `--csv FILE`: one row per file found (read or not) for a spreadsheet, Vietnamese headers, UTF-8
 * with a byte-order mark and CRLF (what Excel expects). Text cells that a spreadsheet would run as
 * a formula (starting with = + - @) get a leading apostrophe: the text comes from received files.
 */
import { documentTypeLabels } from "../../core/catalog/document-types";
import type { MonthBasis } from "../../core/register/meeting-month";
import type { RegisterRun } from "./register-run";

const headers = [
  "Tệp",
  "Tình trạng",
  "Chi bộ",
  "Dòng chi bộ trong văn bản",
  "Cấp ủy cấp trên",
  "Loại văn bản",
  "Tháng",
  "Căn cứ xác định tháng",
  "Ngày họp",
  "Xếp loại",
  "Điểm",
  "Có sinh hoạt chuyên đề",
  "Lỗi",
  "Cảnh báo",
  "Lưu ý",
  "Trùng với",
  "Ghi chú",
];

export const monthBasisLabels: Record<MonthBasis, string> = { subject: "trích yếu", "meeting-date": "ngày họp", "document-date": "ngày văn bản" };

type Cell = string | number | null;

function field(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (cells: readonly Cell[]) => cells.map(field).join(",");

export function registerCsv(run: RegisterRun): string {
  const r = run.result;
  const cellName = new Map<number, string>();
  for (const c of r.cells) for (const id of c.documents) cellName.set(id, c.name);
  const unassigned = new Map(r.unassigned.map((u) => [u.id, u.message]));
  const outside = new Set(r.outsidePeriod);
  const twins = new Map<number, number[]>();
  for (const g of r.duplicates) for (const id of g) twins.set(id, g.filter((x) => x !== id));

  const lines = [row(headers)];
  for (const e of run.entries) {
    const status = cellName.has(e.id) ? "trong kỳ" : unassigned.has(e.id) ? "chưa xếp được" : outside.has(e.id) ? "ngoài kỳ" : "";
    lines.push(
      row([
        e.path,
        status,
        cellName.get(e.id) ?? null,
        e.issuer?.text ?? null,
        e.upperOrg,
        e.documentType ? documentTypeLabels[e.documentType] : null,
        e.month,
        e.monthBasis ? monthBasisLabels[e.monthBasis] : null,
        e.meetingDate,
        e.grade,
        e.points,
        e.thematic ? "có" : "",
        e.errors,
        e.warnings,
        e.infos,
        (twins.get(e.id) ?? []).map((id) => run.entries[id]?.path ?? "").join("; ") || null,
        unassigned.get(e.id) ?? null,
      ]),
    );
  }
  for (const u of run.unreadable) {
    lines.push(row([u.path, "không đọc được", null, null, null, null, null, null, null, null, null, "", null, null, null, null, `${u.error.message} (${u.error.code})`]));
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
