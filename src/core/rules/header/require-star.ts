/**
 * HDR.STAR (G-HD36): a "*" under the issuing cell's name. State documents draw a short rule there
 * instead (format.md §2, §9): that is reported as state style.
 */
import { defineRule } from "../types";
import { at } from "./header-report";

export default defineRule({
  meta: {
    id: "bienban/require-star",
    elementId: "HDR.STAR",
    description: "Dưới tên chi bộ ban hành có dấu \"*\".",
    guidance: ["G-HD36"],
    fixable: false,
    messages: {
      missing: "Dưới tên chi bộ ban hành chưa có dấu \"*\".",
      stateStyle: "Dưới tên chi bộ ban hành là đường kẻ theo thể thức văn bản nhà nước; văn bản của Đảng dùng dấu \"*\".",
    },
  },
  check(ctx) {
    const h = ctx.facts.header;
    if (h.star) return [];
    if (h.ruleInsteadOfStar) return [{ messageId: "stateStyle", ...at(ctx, h.ruleInsteadOfStar) }];
    return [{ messageId: "missing", ...at(ctx, h.issuer) }];
  },
});
