/**
 * Generated folders of received documents for the register: the tests' sample minutes, resolutions
 * and thematic minutes (test/helpers/samples.ts) re-dated and re-issued by different cells, with
 * the cell's name written in several ways. `plantedCorpus()` is the test folder with planted gaps;
 * `uniformCorpus(n)` is n documents for the browser screenshot and the benchmark. Models only: the
 * caller writes them with writeDocx (the tests with src/docx, the benchmark with the built copy).
 */
import type { DocModel } from "../../src/core/model/types";
import { header, makeDoc, p, type Item, type ParaSpec } from "../helpers/make-doc";
import * as samples from "../helpers/samples";

export interface Day {
  d: number;
  m: number;
  y: number;
}

export type Kind = "thuong-ky" | "chuyen-de" | "nghi-quyet";

export interface MeetingSpec {
  /** The issuer line as the cell writes it ("CHI BỘ PHÒNG KẾ TOÁN"); null: no issuer line at all. */
  cell: string | null;
  /** The cell's name in the body ("Chi bộ Phòng Kế toán"); default: from `cell`. */
  bodyName?: string;
  upper?: string;
  kind: Kind;
  date: Day;
  /** The grade written in the minutes; null: no grade line. Default "Tốt". */
  grade?: string | null;
  /** The member absent with a reason (minutes). */
  absent?: string;
  /** Planted faults of the minutes. */
  faults?: readonly ("no-secretary" | "no-commend" | "no-conclusion")[];
  /** No date and no month anywhere: the month cannot be determined. */
  undated?: boolean;
}

export interface CorpusFile {
  rel: string;
  doc?: DocModel;
  /** Raw bytes (an unreadable file). */
  bytes?: Uint8Array;
}

const SAMPLE_CELL = "CHI BỘ THÔN HÒA BÌNH";
const SAMPLE_UPPER = "ĐẢNG BỘ XÃ TUY LỘC";
const pad = (n: number) => String(n).padStart(2, "0");
/** "ngày 05 tháng 11 năm 2025": day 01–09 and months 01–02 take a zero (CHK.DATE_FORMAT). */
const dateWords = ({ d, m, y }: Day) => `ngày ${pad(d)} tháng ${m <= 2 ? pad(m) : m} năm ${y}`;

/** "CHI BỘ PHÒNG KẾ TOÁN" → "Chi bộ Phòng Kế Toán" (how a body sentence names the cell). */
function bodyNameOf(cell: string): string {
  const words = cell.normalize("NFC").toLowerCase().split(/\s+/);
  return words.map((w, i) => (i === 1 && words[0] === "chi" ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(" ");
}

type Line = string | ParaSpec;

/** The sample header with the issuer and upper committee lines replaced (or the issuer dropped). */
function cellHeader(spec: MeetingSpec, opts: Parameters<typeof header>[0]): Item[] {
  const swap = (line: Line): Line[] => {
    const text = typeof line === "string" ? line : line.text;
    if (text === SAMPLE_CELL) return spec.cell === null ? [] : [p(spec.cell, { format: { bold: true } })];
    if (text === SAMPLE_UPPER) return [p(spec.upper ?? SAMPLE_UPPER)];
    return [line];
  };
  return header(opts).map((item) =>
    typeof item !== "string" && item.kind === "table" ? { ...item, rows: item.rows.map((row) => row.map((cell) => cell.flatMap(swap))) } : item,
  );
}

function replaceLine(body: Item[], re: RegExp, text: string | null): Item[] {
  return body.flatMap((i) => (typeof i === "string" && re.test(i) ? (text === null ? [] : [text]) : [i]));
}

function minutesBody(spec: MeetingSpec, base: Item[]): Item[] {
  // The thematic sample ends at 16 giờ: it starts at 14 giờ, the regular one at 19 giờ 30.
  const clock = spec.kind === "chuyen-de" ? "14 giờ 00 phút" : "19 giờ 30 phút";
  let body = replaceLine(base, /^Thời gian:/, spec.undated ? `Thời gian: ${clock}.` : `Thời gian: ${clock}, ${dateWords(spec.date)}.`);
  const grade = spec.grade === undefined ? "Tốt" : spec.grade;
  body = replaceLine(body, /^Chi bộ tự đánh giá:/, grade === null ? null : `Chi bộ tự đánh giá: ${grade === "Tốt" ? 92 : grade === "Khá" ? 80 : 60} điểm, xếp loại ${grade}.`);
  if (spec.absent) body = replaceLine(body, /^Vắng có lý do:/, `Vắng có lý do: 01 đồng chí (${spec.absent}, đi công tác).`);
  for (const fault of spec.faults ?? []) {
    if (fault === "no-secretary") body = replaceLine(body, /^Thư ký:/, null);
    if (fault === "no-commend") body = replaceLine(body, /^Biểu dương/, null);
    if (fault === "no-conclusion") body = replaceLine(replaceLine(body, /^Đồng chí chủ trì kết luận/, null), /^Kết luận chuyên đề/, null);
  }
  return body;
}

export function meetingDoc(spec: MeetingSpec): DocModel {
  const { d, m, y } = spec.date;
  const place = spec.undated ? "Tuy Lộc, ngày … tháng … năm …" : `Tuy Lộc, ${dateWords(spec.date)}`;
  const name = spec.bodyName ?? bodyNameOf(spec.cell ?? SAMPLE_CELL);
  if (spec.kind === "nghi-quyet") {
    let body = replaceLine(
      samples.resolutionBody,
      /^Ngày \d+ tháng/,
      `${dateWords(spec.date).replace(/^n/, "N")}, ${name} họp thường kỳ tháng ${m}; dự họp 17/18 đảng viên; đồng chí Nguyễn Văn An, Bí thư Chi bộ, chủ trì.`,
    );
    body = replaceLine(body, /^Nghị quyết được Chi bộ thông qua/, `Nghị quyết được Chi bộ thông qua ngày ${pad(d)}/${pad(m)}/${y}, 14/14 đồng chí tán thành (100%).`);
    const next = m === 12 ? { m: 1, y: y + 1 } : { m: m + 1, y };
    return makeDoc(
      cellHeader(spec, { title: "NGHỊ QUYẾT", subject: `về lãnh đạo thực hiện nhiệm vụ tháng ${next.m} năm ${next.y}`, number: `Số ${pad(m)}-NQ/CB`, date: place }),
      body,
      samples.resolutionSignature,
    );
  }
  const thematic = spec.kind === "chuyen-de";
  const subject = spec.undated
    ? `sinh hoạt chi bộ ${thematic ? "chuyên đề" : "thường kỳ"}`
    : `sinh hoạt chi bộ ${thematic ? "chuyên đề" : "thường kỳ"} tháng ${m} năm ${y}`;
  return makeDoc(
    cellHeader(spec, { subject, number: `Số ${pad(m)}-BB/CB`, date: place }),
    minutesBody(spec, thematic ? samples.thematicBody : samples.minutesBody),
    samples.minutesSignatures,
  );
}

/** A file name from the cell's line, ASCII only. */
function slug(cell: string | null): string {
  return (cell ?? "khong-ro")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const kindCode: Record<Kind, string> = { "thuong-ky": "bb", "chuyen-de": "cd", "nghi-quyet": "nq" };

export function fileOf(spec: MeetingSpec, folder: string, suffix = ""): CorpusFile {
  const { m, y } = spec.date;
  return { rel: `${folder}/${y}-${pad(m)}-${kindCode[spec.kind]}${suffix}.docx`, doc: meetingDoc(spec) };
}

const YEAR = 2025;
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const ROTATING_ABSENT = ["Phạm Văn Dũng", "Lê Văn Tám", "Đỗ Thị Hoa", "Vũ Văn Long", "Ngô Thị Lan", "Bùi Văn Sơn"];

/** The cells of the planted corpus, as the register should name them (most frequent spelling). */
export const planted = {
  accounting: "CHI BỘ PHÒNG KẾ TOÁN",
  village: "CHI BỘ THÔN HÒA BÌNH",
  school: "CHI BỘ TRƯỜNG TIỂU HỌC",
  /** Gaps planted, for the tests to find. */
  villageMissingMonth: "2025-05",
  villageQuarterWithoutThematic: "2025-Q2",
  villageUngradedMonth: "2025-10",
  schoolOnlyThematicMonth: "2025-08",
  schoolNoResolutionMonth: "2025-06",
  schoolStreakMember: "Trần Thị Mai",
  accountingDuplicate: ["ke-toan/2025-07-bb.docx", "ke-toan/ban-sao/2025-07-bb-gui-lai.docx"],
  accountingWarningsMonth: "2025-02",
  accountingErrorsMonth: "2025-04",
  unreadable: "hong/bien-ban-thang-3.docx",
  noCell: "khong-ro/bien-ban-khong-ro-chi-bo.docx",
  noMonth: "khong-ro/bien-ban-khong-ngay.docx",
  outsidePeriod: "ke-toan/2024-12-bb.docx",
} as const;

/**
 * Three cells over 2025 with planted gaps:
 *  - Phòng Kế toán: every month, thematic every quarter, its name written four ways (caps, title
 *    case, NFD, without marks); February with a warning, April with an error, July received twice;
 *    one December 2024 minutes (outside a 2025 period);
 *  - Thôn Hòa Bình (also written "Hoà Bình"): no May meeting, no thematic meeting in Q2, grades
 *    falling from Tốt to Trung bình, October without a grade;
 *  - Trường Tiểu học: August only a thematic meeting, June without nghị quyết or conclusion,
 *    Trần Thị Mai absent with a reason March to June;
 *  - a damaged file, minutes without an issuer line, minutes without any date.
 */
export function plantedCorpus(): CorpusFile[] {
  const files: CorpusFile[] = [];
  const acc = ["CHI BỘ PHÒNG KẾ TOÁN", "Chi bộ Phòng Kế toán", "CHI BỘ PHÒNG KẾ TOÁN".normalize("NFD"), "CHI BO PHONG KE TOAN"];
  for (const m of MONTHS) {
    const cell = acc[m % 4 === 3 ? 1 : m % 4 === 2 ? 2 : m === 9 ? 3 : 0]!;
    const date = { d: 5, m, y: YEAR };
    const absent = ROTATING_ABSENT[m % ROTATING_ABSENT.length];
    const faults = m === 2 ? (["no-commend"] as const) : m === 4 ? (["no-secretary"] as const) : [];
    files.push(fileOf({ cell, kind: "thuong-ky", date, absent, faults }, "ke-toan"));
    files.push(fileOf({ cell: acc[0]!, kind: "nghi-quyet", date }, "ke-toan"));
    if (m % 3 === 0) files.push(fileOf({ cell, kind: "chuyen-de", date: { d: 20, m, y: YEAR } }, "ke-toan"));
  }
  const july = files.find((f) => f.rel === planted.accountingDuplicate[0]);
  if (july?.doc) files.push({ rel: planted.accountingDuplicate[1], doc: july.doc });
  files.push(fileOf({ cell: acc[0]!, kind: "thuong-ky", date: { d: 5, m: 12, y: 2024 } }, "ke-toan"));

  const grades: Record<number, string | null> = { 7: "Khá", 8: "Khá", 9: "Trung bình", 10: null, 11: "Trung bình", 12: "Trung bình" };
  for (const m of MONTHS) {
    if (m === 5) continue;
    const cell = m === 2 || m === 4 ? "Chi bộ thôn Hoà Bình" : "CHI BỘ THÔN HÒA BÌNH";
    const date = { d: 8, m, y: YEAR };
    files.push(fileOf({ cell, kind: "thuong-ky", date, grade: m in grades ? grades[m] : "Tốt", absent: ROTATING_ABSENT[(m + 2) % ROTATING_ABSENT.length] }, "hoa-binh"));
    files.push(fileOf({ cell, kind: "nghi-quyet", date }, "hoa-binh"));
    if (m === 2 || m === 8 || m === 11) files.push(fileOf({ cell, kind: "chuyen-de", date: { d: 22, m, y: YEAR } }, "hoa-binh"));
  }

  const school = "CHI BỘ TRƯỜNG TIỂU HỌC";
  for (const m of MONTHS) {
    const date = { d: 10, m, y: YEAR };
    if (m === 8) {
      files.push(fileOf({ cell: school, kind: "chuyen-de", date }, "tieu-hoc"));
      continue;
    }
    const absent = m >= 3 && m <= 6 ? planted.schoolStreakMember : ROTATING_ABSENT[(m + 4) % ROTATING_ABSENT.length];
    files.push(fileOf({ cell: school, kind: "thuong-ky", date, absent, faults: m === 6 ? ["no-conclusion"] : [] }, "tieu-hoc"));
    if (m !== 6) files.push(fileOf({ cell: school, kind: "nghi-quyet", date }, "tieu-hoc"));
    if (m === 1 || m === 4 || m === 11) files.push(fileOf({ cell: school, kind: "chuyen-de", date: { d: 25, m, y: YEAR } }, "tieu-hoc"));
  }

  files.push({ rel: planted.unreadable, bytes: new TextEncoder().encode("Đây không phải tệp Word.") });
  files.push({ rel: planted.noCell, doc: meetingDoc({ cell: null, kind: "thuong-ky", date: { d: 12, m: 3, y: YEAR } }) });
  files.push({ rel: planted.noMonth, doc: meetingDoc({ cell: school, kind: "thuong-ky", date: { d: 1, m: 1, y: YEAR }, undated: true }) });
  return files;
}

const UNIFORM_CELLS = [
  "CHI BỘ PHÒNG KẾ TOÁN",
  "CHI BỘ THÔN HÒA BÌNH",
  "CHI BỘ TRƯỜNG TIỂU HỌC",
  "CHI BỘ CƠ QUAN ỦY BAN NHÂN DÂN XÃ",
  "CHI BỘ THÔN TÂN LẬP",
  "CHI BỘ THÔN TẤN LẬP",
  "CHI BỘ TRẠM Y TẾ",
  "CHI BỘ CÔNG AN XÃ",
  "CHI BỘ QUÂN SỰ XÃ",
  "CHI BỘ TRƯỜNG MẦM NON",
  "CHI BỘ TRƯỜNG TRUNG HỌC CƠ SỞ",
  "CHI BỘ THÔN 1",
];
const GRADES = ["Tốt", "Tốt", "Khá", "Tốt", "Trung bình", "Khá"];

/**
 * `count` documents over one year from January 2025, of as many cells as that takes (about 28
 * documents a cell: 12 regular minutes, 12 nghị quyết, 4 thematic minutes), month by month: grades
 * and absentees vary, and now and then a fault is planted or a regular meeting is missing (only its
 * nghị quyết came). A Văn phòng's year: 2,000 documents are some 70 cells. `skipCells` starts
 * further down the list of names (to add cells beside the planted corpus's).
 */
export function uniformCorpus(count: number, skipCells = 0): CorpusFile[] {
  const files: CorpusFile[] = [];
  const cells = Math.max(1, Math.ceil(count / 28));
  const cellName = (i: number) => {
    const c = i + skipCells;
    const base = UNIFORM_CELLS[c % UNIFORM_CELLS.length]!;
    return c < UNIFORM_CELLS.length ? base : `${base} ${Math.floor(c / UNIFORM_CELLS.length) + 1}`;
  };
  // The index keeps "Tân Lập" and "Tấn Lập" (one slug) in two folders.
  const push = (spec: MeetingSpec, c: number) => {
    if (files.length < count) files.push(fileOf(spec, `${pad(c + skipCells)}-${slug(spec.cell)}`));
  };
  for (let i = 0; files.length < count; i++) {
    const m = (i % 12) + 1;
    const y = YEAR + Math.floor(i / 12);
    for (let c = 0; c < cells && files.length < count; c++) {
      const cell = cellName(c);
      const date = { d: 3 + (c % 20), m, y };
      const faults = (c + m) % 7 === 0 ? (["no-secretary"] as const) : (c + m) % 5 === 0 ? (["no-commend"] as const) : [];
      if ((c + m) % 11 !== 0) {
        push({ cell, kind: "thuong-ky", date, grade: GRADES[(c + m) % GRADES.length], absent: ROTATING_ABSENT[(c + m) % ROTATING_ABSENT.length], faults }, c);
      }
      push({ cell, kind: "nghi-quyet", date }, c);
      if (m % 3 === 2) push({ cell, kind: "chuyen-de", date: { ...date, d: date.d + 8 } }, c);
    }
  }
  return files;
}
