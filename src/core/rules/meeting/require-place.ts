/** BB.PLACE: where the meeting was held (G-HD16). */
import { defineRule } from "../types";
import { at, hasWords, missingWithLine } from "./report";

export default defineRule({
  meta: {
    id: "bienban/require-place",
    elementId: "BB.PLACE",
    description: "Biên bản ghi địa điểm họp.",
    guidance: ["G-HD16"],
    fixable: true,
    messages: {
      missing: "Biên bản chưa ghi địa điểm họp.",
      empty: "Mục địa điểm họp chưa điền.",
    },
  },
  check(ctx) {
    const place = ctx.facts.place;
    if (!place) return [missingWithLine(ctx, "BB.PLACE", "Địa điểm: …")];
    return hasWords(place.text) ? [] : [{ messageId: "empty", ...at(ctx, place) }];
  },
});
