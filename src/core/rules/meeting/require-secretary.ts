/** BB.SECRETARY: the minute-taker named (G-HD12 II.1.2, G-HD16). */
import { defineRule } from "../types";
import { checkRole } from "./person-role";

export default defineRule({
  meta: {
    id: "bienban/require-secretary",
    elementId: "BB.SECRETARY",
    description: "Biên bản ghi họ tên thư ký (người ghi biên bản).",
    guidance: ["G-HD12", "G-HD16"],
    fixable: true,
    messages: {
      missing: "Biên bản chưa ghi thư ký cuộc họp.",
      titleOnly: "Biên bản ghi thư ký là \"{{position}}\" nhưng chưa ghi họ tên thư ký.",
      noName: "Mục thư ký chưa ghi họ tên người ghi biên bản.",
    },
  },
  check(ctx) {
    return checkRole(ctx, ctx.facts.secretary, "BB.SECRETARY", "Thư ký: đồng chí …");
  },
});
