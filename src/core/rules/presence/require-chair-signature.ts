import { defineMinutesSignatureRule } from "./minutes-signature";

export default defineMinutesSignatureRule({
  name: "require-chair-signature",
  elementId: "BB.SIGN_CHAIR",
  role: "chair",
  description: "Biên bản có khối chữ ký \"CHỦ TRÌ\" (hoặc \"CHỦ TỌA\") với họ tên người chủ trì.",
  guidance: ["G-HD16"],
  label: "CHỦ TRÌ",
  missing: "Biên bản chưa có khối chữ ký của người chủ trì (\"CHỦ TRÌ\" và họ tên) ở cuối văn bản.",
});
