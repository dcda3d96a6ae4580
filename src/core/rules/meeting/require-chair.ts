/** BB.CHAIR: the chair named with full name (G-HD16, G-HD12). */
import { defineRule } from "../types";
import { checkRole } from "./person-role";

export default defineRule({
  meta: {
    id: "bienban/require-chair",
    elementId: "BB.CHAIR",
    description: "Biên bản ghi họ tên người chủ trì cuộc họp.",
    guidance: ["G-HD16", "G-HD12"],
    fixable: true,
    messages: {
      missing: "Biên bản chưa ghi người chủ trì cuộc họp.",
      titleOnly: "Biên bản ghi chủ trì là \"{{position}}\" nhưng chưa ghi họ tên người chủ trì.",
      noName: "Mục chủ trì chưa ghi họ tên người chủ trì.",
    },
  },
  check(ctx) {
    return checkRole(ctx, ctx.facts.chair, "BB.CHAIR", "Chủ trì: đồng chí …");
  },
});
