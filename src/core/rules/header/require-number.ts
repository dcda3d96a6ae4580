/** HDR.NUMBER (G-HD36 §1.3.1, G-HD16): the number and symbol line ("Số 05-NQ/CB", "Số 11-BB/CB"). Its form is CHK.NUMBER_FORMAT's. */
import { defineRule } from "../types";
import { at } from "./header-report";

export default defineRule({
  meta: {
    id: "bienban/require-number",
    elementId: "HDR.NUMBER",
    description: "Dưới tên chi bộ có số và ký hiệu văn bản (\"Số 05-NQ/CB\").",
    guidance: ["G-HD36", "G-HD16"],
    fixable: false,
    messages: {
      missing: "Văn bản chưa có số và ký hiệu (ví dụ \"Số 05-NQ/CB\", \"Số 11-BB/CB\").",
    },
  },
  check(ctx) {
    const h = ctx.facts.header;
    return h.number ? [] : [{ messageId: "missing", ...at(ctx, h.star ?? h.issuer) }];
  },
});
