import { defineMinutesSignatureRule } from "./minutes-signature";

export default defineMinutesSignatureRule({
  name: "require-secretary-signature",
  elementId: "BB.SIGN_SECRETARY",
  role: "secretary",
  description: "Biên bản có khối chữ ký \"THƯ KÝ\" (hoặc \"NGƯỜI GHI BIÊN BẢN\") với họ tên thư ký.",
  guidance: ["G-HD16"],
  label: "THƯ KÝ",
  missing: "Biên bản chưa có khối chữ ký của thư ký (\"THƯ KÝ\" và họ tên) ở cuối văn bản.",
});
