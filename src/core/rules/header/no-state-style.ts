/**
 * CHK.STATE_STYLE (format.md §4, §9): state-document habits in a Party document — the Quốc hiệu
 * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and the motto "Độc lập - Tự do - Hạnh phúc" (errors), and
 * "Lưu: VT" in the recipients (info). "Số:", "05/NQ-CB" and "TM." have their own checks.
 */
import { squishedFold } from "../../facts/header-segments";
import { tailSegments } from "../../locate/signature-blocks";
import { defineRule, type Report } from "../types";
import { at } from "./header-report";

const ARCHIVE_VT = /^[-–—•+]?\s*luu\s*(:\s*(vt|van thu)|\s+vt)(?![a-z])/;

export default defineRule({
  meta: {
    id: "bienban/no-state-style",
    elementId: "CHK.STATE_STYLE",
    description: "Văn bản của Đảng không dùng Quốc hiệu, tiêu ngữ hay \"Lưu: VT\" của văn bản nhà nước.",
    guidance: ["G-HD36"],
    fixable: false,
    messages: {
      nationalTitle: "Văn bản của Đảng không dùng Quốc hiệu \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\"; tiêu đề là \"ĐẢNG CỘNG SẢN VIỆT NAM\".",
      motto: "Văn bản của Đảng không dùng tiêu ngữ \"Độc lập - Tự do - Hạnh phúc\".",
      archiveVT: "\"{{text}}\" là cách ghi của văn bản nhà nước; văn bản của Đảng ghi \"- Lưu Chi bộ.\".",
    },
  },
  check(ctx) {
    const h = ctx.facts.header;
    const reports: Report[] = [];
    if (h.stateTitle) reports.push({ messageId: "nationalTitle", ...at(ctx, h.stateTitle) });
    if (h.stateMotto) reports.push({ messageId: "motto", ...at(ctx, h.stateMotto) });
    for (const s of tailSegments(ctx.doc, h)) {
      // "Lưu" first (cheap): most tail lines are not archive lines.
      if (s.folded.includes("luu") && ARCHIVE_VT.test(squishedFold(s))) reports.push({ messageId: "archiveVT", data: { text: s.text }, severity: "info", ...at(ctx, s) });
    }
    return reports;
  },
});
