/** BB.ABSENT_UNEXCUSED: absentees without reason, named, or an explicit "không có" (G-HD12 II.1.2). */
import { defineRule } from "../types";
import { absenceMessages, checkAbsence } from "./absence-check";

export default defineRule({
  meta: {
    id: "bienban/require-absent-unexcused",
    elementId: "BB.ABSENT_UNEXCUSED",
    description: "Biên bản ghi số đảng viên vắng không có lý do và họ tên, hoặc ghi rõ không có.",
    guidance: ["G-HD12"],
    fixable: true,
    messages: absenceMessages("vắng không có lý do"),
  },
  check(ctx) {
    return checkAbsence(ctx, "unexcused", "BB.ABSENT_UNEXCUSED", "Vắng không lý do: … đồng chí (họ tên: …).");
  },
});
