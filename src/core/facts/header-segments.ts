/**
 * Header lines as "segments": one line of text whatever mechanism laid it out. A paragraph holding
 * "ĐẢNG BỘ …\tĐẢNG CỘNG SẢN VIỆT NAM" gives two segments (left and right column), a paragraph with
 * line breaks gives one per line, a table cell paragraph gives one in its cell's column.
 */
import type { Paragraph } from "../model/types";
import { fold } from "../text/normalize";

export interface Segment {
  paragraph: number;
  /** Offsets of the trimmed line in the paragraph's NFC text. */
  start: number;
  end: number;
  /** The trimmed line (NFC). */
  text: string;
  /** fold(text): diacritic-free lower case, same length. */
  folded: string;
  /**
   * Which column the line sits in, so "the line under the issuer" means the same column:
   * "t<table>c<cell>" in a table, "L"/"M"/"R" for tab-separated parts, "R" for a line pushed right by
   * leading tabs, "box" in a text box, "body" otherwise.
   */
  column: string;
}

// Word's manual line break arrives as "\n" (.docx reader) or "\v" (Office.js); "\r" from pasted text.
const LINE_BREAK = /[\n\v\r\u2028]/g;
// Columns are separated by tabs, or in hand-typed documents by a wide run of spaces before a capital
// ("THƯ KÝ          CHỦ TRÌ"); blanks left for the registry ("Số    -NQ/CB", "ngày    tháng") stay whole.
const COLUMN_GAP = /\t+|[ \u00a0]{4,}(?=[\p{Lu}(*])/gu;

/** The ranges of text[from, to) between separators. */
function piecesOf(text: string, separator: RegExp, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pieceStart = from;
  for (const m of text.slice(from, to).matchAll(separator)) {
    const at = from + (m.index ?? 0);
    out.push({ start: pieceStart, end: at });
    pieceStart = at + m[0].length;
  }
  out.push({ start: pieceStart, end: to });
  return out;
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s\u00a0]/.test(text.charAt(s))) s++;
  while (e > s && /[\s\u00a0]/.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

function columnOf(p: Paragraph, k: number, parts: number, leadingGap: boolean): string {
  if (p.container === "table" && p.cellPos) return `t${p.cellPos.table}c${p.cellPos.cell}`;
  if (p.container === "textbox") return "box";
  if (parts > 1) return k === 0 ? (leadingGap ? "M" : "L") : k === parts - 1 ? "R" : "M";
  return leadingGap || p.alignment === "right" ? "R" : "body";
}

export function segmentsOf(p: Paragraph): Segment[] {
  const text = p.text;
  const folded = fold(text);
  const out: Segment[] = [];
  // Lines first (a line break starts a new row of both columns), then the columns of each line.
  for (const line of piecesOf(text, LINE_BREAK, 0, text.length)) {
    const parts = piecesOf(text, COLUMN_GAP, line.start, line.end)
      .map((r) => trimRange(text, r.start, r.end))
      .filter((r) => r.end > r.start);
    const leadingGap = /^([ \u00a0]*\t|[ \u00a0]{4,}\S)/.test(text.slice(line.start, line.end));
    parts.forEach((r, k) => {
      out.push({
        paragraph: p.index,
        start: r.start,
        end: r.end,
        text: text.slice(r.start, r.end),
        folded: folded.slice(r.start, r.end),
        column: columnOf(p, k, parts.length, leadingGap),
      });
    });
  }
  return out;
}

/** Folded text with runs of white space collapsed, for whole-line comparisons. */
export function squishedFold(s: Segment | string): string {
  const f = typeof s === "string" ? fold(s) : s.folded;
  return f.replace(/[\s\u00a0]+/g, " ").trim();
}

/** A whole line as a key: folded, single spaces, without trailing punctuation ("CHỦ TRÌ:" = "chu tri"). */
export const lineKey = (s: Segment): string => squishedFold(s).replace(/[\s.:,;*_]+$/, "");
