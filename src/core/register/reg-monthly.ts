/** REG.MONTHLY: a regular meeting every month of the period (Điều lệ Đảng Điều 24 k.2). */
import { documentTypeLabels } from "../catalog/document-types";
import { entriesOf, isRegular, type RegisterCheck } from "./register-check";
import { monthLabel } from "./year-month";

export const regMonthly: RegisterCheck = {
  meta: {
    id: "bienban/register-monthly",
    elementId: "REG.MONTHLY",
    description: "Mỗi tháng trong kỳ có một buổi sinh hoạt chi bộ thường kỳ (có biên bản).",
    guidance: ["G-DL24"],
    messages: {
      missing: "Không có biên bản sinh hoạt chi bộ thường kỳ {{month}}: chi bộ phải sinh hoạt thường kỳ mỗi tháng một lần.",
      missingWithOthers:
        "Không có biên bản sinh hoạt chi bộ thường kỳ {{month}} (chỉ nhận được: {{received}}): chi bộ phải sinh hoạt thường kỳ mỗi tháng một lần.",
    },
  },
  check(cell) {
    return cell.months.flatMap((month) => {
      const entries = entriesOf(cell, month);
      if (entries.some(isRegular)) return [];
      const received = [...new Set(entries.map((e) => (e.documentType ? documentTypeLabels[e.documentType].toLowerCase() : "")))].filter(Boolean);
      return received.length
        ? [{ messageId: "missingWithOthers", data: { month: monthLabel(month), received: received.join(", ") }, month, documents: entries.map((e) => e.id) }]
        : [{ messageId: "missing", data: { month: monthLabel(month) }, month }];
    });
  },
};
