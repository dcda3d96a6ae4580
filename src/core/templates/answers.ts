/**
 * What the secretary tells the drafting assistant: the cell (entered once) and one meeting. Every
 * optional part left undefined stays a labelled placeholder ("Thư ký: đồng chí …") in the draft, so
 * the checker's CHK.PLACEHOLDERS keeps an unfinished draft from being signed; an empty list means
 * "none" (no guests, nobody reserved an opinion). Dates are ISO "YYYY-MM-DD", clock times "HH:MM".
 */
import type { VoteMethod } from "../facts/types";

export { validateAnswers, type AnswerIssue, type ValidationResult } from "./validate-answers";

/** chính thức, dự bị, or an official member exempted from meetings (miễn sinh hoạt, counted as official). */
export type MemberStatus = "chinh-thuc" | "du-bi" | "mien-sinh-hoat";

export interface Member {
  /** Full name ("Nguyễn Văn An"), without "đồng chí". */
  name: string;
  status: MemberStatus;
  /** Position shown after the name when the member chairs ("Bí thư Chi bộ"). */
  position?: string;
  /** Member of the chi ủy (the bí thư and phó bí thư are, whether marked or not). */
  committee?: boolean;
}

export interface CellAnswers {
  /** The upper committee as it heads the page: "Đảng bộ xã Tuy Lộc" (or "Đảng ủy …"). */
  upperCommittee: string;
  /** The cell's name after "Chi bộ": "thôn Hòa Bình" ("Chi bộ thôn Hòa Bình" is accepted too). */
  cellName: string;
  /** Place name of the date line: "Tuy Lộc" in "Tuy Lộc, ngày 05 tháng 11 năm 2025". */
  placeName: string;
  /**
   * Registry number of the document being drafted, per type code: the sequence runs per document
   * type over the whole committee term (format.md §3), so the secretary enters it.
   */
  numbers?: { BB?: number; NQ?: number };
  /** Usual meeting place, used when the meeting does not name one. */
  usualPlace?: string;
  members: Member[];
  /** Names of the bí thư and phó bí thư, when the cell has them. */
  biThu?: string;
  phoBiThu?: string;
}

/** thường kỳ, chuyên đề, both in one session, or the chi ủy's preparatory meeting. */
export type MeetingKind = "thuong-ky" | "chuyen-de" | "thuong-ky-chuyen-de" | "chi-uy";

export interface Person {
  name: string;
  position?: string;
}

export type AttendanceStatus = "present" | "excused" | "unexcused";

export interface AttendanceEntry {
  /** A member's name as in CellAnswers.members. */
  member: string;
  status: AttendanceStatus;
  /** Reason of an excused absence ("đi công tác"). */
  reason?: string;
}

export interface VoteAnswers {
  method: VoteMethod;
  yes: number;
  no: number;
  other: number;
}

export interface TaskAnswers {
  /** What is to be done ("Rà soát hộ nghèo"). */
  text: string;
  /** Who: a member's name, or a body ("Tổ đảng số 2", "Chi ủy"). */
  owner: string;
  /** By when: an ISO date (→ "trước ngày 20 tháng 12 năm 2025") or words ("trong tháng 12"). */
  deadline: string;
}

export interface ThematicAnswers {
  topic?: string;
  /** The member who presented the draft theme. */
  presenter?: string;
  /** How members related the theme to themselves and the unit. */
  relation?: string;
  /** The chair's conclusion on the theme and how it will be applied. */
  conclusion?: string;
}

export interface MeetingAnswers {
  kind: MeetingKind;
  date: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  chair?: Person;
  secretary?: Person;
  /** Guests with their positions; [] = no guest attended. */
  guests?: Person[];
  /** One entry per member (per chi ủy member for a chi ủy meeting). */
  attendance?: AttendanceEntry[];
  vote?: VoteAnswers;
  thematic?: ThematicAnswers;
  tasks?: TaskAnswers[];
  /** Month the tasks are for, "YYYY-MM"; default the meeting's month (the review covers the month before). */
  planMonth?: string;
}

export interface Opinion {
  speaker: string;
  opinion: string;
}

export type Grade = "Tốt" | "Khá" | "Trung bình" | "Kém";

/** What was said and decided, recorded during or after the meeting. */
export interface ContentAnswers {
  agendaAdopted?: boolean;
  /** Party dues collected at the meeting. */
  dues?: { paid: number; outOf: number };
  /** Current affairs and the upper-level documents disseminated (named). */
  news?: string;
  ideology?: string;
  review?: { achieved?: string; shortcomings?: string; causes?: string };
  discussion?: Opinion[];
  selfCriticism?: string;
  /** null = nobody commended / reminded ("không có"). */
  commend?: { commended: string | null; reminded: string | null };
  conclusion?: string;
  /** [] = no reserved opinion. */
  reservedOpinions?: Opinion[];
  grade?: { grade: Grade; points?: number; shortcomings?: string };
  minutesAdopted?: boolean;
  /** Chi ủy meeting: what it prepared for the cell's meeting. */
  committeeAgenda?: string[];
}

export interface ResolutionAnswers {
  /** NQ.ASSIGNMENT; by default derived from the tasks. */
  assignment?: string;
  /** Recipient lines without "- " and the final comma; "Lưu Chi bộ." is always added last. */
  recipients?: string[];
  signer?: { name: string; role: "bi-thu" | "pho-bi-thu" };
}

export interface Answers {
  cell: CellAnswers;
  meeting: MeetingAnswers;
  /** Date of the document's place-date line; default the meeting date. */
  documentDate?: string;
  content?: ContentAnswers;
  resolution?: ResolutionAnswers;
}
