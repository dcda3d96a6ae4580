/**
 * Header lines as "segments": one line of text whatever mechanism laid it out. A paragraph holding
 * "ĐẢNG BỘ …\tĐẢNG CỘNG SẢN VIỆT NAM" gives two segments (left and right column), a paragraph with
 * line breaks gives one per line, a table cell paragraph gives one in its cell's column.
 */
import type { DocModel, Paragraph } from "../model/types";
import type { ParagraphMemo } from "../model/paragraph-memo";
import { foldedAt } from "./paragraph-fold";
import { fold } from "../text/normalize";
import { isWhiteSpace, squishWhiteSpace } from "../text/white-space";

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
const LEADING_GAP = /[ \u00a0]*\t|[ \u00a0]{4,}\S/y;
/**
 * Longer lines are no header line: they are not split into columns. The gap patterns backtrack over
 * a run of spaces, and V8 throws "Maximum call stack size exceeded" on runs of megabytes (fuzzing).
 */
const MAX_LAYOUT_LINE = 10_000;

/**
 * The ranges of text[from, to) between separators. `to` is the text's end or a line break, which no
 * separator match can cross, so matching in place (no slice) finds the same separators.
 */
function piecesOf(text: string, separator: RegExp, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pieceStart = from;
  separator.lastIndex = from;
  for (let m = separator.exec(text); m && m.index < to; m = separator.exec(text)) {
    out.push({ start: pieceStart, end: m.index });
    pieceStart = m.index + m[0].length;
  }
  out.push({ start: pieceStart, end: to });
  return out;
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

function columnOf(p: Paragraph, k: number, parts: number, leadingGap: boolean): string {
  if (p.container === "table" && p.cellPos) return `t${p.cellPos.table}c${p.cellPos.cell}`;
  if (p.container === "textbox") return "box";
  if (parts > 1) return k === 0 ? (leadingGap ? "M" : "L") : k === parts - 1 ? "R" : "M";
  return leadingGap || p.alignment === "right" ? "R" : "body";
}

/** A line break, a tab or four spaces: what can split a paragraph into lines or columns. */
function hasLayout(text: string): boolean {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0xa0) {
      if (++spaces >= 4) return true;
      continue;
    }
    spaces = 0;
    if (code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0d || code === 0x2028) return true;
  }
  return false;
}

function readSegments(p: Paragraph, folded = fold(p.text)): Segment[] {
  const text = p.text;
  const out: Segment[] = [];
  if (!hasLayout(text)) {
    // Most paragraphs are one line in one column: the trimmed paragraph (what the general path gives).
    const r = trimRange(text, 0, text.length);
    if (r.end > r.start) {
      out.push({ paragraph: p.index, start: r.start, end: r.end, text: text.slice(r.start, r.end), folded: folded.slice(r.start, r.end), column: columnOf(p, 0, 1, false) });
    }
    return out;
  }
  // Lines first (a line break starts a new row of both columns), then the columns of each line.
  for (const line of piecesOf(text, LINE_BREAK, 0, text.length)) {
    const layout = line.end - line.start <= MAX_LAYOUT_LINE;
    const parts = (layout ? piecesOf(text, COLUMN_GAP, line.start, line.end) : [line])
      .map((r) => trimRange(text, r.start, r.end))
      .filter((r) => r.end > r.start);
    LEADING_GAP.lastIndex = line.start;
    const leadingGap = line.end > line.start && layout && LEADING_GAP.test(text) && LEADING_GAP.lastIndex <= line.end;
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

/** The paragraph's segments. */
export function segmentsOf(p: Paragraph): Segment[] {
  return readSegments(p);
}

const segmentMemo = new WeakMap<DocModel, (Segment[] | undefined)[]>();

/**
 * Segments of doc.paragraphs[k], read once per model (header, signatures, recipients and rules share
 * them). The fold comes from the per-paragraph memo the body shares.
 */
export const segmentsAt: ParagraphMemo<Segment[]> = {
  at(doc, k) {
    let values = segmentMemo.get(doc);
    if (!values) {
      values = new Array<Segment[] | undefined>(doc.paragraphs.length);
      segmentMemo.set(doc, values);
    }
    return (values[k] ??= readSegments(doc.paragraphs[k]!, foldedAt.at(doc, k).folded));
  },
};

/** The segments of doc.paragraphs[from, to), in order. */
export function segmentsIn(doc: DocModel, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  for (let k = Math.max(0, from); k < Math.min(to, doc.paragraphs.length); k++) for (const s of segmentsAt.at(doc, k)) out.push(s);
  return out;
}

/** Folded text with runs of white space collapsed, for whole-line comparisons. */
export function squishedFold(s: Segment | string): string {
  return squishWhiteSpace(typeof s === "string" ? fold(s) : s.folded);
}

const TRAILING_MARKS = /[\s.:,;*_]+$/;

/** A whole line as a key: folded, single spaces, without trailing punctuation ("CHỦ TRÌ:" = "chu tri"). */
export const lineKey = (s: Segment): string => {
  const squished = squishedFold(s);
  // A squished line ends in a non-space: only a trailing mark needs the regex.
  const last = squished.charCodeAt(squished.length - 1);
  return last === 0x2e || last === 0x3a || last === 0x2c || last === 0x3b || last === 0x2a || last === 0x5f ? squished.replace(TRAILING_MARKS, "") : squished;
};
