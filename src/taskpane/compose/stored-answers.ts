/**
 * The form remembered in the document: the cell (entered once, reused every month) and the last
 * drafted meeting (so "Tạo nghị quyết từ biên bản" works after the document is reopened). What comes
 * back from a document or from this machine's storage is untrusted: every value is read with a type
 * check and anything odd is left blank, never thrown.
 */
import type { FormState, MemberRow, OpinionRow, PersonRow, TaskRow } from "./form-state";
import { emptyForm, newId } from "./form-state";

export const CELL_SETTING = "bienban.cell";
export const ANSWERS_SETTING = "bienban.answers";
/** This machine's copy of the cell, for next month's new document (stays on the machine). */
export const LOCAL_CELL_KEY = "bienban.cell";

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : "");
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, 500) : []);
const oneOf = <T extends string>(v: unknown, values: readonly T[], fallback: T): T => (values.includes(v as T) ? (v as T) : fallback);

const STATUSES = ["chinh-thuc", "du-bi", "mien-sinh-hoat"] as const;
const ATTENDANCE = ["present", "excused", "unexcused"] as const;
const METHODS = ["gio-tay", "the-dang-vien", "phieu-kin", "ung-dung", ""] as const;
const GRADES = ["Tốt", "Khá", "Trung bình", "Kém", ""] as const;

/** The cell part of a stored value (a CellAnswers), onto a form. */
export function withStoredCell(form: FormState, value: unknown): FormState {
  const c = obj(value);
  const numbers = obj(c.numbers);
  const members = list(c.members).map((m): MemberRow => {
    const o = obj(m);
    return { id: newId(), name: str(o.name), status: oneOf(o.status, STATUSES, "chinh-thuc"), committee: o.committee === true, attendance: "present", reason: "" };
  });
  return {
    ...form,
    cell: {
      upperCommittee: str(c.upperCommittee),
      cellName: str(c.cellName),
      placeName: str(c.placeName),
      numberBB: str(numbers.BB),
      numberNQ: str(numbers.NQ),
      usualPlace: str(c.usualPlace),
      biThu: str(c.biThu),
      phoBiThu: str(c.phoBiThu),
    },
    members,
    meeting: { ...form.meeting, place: form.meeting.place || str(c.usualPlace) },
  };
}

export function hasCell(value: unknown): boolean {
  const c = obj(value);
  return str(c.cellName) !== "" || list(c.members).length > 0;
}

/** A whole stored meeting (an Answers value) as the form. */
export function formFromStored(value: unknown): FormState {
  const a = obj(value);
  const form = withStoredCell(emptyForm(), a.cell);
  const m = obj(a.meeting);
  const kind = str(m.kind);
  form.type = kind === "chuyen-de" ? "bien-ban-chuyen-de" : kind === "chi-uy" ? "bien-ban-chi-uy" : "bien-ban-thuong-ky";
  form.withThematic = kind === "thuong-ky-chuyen-de";
  const guests = list(m.guests).map((g): PersonRow => ({ id: newId(), name: str(obj(g).name), position: str(obj(g).position) }));
  form.meeting = {
    date: str(m.date),
    startTime: str(m.startTime),
    endTime: str(m.endTime),
    place: str(m.place),
    chair: str(obj(m.chair).name),
    secretary: str(obj(m.secretary).name),
    hasGuests: guests.length > 0,
  };
  form.guests = guests;
  const byName = new Map(list(m.attendance).map((e) => [str(obj(e).member), obj(e)]));
  form.members = form.members.map((row) => {
    const e = byName.get(row.name);
    return e ? { ...row, attendance: oneOf(e.status, ATTENDANCE, "present"), reason: str(e.reason) } : row;
  });
  const v = obj(m.vote);
  form.vote = Object.keys(v).length ? { method: oneOf(v.method, METHODS, ""), yes: str(v.yes), no: str(v.no), other: str(v.other) } : form.vote;
  form.tasks = list(m.tasks).map((t): TaskRow => ({ id: newId(), text: str(obj(t).text), owner: str(obj(t).owner), deadline: str(obj(t).deadline) }));
  const th = obj(m.thematic);
  form.thematic = { topic: str(th.topic), presenter: str(th.presenter), relation: str(th.relation), conclusion: str(th.conclusion) };
  const c = obj(a.content);
  const review = obj(c.review);
  const commend = obj(c.commend);
  const grade = obj(c.grade);
  const dues = obj(c.dues);
  const opinions = (x: unknown) => list(x).map((o): OpinionRow => ({ id: newId(), speaker: str(obj(o).speaker), opinion: str(obj(o).opinion) }));
  form.discussion = opinions(c.discussion);
  form.reserved = opinions(c.reservedOpinions);
  form.content = {
    agendaAdopted: c.agendaAdopted === true,
    minutesAdopted: c.minutesAdopted === true,
    duesPaid: str(dues.paid),
    duesOutOf: str(dues.outOf),
    news: str(c.news),
    ideology: str(c.ideology),
    achieved: str(review.achieved),
    shortcomings: str(review.shortcomings),
    causes: str(review.causes),
    selfCriticism: str(c.selfCriticism),
    commended: "commended" in commend ? str(commend.commended) || "không có" : "",
    reminded: "reminded" in commend ? str(commend.reminded) || "không có" : "",
    conclusion: str(c.conclusion),
    grade: oneOf(grade.grade, GRADES, ""),
    points: str(grade.points),
    gradeShortcomings: str(grade.shortcomings),
    hasReserved: form.reserved.length > 0,
    committeeAgenda: list(c.committeeAgenda).map(str).filter(Boolean).join("\n"),
  };
  return form;
}

/** Next month's meeting: the cell and its members stay, the numbers move on, the meeting starts blank. */
export function nextMeeting(form: FormState): FormState {
  const bump = (s: string) => (/^\d+$/.test(s.trim()) ? String(Number(s.trim()) + 1) : s);
  const fresh = emptyForm();
  return {
    ...fresh,
    cell: { ...form.cell, numberBB: bump(form.cell.numberBB), numberNQ: bump(form.cell.numberNQ) },
    members: form.members.map((m) => ({ ...m, attendance: "present", reason: "" })),
    meeting: { ...fresh.meeting, place: form.cell.usualPlace },
  };
}

/** This machine's copy of the cell (localStorage can be unavailable or full: then nothing happens). */
export function readLocalCell(): unknown {
  try {
    const raw = globalThis.localStorage?.getItem(LOCAL_CELL_KEY);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

export function writeLocalCell(value: unknown): void {
  try {
    globalThis.localStorage?.setItem(LOCAL_CELL_KEY, JSON.stringify(value));
  } catch {
    // Storage disabled (private mode, policy): the copy in the document still holds.
  }
}
