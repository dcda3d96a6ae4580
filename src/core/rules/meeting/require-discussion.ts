/**
 * BB.DISCUSSION: at least one opinion attributed to a named member (G-HD16: each speaker named;
 * G-HD12 II.3.3). "Các đồng chí nhất trí cao" with nobody named does not count.
 */
import { defineRule } from "../types";
import { missingWithLine } from "./report";

export default defineRule({
  meta: {
    id: "bienban/require-discussion",
    elementId: "BB.DISCUSSION",
    description: "Biên bản ghi ý kiến thảo luận gắn với họ tên người phát biểu.",
    guidance: ["G-HD16", "G-HD12"],
    fixable: true,
    messages: {
      missing: "Biên bản chưa ghi ý kiến thảo luận nào kèm họ tên người phát biểu.",
    },
  },
  check(ctx) {
    return ctx.facts.speakers.length > 0 ? [] : [missingWithLine(ctx, "BB.DISCUSSION", "Ý kiến thảo luận: đồng chí …: …")];
  },
});
