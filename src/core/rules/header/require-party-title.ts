/**
 * HDR.PARTY_TITLE (G-QD66 Điều 15, G-QD399, G-HD36 §1.1.2): "ĐẢNG CỘNG SẢN VIỆT NAM", exactly, at the
 * top of page 1. A Quốc hiệu in its place is the usual state-document leak.
 */
import { fold } from "../../text/normalize";
import { replaceFix } from "../../locate/text-fix";
import { defineRule } from "../types";
import { at } from "./header-report";

const TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";

export default defineRule({
  meta: {
    id: "bienban/require-party-title",
    elementId: "HDR.PARTY_TITLE",
    description: "Đầu trang 1 có tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\".",
    guidance: ["G-QD66", "G-QD399", "G-HD36"],
    fixable: true,
    messages: {
      missing: "Văn bản chưa có tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\" ở đầu trang.",
      stateInstead: "Văn bản dùng Quốc hiệu của văn bản nhà nước thay cho tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\".",
      misspelled: "Tiêu đề viết chưa đúng: \"{{text}}\" (đúng là \"ĐẢNG CỘNG SẢN VIỆT NAM\").",
    },
  },
  check(ctx) {
    const h = ctx.facts.header;
    if (!h.partyTitle) {
      return h.stateTitle ? [{ messageId: "stateInstead", ...at(ctx, h.stateTitle) }] : [{ messageId: "missing" }];
    }
    const { paragraph, start, end } = h.partyTitle;
    const text = ctx.doc.paragraphs[paragraph]?.text.slice(start, end) ?? "";
    // Case does not matter (w:caps shows lower case as capitals); letters and tone marks do.
    if (text.toLocaleUpperCase("vi").replace(/\s+/g, " ") === TITLE) return [];
    const wanted = text === text.toLowerCase() ? TITLE.toLowerCase() : TITLE;
    const fix = fold(text).replace(/\s+/g, " ") === fold(TITLE) ? replaceFix(ctx.doc, paragraph, start, end, wanted) : undefined;
    return [{ messageId: "misspelled", data: { text }, ...at(ctx, h.partyTitle), ...(fix ? { fix } : {}) }];
  },
});
