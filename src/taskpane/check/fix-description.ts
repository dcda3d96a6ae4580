import type { Fix } from "../../core/rules/types";

const MAX = 60;
const short = (s: string) => (s.length > MAX ? `${s.slice(0, MAX)}…` : s);
/** Invisible characters (what ENC.INVISIBLE removes) named, so "thay “” bằng “”" never shows. */
const visible = (s: string) => (s.trim() === "" || /^[\u200b-\u200f\u00ad\u2060\ufeff]+$/.test(s) ? "ký tự ẩn" : `“${short(s)}”`);

/** What "Sửa" will do, in words, so nobody applies a change blind. */
export function fixDescription(fix: Fix): string {
  if (fix.kind === "insert-paragraphs") {
    const lines = fix.paragraphs.map((p) => `“${short(p.text)}”`).join(", ");
    return `Chèn ${lines} vào đúng vị trí trong văn bản.`;
  }
  if (fix.text === "") return `Xóa ${visible(fix.expected)}.`;
  return `Thay ${visible(fix.expected)} bằng ${visible(fix.text)}${fix.font ? `, phông ${fix.font}` : ""}.`;
}
