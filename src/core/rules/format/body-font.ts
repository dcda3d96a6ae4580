/**
 * FMT.FONT: the document's main font — the font carrying the most characters — is one of the
 * profile's fonts (Times New Roman). A TCVN3 or VNI main font is ENC.LEGACY_FONT's finding.
 */
import { legacyFontKind } from "../../encoding/legacy-font";
import { defineRule } from "../types";
import { dominantInParagraphs, fontOf } from "./run-stats";

export default defineRule({
  meta: {
    id: "bienban/body-font",
    elementId: "FMT.FONT",
    description: "Văn bản dùng phông chữ Times New Roman (phông Unicode theo hướng dẫn thể thức).",
    guidance: ["G-HD36"],
    fixable: false,
    messages: {
      bodyFont: "Phông chữ chính của văn bản là {{font}}; văn bản của Đảng dùng phông {{expected}}.",
    },
  },
  check(ctx) {
    const fonts = ctx.profile.settings.layout.fonts;
    if (!fonts.length) return [];
    const font = dominantInParagraphs(ctx.doc, (p) => p.container !== "comment", fontOf(ctx.doc));
    if (font === undefined || legacyFontKind(font)) return [];
    if (fonts.some((f) => f.trim().toLowerCase() === font.toLowerCase())) return [];
    return [{ messageId: "bodyFont", data: { font, expected: fonts.join(" hoặc ") } }];
  },
});
