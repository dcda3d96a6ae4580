/**
 * Facts read once from a document's text and shared by every rule (and by the step-by-step view and
 * the scorecard). Every fact keeps where it was found. Counts are integers; a count the text does not
 * give is undefined, never guessed.
 */

/** Where a fact was read: paragraph index and UTF-16 range in that paragraph's NFC text. */
export interface Span {
  paragraph: number;
  start: number;
  end: number;
}

export interface DateFact extends Span {
  day: number;
  month: number;
  year: number;
  /** The text as written ("ngày 5 tháng 11 năm 2025", "05/11/2025"). */
  text: string;
  /** "words" = "ngày … tháng … năm …"; "numeric" = 05/11/2025, 05-11-2025, 05.11.2025. */
  form: "words" | "numeric";
  /** Day and month exactly as written (for the zero-padding rule of CHK.DATE_FORMAT). */
  dayText: string;
  monthText: string;
  /** A real calendar date. */
  valid: boolean;
}

export interface TimeFact extends Span {
  hour: number;
  minute: number;
  text: string;
  /** 0 ≤ hour ≤ 23 (24:00 accepted as end of day) and 0 ≤ minute ≤ 59. */
  valid: boolean;
}

export interface PersonFact extends Span {
  /** Full name as written, without "đồng chí"/"đ/c" ("Nguyễn Văn A"); undefined when only a title is given. */
  name?: string;
  /** Position after the name ("Bí thư Chi bộ", "Đảng ủy viên phụ trách chi bộ"). */
  position?: string;
}

/** An absence line: count and named people, or an explicit "không" / "không có". */
export interface AbsenceFact extends Span {
  count?: number;
  /** "không", "không có", "0": stated explicitly that nobody was absent in this class. */
  none: boolean;
  names: string[];
  reasons: string[];
  /**
   * True when the text says the convening body accepted the reasons ("chi ủy chấp nhận"): then the
   * absentees are certainly X of G-QD24 9.3.2 and CHK.VOTE_MAJORITY need not show both results.
   */
  accepted?: boolean;
}

export interface AttendanceFacts {
  /** Tổng số đảng viên (the cell's register, T = C + D). */
  total?: number;
  official?: number;
  probationary?: number;
  /** Miễn sinh hoạt (exempted): all, those present (E_in), those absent (E_out), when the text says. */
  exempt?: number;
  exemptPresent?: number;
  exemptAbsent?: number;
  /** Sinh hoạt tạm thời nơi khác (A). */
  away?: number;
  /** Đình chỉ, bị truy tố, tạm giam (S). */
  suspended?: number;
  present?: number;
  presentOfficial?: number;
  presentProbationary?: number;
  /** y in "Có mặt x/y". */
  presentOutOf?: number;
  /** Percentage as written ("88,9%"), for information only. */
  presentPercent?: number;
  excused?: AbsenceFact;
  unexcused?: AbsenceFact;
  /** "Vắng: 02" with no class given. */
  unclassified?: AbsenceFact;
  /** "dự họp đầy đủ", "Có mặt 18/18": counts as an explicit "không có" for both absence classes. */
  full: boolean;
  /** Where each part was read (for locations and for the step-by-step view). */
  spans: Partial<Record<"membership" | "present" | "excused" | "unexcused", Span>>;
}

export type VoteMethod = "gio-tay" | "the-dang-vien" | "phieu-kin" | "ung-dung";

export type VoteSubject = "resolution" | "conclusion" | "admission" | "confirmation" | "agenda" | "minutes" | "grade" | "other";

export interface VoteFact extends Span {
  text: string;
  subject: VoteSubject;
  method?: VoteMethod;
  yes?: number;
  no?: number;
  other?: number;
  /** y in "x/y đồng chí tán thành". */
  outOf?: number;
  percent?: number;
  /** "100% đảng viên có mặt tán thành", "nhất trí" with no count: yes must be inferred. */
  countless: boolean;
  /**
   * False when the text records that the item was NOT adopted ("không thông qua", "chưa đủ tỷ lệ,
   * chưa kết nạp"); undefined when it does not say (the usual case: minutes record adoption).
   */
  adopted?: boolean;
}

export interface TaskFact extends Span {
  text: string;
  owner?: string;
  deadline?: string;
}

export interface SpeakerFact extends Span {
  name: string;
}

/** The header block (format.md §2), read by position and text, whatever mechanism laid it out. */
export interface HeaderFacts {
  partyTitle?: Span;
  upperOrg?: Span & { text: string };
  issuer?: Span & { text: string; name: string };
  star?: Span;
  /** A rule ("-----") under the issuer where "*" belongs (state style). */
  ruleInsteadOfStar?: Span;
  number?: Span & { text: string };
  placeDate?: Span & { text: string; place?: string; date?: DateFact };
  typeTitle?: Span & { text: string; kind: "BIÊN BẢN" | "NGHỊ QUYẾT" | "OTHER" };
  subject?: Span & { text: string };
  /** State-document leaks in the header (format.md §9): the Quốc hiệu and the national motto lines. */
  stateTitle?: Span;
  stateMotto?: Span;
  /** Index of the first paragraph after the header block and subject (where the body starts). */
  bodyStart: number;
}

export interface Facts {
  header: HeaderFacts;
  dates: DateFact[];
  times: TimeFact[];
  /** The meeting's date (BB.START_TIME's date, or the nghị quyết preamble's), else undefined. */
  meetingDate?: DateFact;
  /** The document's own date (HDR.PLACE_DATE). */
  documentDate?: DateFact;
  startTime?: TimeFact;
  endTime?: TimeFact;
  /** A closing statement that gives no clock time ("Cuộc họp kết thúc cùng ngày"). */
  endStatement?: Span;
  place?: Span & { text: string };
  chair?: PersonFact;
  secretary?: PersonFact;
  guests: PersonFact[];
  /** Guests are mentioned ("Đại biểu dự", "Về dự có …"), named or not. */
  guestsMentioned?: Span;
  attendance: AttendanceFacts;
  votes: VoteFact[];
  tasks: TaskFact[];
  speakers: SpeakerFact[];
  /** The document contains a thematic part (chuyên đề). */
  thematic: boolean;
}
