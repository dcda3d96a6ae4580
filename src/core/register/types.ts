/**
 * The register's data: what it keeps of each document (a summary, never the text or the findings'
 * messages), what it finds per cell over a period, and the grid of cells × months.
 */
import type { Severity } from "../catalog/elements";
import type { DocumentType } from "../catalog/document-types";
import type { GuidanceId } from "../guidance/catalog";
import type { MeetingGrade } from "./meeting-grade";
import type { MemberAbsences } from "./member-absences";
import type { MonthBasis } from "./meeting-month";
import type { Quarter, YearMonth } from "./year-month";

/** What the register needs of one document, read once; small and free of the document's text. */
export interface DocumentSummary {
  /** The issuer line as written ("CHI BỘ PHÒNG KẾ TOÁN") and the cell's name in it ("PHÒNG KẾ TOÁN"). */
  issuer: { text: string; name: string } | null;
  /** The upper committee's line ("ĐẢNG ỦY XÃ TUY LỘC"), when written. */
  upperOrg: string | null;
  documentType: DocumentType | null;
  month: YearMonth | null;
  monthBasis: MonthBasis | null;
  /** ISO date of the meeting (else of the document), when known. */
  meetingDate: string | null;
  grade: MeetingGrade | null;
  points: number | null;
  /** Holds a thematic meeting: chuyên đề minutes, or regular minutes that also held the theme. */
  thematic: boolean;
  /** Minutes that record the chair's conclusion (REG.RESOLUTION accepts it instead of a nghị quyết). */
  conclusion: boolean;
  absences: MemberAbsences | null;
  errors: number;
  warnings: number;
  infos: number;
  /** Fingerprint of the text, to find the same document received twice. */
  fingerprint: string;
}

/** A summary with its place in the run. */
export interface RegisterEntry extends DocumentSummary {
  /** Position in the run (0-based); findings and lists refer to documents by it. */
  id: number;
  path: string;
}

export type RegisterElementId = "REG.MONTHLY" | "REG.THEMATIC" | "REG.RESOLUTION" | "REG.GRADE" | "REG.ABSENCE_STREAK";

export interface RegisterFinding {
  elementId: RegisterElementId;
  /** Stable message key (for tests and tools; the text may be reworded). */
  messageId: string;
  severity: Severity;
  month: YearMonth | null;
  quarter: Quarter | null;
  message: string;
  guidance: GuidanceId[];
  /** Documents the finding is about, when any (ids). */
  documents: number[];
}

/** A month of a cell in the grid, by what its documents show. */
export type MonthState = "missing" | "errors" | "warnings" | "clean";

export interface MonthCell {
  month: YearMonth;
  state: MonthState;
  /** A regular meeting's minutes were received. */
  regular: boolean;
  thematic: boolean;
  resolution: boolean;
  grade: MeetingGrade | null;
  points: number | null;
  /** Ids of the cell's documents of this month. */
  documents: number[];
}

export interface CellTotals {
  documents: number;
  /** Months of the period with a regular meeting. */
  regularMonths: number;
  missingMonths: number;
  thematicMeetings: number;
  resolutions: number;
  gradedMonths: number;
  /** Documents' findings. */
  errors: number;
  warnings: number;
  infos: number;
  /** Register findings by severity. */
  registerErrors: number;
  registerWarnings: number;
  registerInfos: number;
}

export type GradeTrend = "up" | "down" | "steady" | null;

export interface CellRegister {
  key: string;
  /** The issuer line most documents write ("CHI BỘ PHÒNG KẾ TOÁN"). */
  name: string;
  /** Every spelling of the issuer line received, most frequent first. */
  spellings: string[];
  /** Upper committees named; more than one deserves a look (two cells of one name?). */
  upperOrgs: string[];
  /** Ids, by month then meeting date then path. */
  documents: number[];
  months: MonthCell[];
  findings: RegisterFinding[];
  totals: CellTotals;
  gradeTrend: GradeTrend;
}

export type UnassignedReason = "type" | "cell" | "ambiguous-cell" | "month";

export interface UnassignedDocument {
  id: number;
  reason: UnassignedReason;
  message: string;
}

export interface MonthTotals {
  month: YearMonth;
  /** Cells whose regular meeting of the month was received. */
  regular: number;
  missing: number;
  thematic: number;
  errors: number;
  warnings: number;
  clean: number;
}

export interface RegisterResult {
  period: { from: YearMonth; to: YearMonth };
  months: YearMonth[];
  /** Quarters wholly inside the period (REG.THEMATIC is judged on these only). */
  quarters: Quarter[];
  cells: CellRegister[];
  monthTotals: MonthTotals[];
  /** Groups of ids of the same meeting or the same text received more than once. */
  duplicates: number[][];
  unassigned: UnassignedDocument[];
  /** Ids of documents dated outside the period. */
  outsidePeriod: number[];
}
