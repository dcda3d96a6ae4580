/**
 * HDR.TYPE_TITLE (G-HD36): the type name as a title line — "BIÊN BẢN" or "NGHỊ QUYẾT" — matching the
 * type being checked.
 */
import type { DocumentType } from "../../catalog/document-types";
import { defineRule } from "../types";
import { at } from "./header-report";

const expected = (type: DocumentType) => (type === "nghi-quyet" ? "NGHỊ QUYẾT" : "BIÊN BẢN");

export default defineRule({
  meta: {
    id: "bienban/require-type-title",
    elementId: "HDR.TYPE_TITLE",
    description: "Văn bản có tên loại (\"BIÊN BẢN\" hoặc \"NGHỊ QUYẾT\") làm dòng tiêu đề.",
    guidance: ["G-HD36"],
    fixable: false,
    messages: {
      missing: "Văn bản chưa có tên loại \"{{expected}}\" làm dòng tiêu đề.",
      otherType: "Tên loại \"{{text}}\" không phải biên bản hay nghị quyết của chi bộ.",
      mismatch: "Tên loại \"{{text}}\" không khớp với loại văn bản đang kiểm tra (\"{{expected}}\").",
    },
  },
  check(ctx) {
    const t = ctx.facts.header.typeTitle;
    const want = expected(ctx.type);
    if (!t) return [{ messageId: "missing", data: { expected: want } }];
    if (t.kind === "OTHER") return [{ messageId: "otherType", data: { text: t.text }, ...at(ctx, t) }];
    if (t.kind !== want) return [{ messageId: "mismatch", data: { text: t.text, expected: want }, ...at(ctx, t) }];
    return [];
  },
});
