/**
 * NQ.RECIPIENTS (G-QD66 Điều 15, component 9; format.md §7): "Nơi nhận:" followed by lines starting
 * "- ", the last one "- Lưu …".
 */
import { findRecipients, isArchiveLine } from "../../locate/recipients";
import { locationOf } from "../../locate/span-location";
import { defineRule } from "../types";
import { missingReport } from "./presence-rule";

export default defineRule({
  meta: {
    id: "bienban/require-recipients",
    elementId: "NQ.RECIPIENTS",
    description: "Nghị quyết có phần \"Nơi nhận:\" với các dòng \"- …\", dòng cuối \"- Lưu …\".",
    guidance: ["G-QD66", "G-QD399", "G-HD36"],
    fixable: true,
    messages: {
      missing: "Nghị quyết chưa có phần \"Nơi nhận\".",
      empty: "Phần \"Nơi nhận\" chưa liệt kê nơi nhận nào (mỗi dòng bắt đầu bằng \"- \").",
      noArchive: "Dòng cuối của phần \"Nơi nhận\" chưa phải là \"- Lưu …\" (ví dụ \"- Lưu Chi bộ.\").",
    },
  },
  check(ctx) {
    const block = findRecipients(ctx.doc, ctx.facts.header);
    if (!block) {
      return [missingReport(ctx, "NQ.RECIPIENTS", [{ text: "Nơi nhận:" }, { text: "- …," }, { text: "- Lưu Chi bộ." }])];
    }
    const last = block.lines[block.lines.length - 1];
    if (!last) {
      const location = locationOf(ctx.doc, block.label);
      return [{ messageId: "empty", ...(location ? { location } : {}) }];
    }
    if (isArchiveLine(last)) return [];
    const location = locationOf(ctx.doc, last);
    return [{ messageId: "noArchive", ...(location ? { location } : {}) }];
  },
});
