/** BB.ABSENT_EXCUSED: absentees with reason, named with their reasons, or an explicit "không có" (G-HD12, G-HD16). */
import { defineRule } from "../types";
import { absenceMessages, checkAbsence } from "./absence-check";

export default defineRule({
  meta: {
    id: "bienban/require-absent-excused",
    elementId: "BB.ABSENT_EXCUSED",
    description: "Biên bản ghi số đảng viên vắng có lý do, họ tên và lý do từng đồng chí, hoặc ghi rõ không có.",
    guidance: ["G-HD12", "G-HD16"],
    fixable: true,
    messages: {
      ...absenceMessages("vắng có lý do"),
      noReason: "Biên bản chưa ghi lý do vắng của đồng chí {{names}}.",
    },
  },
  check(ctx) {
    return checkAbsence(ctx, "excused", "BB.ABSENT_EXCUSED", "Vắng có lý do: … đồng chí (họ tên, lý do: …).");
  },
});
