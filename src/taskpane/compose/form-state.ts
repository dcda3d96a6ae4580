/**
 * The meeting form as the inputs hold it (every value a string, lists as rows) and its conversion to
 * the drafting answers of src/core/templates. A blank input becomes "not given", so the template
 * keeps a labelled placeholder there and the checker's CHK.PLACEHOLDERS keeps the draft from being
 * signed until it is filled; an explicit "none" (no guests, no reserved opinion) is an empty list.
 */
import type { VoteMethod } from "../../core/facts/types";
import type { Answers, AttendanceStatus, CellAnswers, ContentAnswers, Grade, Member, MemberStatus, ThematicAnswers } from "../../core/templates/answers";

export type DraftType = "bien-ban-thuong-ky" | "bien-ban-chuyen-de" | "bien-ban-chi-uy";

export interface MemberRow {
  id: number;
  name: string;
  status: MemberStatus;
  committee: boolean;
  attendance: AttendanceStatus;
  reason: string;
}

export interface PersonRow {
  id: number;
  name: string;
  position: string;
}

export interface TaskRow {
  id: number;
  text: string;
  owner: string;
  deadline: string;
}

export interface OpinionRow {
  id: number;
  speaker: string;
  opinion: string;
}

export interface CellFields {
  upperCommittee: string;
  cellName: string;
  placeName: string;
  numberBB: string;
  numberNQ: string;
  usualPlace: string;
  biThu: string;
  phoBiThu: string;
}

export interface ContentFields {
  agendaAdopted: boolean;
  minutesAdopted: boolean;
  duesPaid: string;
  duesOutOf: string;
  news: string;
  ideology: string;
  achieved: string;
  shortcomings: string;
  causes: string;
  selfCriticism: string;
  commended: string;
  reminded: string;
  conclusion: string;
  grade: Grade | "";
  points: string;
  gradeShortcomings: string;
  hasReserved: boolean;
  /** Chi ủy meeting: what it prepares for the cell's meeting, one item per line. */
  committeeAgenda: string;
}

export interface FormState {
  cell: CellFields;
  members: MemberRow[];
  type: DraftType;
  /** A regular meeting that also held its thematic part in the same session. */
  withThematic: boolean;
  meeting: { date: string; startTime: string; endTime: string; place: string; chair: string; secretary: string; hasGuests: boolean };
  guests: PersonRow[];
  vote: { method: VoteMethod | ""; yes: string; no: string; other: string };
  tasks: TaskRow[];
  thematic: { topic: string; presenter: string; relation: string; conclusion: string };
  content: ContentFields;
  discussion: OpinionRow[];
  reserved: OpinionRow[];
}

let nextId = 1;
/** Row ids: stable React keys while rows are added and removed. */
export const newId = (): number => nextId++;

export const emptyCell: CellFields = { upperCommittee: "", cellName: "", placeName: "", numberBB: "", numberNQ: "", usualPlace: "", biThu: "", phoBiThu: "" };

export const emptyContent: ContentFields = {
  agendaAdopted: false,
  minutesAdopted: false,
  duesPaid: "",
  duesOutOf: "",
  news: "",
  ideology: "",
  achieved: "",
  shortcomings: "",
  causes: "",
  selfCriticism: "",
  commended: "",
  reminded: "",
  conclusion: "",
  grade: "",
  points: "",
  gradeShortcomings: "",
  hasReserved: false,
  committeeAgenda: "",
};

export function emptyForm(): FormState {
  return {
    cell: { ...emptyCell },
    members: [],
    type: "bien-ban-thuong-ky",
    withThematic: false,
    meeting: { date: "", startTime: "", endTime: "", place: "", chair: "", secretary: "", hasGuests: false },
    guests: [],
    vote: { method: "", yes: "", no: "", other: "" },
    tasks: [],
    thematic: { topic: "", presenter: "", relation: "", conclusion: "" },
    content: { ...emptyContent },
    discussion: [],
    reserved: [],
  };
}

export function newMember(name = ""): MemberRow {
  return { id: newId(), name, status: "chinh-thuc", committee: false, attendance: "present", reason: "" };
}

const text = (s: string): string | undefined => (s.trim() === "" ? undefined : s.trim());
/** A count typed in a box: blank → undefined; anything else → a number (NaN when not one, which validation refuses). */
const count = (s: string): number | undefined => (s.trim() === "" ? undefined : /^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);
const NONE = /^(không|không có|khong|khong co|0)$/i;

/** "20/12/2025" or "20-12-2025" → "2025-12-20"; words ("trong tháng 12") and ISO stay as typed. */
export function deadlineAnswer(s: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s.trim());
  if (!m) return s.trim();
  return `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

export function isCommitteeRow(row: MemberRow, cell: CellFields): boolean {
  const name = row.name.trim();
  return row.committee || (name !== "" && (name === cell.biThu.trim() || name === cell.phoBiThu.trim()));
}

export function cellAnswers(form: FormState): CellAnswers {
  const c = form.cell;
  const numbers: { BB?: number; NQ?: number } = {};
  const bb = count(c.numberBB);
  const nq = count(c.numberNQ);
  if (bb !== undefined) numbers.BB = bb;
  if (nq !== undefined) numbers.NQ = nq;
  return {
    upperCommittee: c.upperCommittee.trim(),
    cellName: c.cellName.trim(),
    placeName: c.placeName.trim(),
    ...(bb !== undefined || nq !== undefined ? { numbers } : {}),
    ...(text(c.usualPlace) ? { usualPlace: text(c.usualPlace) } : {}),
    members: form.members.map((m): Member => ({ name: m.name.trim(), status: m.status, ...(m.committee ? { committee: true } : {}) })),
    ...(text(c.biThu) ? { biThu: text(c.biThu) } : {}),
    ...(text(c.phoBiThu) ? { phoBiThu: text(c.phoBiThu) } : {}),
  };
}

/**
 * Lists in the answers skip blank rows (and a chi ủy meeting lists only its committee), so an issue
 * about "meeting.tasks[1]" may be about the third row on screen: these give each answer index's row.
 */
export interface RowMaps {
  attendance: number[];
  tasks: number[];
  discussion: number[];
  reserved: number[];
}

function kindOf(form: FormState): Answers["meeting"]["kind"] {
  if (form.type === "bien-ban-chi-uy") return "chi-uy";
  if (form.type === "bien-ban-chuyen-de") return "chuyen-de";
  return form.withThematic ? "thuong-ky-chuyen-de" : "thuong-ky";
}

export function hasThematic(form: FormState): boolean {
  return form.type === "bien-ban-chuyen-de" || (form.type === "bien-ban-thuong-ky" && form.withThematic);
}

function contentAnswers(form: FormState, maps: RowMaps): ContentAnswers | undefined {
  const c = form.content;
  const out: ContentAnswers = {};
  if (c.agendaAdopted) out.agendaAdopted = true;
  if (c.minutesAdopted) out.minutesAdopted = true;
  const paid = count(c.duesPaid);
  const outOf = count(c.duesOutOf);
  if (paid !== undefined || outOf !== undefined) out.dues = { paid: paid ?? Number.NaN, outOf: outOf ?? Number.NaN };
  if (text(c.news)) out.news = text(c.news);
  if (text(c.ideology)) out.ideology = text(c.ideology);
  const review = { achieved: text(c.achieved), shortcomings: text(c.shortcomings), causes: text(c.causes) };
  if (review.achieved || review.shortcomings || review.causes) {
    out.review = Object.fromEntries(Object.entries(review).filter(([, v]) => v !== undefined));
  }
  const opinions = (rows: OpinionRow[], map: number[]) =>
    rows.flatMap((r, i) => {
      if (!text(r.speaker) && !text(r.opinion)) return [];
      map.push(i);
      return [{ speaker: r.speaker.trim(), opinion: r.opinion.trim() }];
    });
  const discussion = opinions(form.discussion, maps.discussion);
  if (discussion.length) out.discussion = discussion;
  if (text(c.selfCriticism)) out.selfCriticism = text(c.selfCriticism);
  const commended = text(c.commended);
  const reminded = text(c.reminded);
  if (commended || reminded) {
    out.commend = { commended: !commended || NONE.test(commended) ? null : commended, reminded: !reminded || NONE.test(reminded) ? null : reminded };
  }
  if (text(c.conclusion)) out.conclusion = text(c.conclusion);
  out.reservedOpinions = c.hasReserved ? opinions(form.reserved, maps.reserved) : [];
  if (c.grade) {
    const points = count(c.points);
    out.grade = { grade: c.grade, ...(points !== undefined ? { points } : {}), ...(text(c.gradeShortcomings) ? { shortcomings: text(c.gradeShortcomings) } : {}) };
  }
  const agenda = c.committeeAgenda.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (form.type === "bien-ban-chi-uy" && agenda.length) out.committeeAgenda = agenda;
  return Object.keys(out).length ? out : undefined;
}

/** The drafting answers of the form, and where each list entry came from. */
export function toAnswers(form: FormState): { answers: Answers; maps: RowMaps } {
  const maps: RowMaps = { attendance: [], tasks: [], discussion: [], reserved: [] };
  const cell = cellAnswers(form);
  const m = form.meeting;
  const chiUy = form.type === "bien-ban-chi-uy";
  const attendance = form.members.flatMap((row, i) => {
    if (chiUy && !isCommitteeRow(row, form.cell)) return [];
    maps.attendance.push(i);
    return [{ member: row.name.trim(), status: row.attendance, ...(row.attendance === "excused" && text(row.reason) ? { reason: text(row.reason) } : {}) }];
  });
  const v = form.vote;
  const voteGiven = v.method !== "" || [v.yes, v.no, v.other].some((x) => x.trim() !== "");
  const tasks = form.tasks.flatMap((t, i) => {
    if (!text(t.text) && !text(t.owner) && !text(t.deadline)) return [];
    maps.tasks.push(i);
    return [{ text: t.text.trim(), owner: t.owner.trim(), deadline: deadlineAnswer(t.deadline) }];
  });
  const th = form.thematic;
  const thematic: ThematicAnswers = Object.fromEntries(
    Object.entries({ topic: text(th.topic), presenter: text(th.presenter), relation: text(th.relation), conclusion: text(th.conclusion) }).filter(([, x]) => x !== undefined),
  );
  const content = contentAnswers(form, maps);
  const answers: Answers = {
    cell,
    meeting: {
      kind: kindOf(form),
      date: m.date.trim(),
      ...(text(m.startTime) ? { startTime: text(m.startTime) } : {}),
      ...(text(m.endTime) ? { endTime: text(m.endTime) } : {}),
      ...(text(m.place) ? { place: text(m.place) } : {}),
      ...(text(m.chair) ? { chair: { name: m.chair.trim() } } : {}),
      ...(text(m.secretary) ? { secretary: { name: m.secretary.trim() } } : {}),
      ...(chiUy ? {} : { guests: m.hasGuests ? form.guests.map((g) => ({ name: g.name.trim(), ...(text(g.position) ? { position: text(g.position) } : {}) })) : [] }),
      ...(form.members.length ? { attendance } : {}),
      ...(voteGiven && !chiUy
        ? { vote: { method: v.method as VoteMethod, yes: count(v.yes) ?? Number.NaN, no: count(v.no) ?? 0, other: count(v.other) ?? 0 } }
        : {}),
      ...(hasThematic(form) && Object.keys(thematic).length ? { thematic } : {}),
      ...(tasks.length && !chiUy ? { tasks } : {}),
    },
    ...(content ? { content } : {}),
  };
  return { answers, maps };
}

/** An issue's field path from the answers, rewritten to the row on screen ("meeting.tasks[0]" → the row it came from). */
export function screenPath(field: string, maps: RowMaps): string {
  const m = /^(meeting\.attendance|meeting\.tasks|content\.discussion|content\.reservedOpinions)\[(\d+)\](.*)$/.exec(field);
  if (!m) return field;
  const list = { "meeting.attendance": maps.attendance, "meeting.tasks": maps.tasks, "content.discussion": maps.discussion, "content.reservedOpinions": maps.reserved }[m[1]!]!;
  const row = list[Number(m[2])];
  return row === undefined ? field : `${m[1]}[${row}]${m[3]}`;
}
