/**
 * Reads back what a biên bản records of its grade (BB.QUALITY_GRADE): the points and grade of the
 * grade sentence, in any phrasing of process.md §9 (read by the register's reader, readMeetingGrade),
 * and the scoring table when there is one — a real table whose header names the criteria and the
 * points, or the lines scorecardParagraphs writes under a "Bảng chấm điểm …" title.
 */
import type { Facts } from "../facts/types";
import type { DocModel, Table } from "../model/types";
import { readMeetingGrade } from "../register/meeting-grade";
import { fold } from "../text/normalize";
import type { RecordedGrade, RecordedRow } from "./types";

/** "3. Công tác chuẩn bị: 8/10 điểm." — the points may still be the "…" blank. */
const ROW_LINE = /^\s*\d{1,2}\s*[.)]\s*(.+):\s*(\d{1,3}|…|\.{3})\s*\/\s*(\d{1,3})\s*điểm\s*\.?\s*$/iu;
const TITLE = /(?<![a-z])bang (cham )?diem(?![a-z])/;

function cellText(doc: DocModel, paragraphs: readonly number[]): string {
  return paragraphs
    .map((i) => doc.paragraphs[i]?.text ?? "")
    .join(" ")
    .trim();
}

function count(text: string): number | null {
  return /^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : null;
}

interface Columns {
  label: number;
  max: number;
  points: number;
}

/** Column roles from the header row: "Tiêu chí" | "Điểm tối đa" (thang điểm) | "Điểm chấm" (tự chấm, đạt). */
function headerColumns(titles: readonly string[]): Columns | null {
  const folded = titles.map(fold);
  const label = folded.findIndex((t) => /tieu chi|noi dung/.test(t));
  const max = folded.findIndex((t) => /toi da|thang diem|diem chuan/.test(t));
  const points = folded.findIndex((t, i) => i !== label && i !== max && /diem|cham/.test(t));
  return label >= 0 && max >= 0 && points >= 0 ? { label, max, points } : null;
}

function tableRows(doc: DocModel, t: Table): RecordedRow[] | null {
  const [head, ...rest] = t.rows;
  if (!head) return null;
  const cols = headerColumns(head.cells.map((c) => cellText(doc, c.paragraphs)));
  if (!cols) return null;
  const rows: RecordedRow[] = [];
  for (const r of rest) {
    const cells = r.cells.map((c) => cellText(doc, c.paragraphs));
    const label = cells[cols.label] ?? "";
    const max = count(cells[cols.max] ?? "");
    // The total row and group headings (no maximum of their own) are not criteria.
    if (!label || max === null || /^tong/.test(fold(label))) continue;
    rows.push({ label, max, points: count(cells[cols.points] ?? "") });
  }
  return rows.length ? rows : null;
}

function lineRows(doc: DocModel, facts: Pick<Facts, "header">): RecordedRow[] | null {
  const body = doc.paragraphs.slice(facts.header.bodyStart).filter((p) => p.container !== "table" && p.text.trim() !== "");
  let found: RecordedRow[] | null = null;
  for (let i = 0; i < body.length; i++) {
    if (!TITLE.test(fold(body[i]!.text))) continue;
    const rows: RecordedRow[] = [];
    for (let j = i + 1; j < body.length; j++) {
      const m = ROW_LINE.exec(body[j]!.text);
      if (!m) break;
      rows.push({ label: m[1]!.trim(), max: Number(m[3]), points: count(m[2]!) });
    }
    if (rows.length) found = rows;
  }
  return found;
}

/** The last scoring table of the document (a real table first, else the written lines). */
function recordedTable(doc: DocModel, facts: Pick<Facts, "header">): RecordedRow[] | null {
  let found: RecordedRow[] | null = null;
  for (const t of doc.tables) found = tableRows(doc, t) ?? found;
  return found ?? lineRows(doc, facts);
}

export function readRecordedGrade(doc: DocModel, facts: Pick<Facts, "header">): RecordedGrade {
  const sentence = readMeetingGrade(doc, facts.header);
  const table = recordedTable(doc, facts);
  return {
    ...(sentence?.points != null ? { points: sentence.points } : {}),
    ...(sentence?.grade ? { grade: sentence.grade } : {}),
    ...(table ? { table } : {}),
  };
}
