/** BB.END_TIME: "kết thúc vào lúc … giờ … phút" (G-HD16 model). A closing line without a clock time is its own finding. */
import { defineRule } from "../types";
import { at, missingWithLine } from "./report";

export default defineRule({
  meta: {
    id: "bienban/require-end-time",
    elementId: "BB.END_TIME",
    description: "Biên bản ghi giờ kết thúc cuộc họp.",
    guidance: ["G-HD16"],
    fixable: true,
    messages: {
      missing: "Biên bản chưa ghi thời gian kết thúc cuộc họp.",
      noClock: "Biên bản ghi cuộc họp kết thúc nhưng chưa ghi giờ, phút kết thúc.",
    },
  },
  check(ctx) {
    const { endTime, endStatement } = ctx.facts;
    if (endTime) return [];
    if (endStatement) return [{ messageId: "noClock", ...at(ctx, endStatement) }];
    return [missingWithLine(ctx, "BB.END_TIME", "Cuộc họp kết thúc vào lúc … giờ … phút cùng ngày.")];
  },
});
