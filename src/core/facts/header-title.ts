/**
 * The type title line ("BIÊN BẢN", "NGHỊ QUYẾT", "BIÊN BẢN HỌP CHI ỦY", or another Party document type
 * such as "KẾT LUẬN"), recognised whatever its case: `w:caps` shows lower-case text as capitals.
 */
import type { Paragraph } from "../model/types";
import { letterCase } from "../text/letter-case";
import { fold } from "../text/normalize";
import { isWhiteSpace, squishWhiteSpace } from "../text/white-space";

export type TitleKind = "BIÊN BẢN" | "NGHỊ QUYẾT" | "OTHER";

/** Other Party document types (format.md §3 type codes): a document titled so is none of ours. */
const OTHER_TYPES = [
  "ket luan", "bao cao", "thong bao", "to trinh", "ke hoach", "quyet dinh", "quy dinh", "quy che",
  "huong dan", "chi thi", "chuong trinh", "cong van", "de an", "phuong an", "thong tri", "giay moi",
  "dien van", "loi keu goi", "tuyen bo", "giay gioi thieu", "danh sach",
];
/** Each type followed by a space, built once rather than per paragraph tested. */
const OTHER_TYPE_LEADS = OTHER_TYPES.map((k) => `${k} `);

function looksLikeTitle(p: Paragraph, foldedText: string): boolean {
  const letters = letterCase(p.text);
  const upper = letters.length > 0 && letters.upper;
  const caps = p.runs.length > 0 && p.runs.every((r) => r.format.caps || !r.text.trim());
  const bare = /^(bien ban|nghi quyet)$/.test(foldedText);
  return upper || caps || bare || (p.alignment === "center" && p.runs.some((r) => r.format.bold));
}

const isLeadMark = (c: number) => c === 0x2a || c === 0x5f || c === 0x23 || isWhiteSpace(c);
const isTrailMark = (c: number) => c === 0x2a || c === 0x5f || isWhiteSpace(c);

function leadingMarks(f: string): number {
  let n = 0;
  while (n < f.length && isLeadMark(f.charCodeAt(n))) n++;
  return n;
}

/**
 * The text without leading and trailing white space and emphasis marks ("**", "_", "#"). A loop,
 * not a regex: V8's backtracking overflows its stack on megabytes of spaces (fuzzing).
 */
function stripEmphasis(f: string): string {
  const start = leadingMarks(f);
  let end = f.length;
  while (end > start && isTrailMark(f.charCodeAt(end - 1))) end--;
  return start === 0 && end === f.length ? f : f.slice(start, end);
}

/** The kind of a title paragraph, or null when the paragraph is not a type title; `folded` is fold(p.text). */
export function titleKindOf(p: Paragraph, folded = fold(p.text)): TitleKind | null {
  // Markdown-ish emphasis survives in pasted text ("**KẾT LUẬN"); it is not part of the title.
  const t = squishWhiteSpace(stripEmphasis(folded));
  if (t.length === 0 || t.length > 90) return null;
  // The name first (cheap), the look (letters, runs) only for a line that names a type.
  const kind: TitleKind | null = /^bien ban(?![a-z])/.test(t)
    ? "BIÊN BẢN"
    : /^nghi quyet(?![a-z])/.test(t)
      ? "NGHỊ QUYẾT"
      : OTHER_TYPES.some((k, i) => t === k || t.startsWith(OTHER_TYPE_LEADS[i]!))
        ? "OTHER"
        : null;
  return kind && looksLikeTitle(p, t) ? kind : null;
}

/** Length of the type name at the start of a title ("BIÊN BẢN" of "BIÊN BẢN HỌP CHI ỦY"), on NFC text. */
export function titleNameEnd(text: string, kind: TitleKind): number {
  const f = fold(text);
  const lead = leadingMarks(f);
  if (kind === "BIÊN BẢN") return lead + "bien ban".length;
  if (kind === "NGHỊ QUYẾT") return lead + "nghi quyet".length;
  return text.length;
}
