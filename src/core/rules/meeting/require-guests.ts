/**
 * BB.GUESTS: when guests attended, each is named with position (G-HD12 II.1.2, G-HD16; the seed
 * II.3.5 wants upper-level members at meetings). Nothing to report when no guest is mentioned.
 */
import { defineRule, type Report } from "../types";
import { at, hasWords } from "./report";

export default defineRule({
  meta: {
    id: "bienban/require-guests",
    elementId: "BB.GUESTS",
    description: "Khi có đại biểu dự, biên bản ghi họ tên và chức vụ từng đại biểu.",
    guidance: ["G-HD12", "G-HD16", "G-SEED"],
    fixable: false,
    messages: {
      unnamed: "Biên bản có nhắc đại biểu dự họp nhưng chưa ghi họ tên, chức vụ của đại biểu.",
      noPosition: "Biên bản chưa ghi chức vụ của đại biểu {{name}}.",
    },
  },
  check(ctx) {
    const { guests, guestsMentioned } = ctx.facts;
    if (!guestsMentioned && guests.length === 0) return [];
    if (guests.length === 0) return [{ messageId: "unnamed", ...at(ctx, guestsMentioned) }];
    return guests
      .filter((g) => !hasWords(g.position))
      .map((g): Report => ({ messageId: "noPosition", data: { name: g.name ?? "" }, ...at(ctx, g) }));
  },
});
