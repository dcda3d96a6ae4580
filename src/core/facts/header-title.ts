/**
 * The type title line ("BIÊN BẢN", "NGHỊ QUYẾT", "BIÊN BẢN HỌP CHI ỦY", or another Party document type
 * such as "KẾT LUẬN"), recognised whatever its case: `w:caps` shows lower-case text as capitals.
 */
import type { Paragraph } from "../model/types";
import { fold } from "../text/normalize";

export type TitleKind = "BIÊN BẢN" | "NGHỊ QUYẾT" | "OTHER";

/** Other Party document types (format.md §3 type codes): a document titled so is none of ours. */
const OTHER_TYPES = [
  "ket luan", "bao cao", "thong bao", "to trinh", "ke hoach", "quyet dinh", "quy dinh", "quy che",
  "huong dan", "chi thi", "chuong trinh", "cong van", "de an", "phuong an", "thong tri", "giay moi",
  "dien van", "loi keu goi", "tuyen bo", "giay gioi thieu", "danh sach",
];

function looksLikeTitle(p: Paragraph, foldedText: string): boolean {
  const letters = p.text.replace(/[^\p{L}]/gu, "");
  const upper = letters.length > 0 && letters === letters.toUpperCase();
  const caps = p.runs.length > 0 && p.runs.every((r) => r.format.caps || !r.text.trim());
  const bare = /^(bien ban|nghi quyet)$/.test(foldedText);
  return upper || caps || bare || (p.alignment === "center" && p.runs.some((r) => r.format.bold));
}

/** The kind of a title paragraph, or null when the paragraph is not a type title. */
export function titleKindOf(p: Paragraph): TitleKind | null {
  // Markdown-ish emphasis survives in pasted text ("**KẾT LUẬN"); it is not part of the title.
  const t = fold(p.text).replace(/^[\s*_#]+|[\s*_]+$/g, "").replace(/\s+/g, " ");
  if (t.length === 0 || t.length > 90) return null;
  if (!looksLikeTitle(p, t)) return null;
  if (/^bien ban(?![a-z])/.test(t)) return "BIÊN BẢN";
  if (/^nghi quyet(?![a-z])/.test(t)) return "NGHỊ QUYẾT";
  if (OTHER_TYPES.some((k) => t === k || t.startsWith(`${k} `))) return "OTHER";
  return null;
}

/** Length of the type name at the start of a title ("BIÊN BẢN" of "BIÊN BẢN HỌP CHI ỦY"), on NFC text. */
export function titleNameEnd(text: string, kind: TitleKind): number {
  const f = fold(text);
  const lead = /^[\s*_#]*/.exec(f)?.[0].length ?? 0;
  if (kind === "BIÊN BẢN") return lead + "bien ban".length;
  if (kind === "NGHỊ QUYẾT") return lead + "nghi quyet".length;
  return text.length;
}
