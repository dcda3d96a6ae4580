/**
 * Answers are checked before anything is drafted: a draft built on impossible answers (more present
 * than members, 31/02, an end before the start, more votes than voters) would carry the error into a
 * signed document. Hard errors refuse the answers; doubtful ones (a chair who is neither a member nor
 * a guest, a vote short of a majority) are warnings shown beside the draft. Messages are Vietnamese
 * and name the field, so a form can show each next to its input.
 */
import type { DocumentType } from "../catalog/document-types";
import { isMoreThanHalf } from "../arithmetic/majority";
import { baseSettings } from "../profiles/builtin";
import type { ProfileSettings } from "../profiles/types";
import type { Answers, AttendanceEntry, Member, Opinion, Person } from "./answers";
import { committeeMembers, summarizeAttendance, voteBase } from "./attendance";
import { compareDates, parseIsoDate, parseIsoMonth, type CalendarDate } from "./calendar";
import { minutesOf, parseClock } from "./clock";
import { nameKey, normalizeAnswers } from "./normalize-answers";

export interface AnswerIssue {
  /** Path of the answer concerned: "meeting.date", "meeting.attendance[2].member". */
  field: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; warnings: AnswerIssue[] }
  | { ok: false; errors: AnswerIssue[]; warnings: AnswerIssue[] };

export interface ValidateOptions {
  /** The document to draft: its type must suit the meeting kind. */
  type?: DocumentType;
  /** Vote-denominator exclusions for the majority warning (default: the base profile). */
  settings?: ProfileSettings;
}

const KINDS = ["thuong-ky", "chuyen-de", "thuong-ky-chuyen-de", "chi-uy"];
const STATUSES = ["chinh-thuc", "du-bi", "mien-sinh-hoat"];
const ATTENDANCE = ["present", "excused", "unexcused"];
const METHODS = ["gio-tay", "the-dang-vien", "phieu-kin", "ung-dung"];
const GRADES = ["Tốt", "Khá", "Trung bình", "Kém"];
const UPPER_ORG = /^(đảng bộ|đảng ủy|đảng uỷ|(huyện|quận|thị|thành|tỉnh) (ủy|uỷ))(\s|$)/i;
const ISO_LIKE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** Which meeting kinds each document type can record. */
const KINDS_OF_TYPE: Record<DocumentType, readonly string[]> = {
  "bien-ban-thuong-ky": ["thuong-ky", "thuong-ky-chuyen-de"],
  "bien-ban-chuyen-de": ["chuyen-de"],
  "nghi-quyet": ["thuong-ky", "thuong-ky-chuyen-de", "chuyen-de"],
  "bien-ban-chi-uy": ["chi-uy"],
};

const blank = (v: unknown): boolean => typeof v !== "string" || v.trim() === "";
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const slashDate = (iso: string) => iso.split("-").reverse().join("/");

class Issues {
  readonly errors: AnswerIssue[] = [];
  readonly warnings: AnswerIssue[] = [];
  error(field: string, message: string) {
    this.errors.push({ field, message });
  }
  warn(field: string, message: string) {
    this.warnings.push({ field, message });
  }
}

function checkDate(value: unknown, field: string, what: string, issues: Issues): CalendarDate | undefined {
  if (blank(value)) {
    issues.error(field, `Chưa ghi ${what}.`);
    return undefined;
  }
  const text = String(value);
  const date = parseIsoDate(text);
  if (date) return date;
  if (ISO_LIKE.test(text.trim())) issues.error(field, `${what[0]!.toUpperCase()}${what.slice(1)} ${slashDate(text.trim())} không có trong lịch.`);
  else issues.error(field, `${what[0]!.toUpperCase()}${what.slice(1)} phải ghi dạng năm-tháng-ngày, ví dụ 2025-11-05.`);
  return undefined;
}

function checkCell(a: Answers, issues: Issues): void {
  const cell = a.cell;
  if (typeof cell !== "object" || cell === null) {
    issues.error("cell", "Chưa có thông tin chi bộ.");
    return;
  }
  if (blank(cell.upperCommittee)) issues.error("cell.upperCommittee", "Chưa ghi tên cấp ủy cấp trên (ví dụ: Đảng bộ xã Tuy Lộc).");
  else if (!UPPER_ORG.test(cell.upperCommittee.trim())) {
    issues.warn("cell.upperCommittee", `Tên cấp ủy cấp trên "${cell.upperCommittee}" thường bắt đầu bằng "Đảng bộ" hoặc "Đảng ủy".`);
  }
  if (blank(cell.cellName)) issues.error("cell.cellName", "Chưa ghi tên chi bộ.");
  if (blank(cell.placeName)) issues.error("cell.placeName", "Chưa ghi địa danh của dòng ngày tháng (tên xã, phường nơi chi bộ sinh hoạt).");
  for (const code of ["BB", "NQ"] as const) {
    const n = cell.numbers?.[code];
    if (n !== undefined && !(isCount(n) && n > 0)) issues.error(`cell.numbers.${code}`, `Số văn bản ${code} phải là số nguyên dương.`);
  }
  if (!Array.isArray(cell.members) || cell.members.length === 0) {
    issues.error("cell.members", "Chưa có danh sách đảng viên của chi bộ.");
    return;
  }
  const seen = new Set<string>();
  cell.members.forEach((m: Member, i) => {
    const field = `cell.members[${i}]`;
    if (blank(m.name)) {
      issues.error(`${field}.name`, `Đảng viên thứ ${i + 1} chưa có họ tên.`);
      return;
    }
    if (!STATUSES.includes(m.status)) issues.error(`${field}.status`, `Đồng chí ${m.name}: tình trạng phải là chính thức, dự bị hoặc miễn sinh hoạt.`);
    const key = nameKey(m.name);
    if (seen.has(key)) issues.error(`${field}.name`, `Họ tên "${m.name}" ghi hai lần trong danh sách đảng viên; nếu là hai người trùng tên, hãy thêm chữ phân biệt.`);
    seen.add(key);
  });
  for (const role of ["biThu", "phoBiThu"] as const) {
    const name = cell[role];
    if (name !== undefined && !seen.has(nameKey(name))) {
      issues.warn(`cell.${role}`, `Đồng chí ${name} (${role === "biThu" ? "bí thư" : "phó bí thư"}) không có trong danh sách đảng viên.`);
    }
  }
}

function checkPerson(p: Person | undefined, field: string, what: string, known: Set<string>, issues: Issues): void {
  if (p === undefined) return;
  if (blank(p.name)) {
    issues.error(`${field}.name`, `Chưa ghi họ tên ${what}.`);
    return;
  }
  if (!known.has(nameKey(p.name))) issues.warn(`${field}.name`, `${what[0]!.toUpperCase()}${what.slice(1)} (đồng chí ${p.name}) không có trong danh sách đảng viên hay đại biểu.`);
}

function checkOpinions(list: Opinion[] | undefined, field: string, known: Set<string>, issues: Issues): void {
  list?.forEach((o, i) => {
    if (blank(o.speaker)) issues.error(`${field}[${i}].speaker`, `Ý kiến thứ ${i + 1} chưa ghi người phát biểu.`);
    else if (!known.has(nameKey(o.speaker))) issues.warn(`${field}[${i}].speaker`, `Đồng chí ${o.speaker} không có trong danh sách đảng viên hay đại biểu.`);
    if (blank(o.opinion)) issues.error(`${field}[${i}].opinion`, `Chưa ghi nội dung ý kiến thứ ${i + 1}.`);
  });
}

function checkAttendance(entries: AttendanceEntry[], group: readonly Member[], groupWord: string, issues: Issues): void {
  const inGroup = new Map(group.map((m) => [nameKey(m.name), m]));
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const field = `meeting.attendance[${i}]`;
    if (!ATTENDANCE.includes(e.status)) issues.error(`${field}.status`, `Đồng chí ${e.member}: chỉ ghi có mặt, vắng có lý do hoặc vắng không lý do.`);
    const key = nameKey(e.member ?? "");
    if (!inGroup.has(key)) issues.error(`${field}.member`, `Đồng chí ${e.member} không có trong danh sách ${groupWord}.`);
    else if (seen.has(key)) issues.error(`${field}.member`, `Đồng chí ${e.member} được ghi hai lần trong điểm danh.`);
    else if (e.status === "excused" && blank(e.reason) && inGroup.get(key)?.status !== "mien-sinh-hoat") {
      issues.warn(`${field}.reason`, `Chưa ghi lý do vắng của đồng chí ${e.member}.`);
    }
    seen.add(key);
  });
  for (const m of group) {
    if (!seen.has(nameKey(m.name))) issues.error("meeting.attendance", `Chưa ghi đồng chí ${m.name} có mặt hay vắng.`);
  }
  const present = entries.filter((e) => e.status === "present").length;
  if (present > group.length) {
    issues.error("meeting.attendance", `Số có mặt (${present}) nhiều hơn tổng số ${groupWord} (${group.length}).`);
  }
}

function checkMeeting(a: Answers, type: DocumentType | undefined, settings: ProfileSettings, issues: Issues): void {
  const m = a.meeting;
  if (typeof m !== "object" || m === null) {
    issues.error("meeting", "Chưa có thông tin cuộc họp.");
    return;
  }
  if (!KINDS.includes(m.kind)) issues.error("meeting.kind", "Chưa chọn loại cuộc họp (thường kỳ, chuyên đề, thường kỳ kết hợp chuyên đề, họp chi ủy).");
  else if (type && !KINDS_OF_TYPE[type].includes(m.kind)) {
    issues.error("meeting.kind", type === "bien-ban-chi-uy" || m.kind === "chi-uy"
      ? "Biên bản họp chi ủy chỉ dùng cho cuộc họp chi ủy, và cuộc họp chi ủy không dùng mẫu này."
      : "Loại cuộc họp không khớp với loại văn bản đã chọn.");
  }
  const date = checkDate(m.date, "meeting.date", "ngày họp", issues);
  if (a.documentDate !== undefined) {
    const docDate = checkDate(a.documentDate, "documentDate", "ngày của văn bản", issues);
    if (date && docDate && compareDates(docDate, date) < 0) issues.error("documentDate", "Ngày của văn bản trước ngày họp.");
  }
  const start = m.startTime === undefined ? undefined : parseClock(m.startTime);
  const end = m.endTime === undefined ? undefined : parseClock(m.endTime);
  if (m.startTime !== undefined && !start) issues.error("meeting.startTime", `Giờ bắt đầu "${m.startTime}" phải ghi dạng giờ:phút, ví dụ 19:30.`);
  if (m.endTime !== undefined && !end) issues.error("meeting.endTime", `Giờ kết thúc "${m.endTime}" phải ghi dạng giờ:phút, ví dụ 21:15.`);
  if (start && end && minutesOf(end) <= minutesOf(start)) {
    issues.error("meeting.endTime", `Giờ kết thúc (${m.endTime}) không sau giờ bắt đầu (${m.startTime}).`);
  }
  if (m.planMonth !== undefined && !parseIsoMonth(m.planMonth)) issues.error("meeting.planMonth", "Tháng của nhiệm vụ phải ghi dạng năm-tháng, ví dụ 2025-12.");

  const members = Array.isArray(a.cell?.members) ? a.cell.members : [];
  const guests = m.guests ?? [];
  guests.forEach((g, i) => {
    if (blank(g.name)) issues.error(`meeting.guests[${i}].name`, `Đại biểu thứ ${i + 1} chưa có họ tên.`);
    else if (blank(g.position)) issues.error(`meeting.guests[${i}].position`, `Chưa ghi chức vụ của đại biểu ${g.name}.`);
  });
  const known = new Set([...members, ...guests].filter((p) => !blank(p.name)).map((p) => nameKey(p.name)));
  checkPerson(m.chair, "meeting.chair", "người chủ trì", known, issues);
  checkPerson(m.secretary, "meeting.secretary", "thư ký", known, issues);

  const chiUy = m.kind === "chi-uy";
  // The list checked above, not a.cell.members: a missing list is reported, not dereferenced.
  const group = chiUy && a.cell ? committeeMembers({ ...a.cell, members }) : members;
  if (chiUy && members.length > 0 && group.length === 0) {
    issues.error("cell.members", "Chi bộ chưa có chi ủy viên nào (đánh dấu chi ủy viên hoặc ghi bí thư, phó bí thư).");
  }
  if (m.attendance !== undefined && group.length > 0) {
    checkAttendance(m.attendance, group, chiUy ? "chi ủy viên" : "đảng viên của chi bộ", issues);
    const absent = new Set(m.attendance.filter((e) => e.status !== "present").map((e) => nameKey(e.member ?? "")));
    const roles = [[m.chair?.name, "meeting.chair", "Người chủ trì"], [m.secretary?.name, "meeting.secretary", "Thư ký"], [m.thematic?.presenter, "meeting.thematic.presenter", "Người trình bày chuyên đề"]] as const;
    for (const [name, field, what] of roles) {
      if (name !== undefined && absent.has(nameKey(name))) issues.error(field, `${what} (đồng chí ${name}) được ghi là vắng mặt.`);
    }
  }

  if (m.vote !== undefined) checkVote(a, group, settings, issues);
  if (m.thematic !== undefined && m.kind === "thuong-ky") {
    issues.warn("meeting.thematic", "Cuộc họp thường kỳ không kết hợp chuyên đề: phần chuyên đề không được đưa vào văn bản.");
  }
  if (m.thematic?.presenter !== undefined && !known.has(nameKey(m.thematic.presenter))) {
    issues.warn("meeting.thematic.presenter", `Người trình bày chuyên đề (đồng chí ${m.thematic.presenter}) không có trong danh sách đảng viên hay đại biểu.`);
  }
  m.tasks?.forEach((t, i) => {
    const field = `meeting.tasks[${i}]`;
    if (blank(t.text)) issues.error(`${field}.text`, `Nhiệm vụ thứ ${i + 1} chưa có nội dung.`);
    if (blank(t.owner)) issues.error(`${field}.owner`, `Nhiệm vụ thứ ${i + 1} chưa ghi người hoặc tổ chức thực hiện.`);
    if (blank(t.deadline)) issues.error(`${field}.deadline`, `Nhiệm vụ thứ ${i + 1} chưa ghi thời hạn.`);
    else if (ISO_LIKE.test(t.deadline) && !parseIsoDate(t.deadline)) issues.error(`${field}.deadline`, `Thời hạn ${slashDate(t.deadline)} không có trong lịch.`);
    else if (date && parseIsoDate(t.deadline) && compareDates(parseIsoDate(t.deadline)!, date) < 0) issues.warn(`${field}.deadline`, `Thời hạn của nhiệm vụ thứ ${i + 1} trước ngày họp.`);
  });
  if (a.content) checkContent(a, known, issues);
  const signer = a.resolution?.signer;
  if (signer) {
    if (blank(signer.name)) issues.error("resolution.signer.name", "Chưa ghi họ tên người ký nghị quyết.");
    else if (!members.some((x) => nameKey(x.name) === nameKey(signer.name))) issues.warn("resolution.signer.name", `Người ký (đồng chí ${signer.name}) không có trong danh sách đảng viên.`);
    if (signer.role !== "bi-thu" && signer.role !== "pho-bi-thu") issues.error("resolution.signer.role", "Người ký nghị quyết là bí thư hoặc phó bí thư.");
  }
}

function checkVote(a: Answers, group: readonly Member[], settings: ProfileSettings, issues: Issues): void {
  const v = a.meeting.vote!;
  if (!METHODS.includes(v.method)) issues.error("meeting.vote.method", "Chưa chọn hình thức biểu quyết (giơ tay, thẻ đảng viên, bỏ phiếu kín, ứng dụng).");
  const parts = [["yes", "tán thành"], ["no", "không tán thành"], ["other", "ý kiến khác"]] as const;
  let bad = false;
  for (const [k, label] of parts) {
    if (!isCount(v[k])) {
      issues.error(`meeting.vote.${k}`, `Số ${label} phải là số nguyên không âm.`);
      bad = true;
    }
  }
  if (bad || group.length === 0) return;
  const summary = summarizeAttendance(group, a.meeting.attendance);
  const cast = v.yes + v.no + v.other;
  const voters = summary.present?.official;
  if (voters !== undefined) {
    if (cast > voters) {
      issues.error("meeting.vote", `Số biểu quyết (${cast}) nhiều hơn số đảng viên chính thức có mặt (${voters}); đảng viên dự bị không biểu quyết.`);
      return;
    }
    if (cast < voters) issues.warn("meeting.vote", `Số biểu quyết (${cast}) ít hơn số đảng viên chính thức có mặt (${voters}).`);
  } else if (cast > summary.official) {
    issues.error("meeting.vote", `Số biểu quyết (${cast}) nhiều hơn số đảng viên chính thức của chi bộ (${summary.official}).`);
    return;
  }
  const n = voteBase(summary, settings.voteDenominator);
  if (n !== undefined && !isMoreThanHalf(v.yes, n)) {
    issues.warn("meeting.vote.yes", `${v.yes} đồng chí tán thành chưa quá nửa số đảng viên chính thức được tính (${n}): nghị quyết, kết luận chưa được thông qua.`);
  }
}

function checkContent(a: Answers, known: Set<string>, issues: Issues): void {
  const c = a.content!;
  if (c.dues !== undefined) {
    if (!isCount(c.dues.paid) || !isCount(c.dues.outOf)) issues.error("content.dues", "Số đảng viên nộp đảng phí phải là số nguyên không âm.");
    else if (c.dues.paid > c.dues.outOf) issues.error("content.dues", `Số đã nộp đảng phí (${c.dues.paid}) nhiều hơn số phải nộp (${c.dues.outOf}).`);
  }
  checkOpinions(c.discussion, "content.discussion", known, issues);
  checkOpinions(c.reservedOpinions, "content.reservedOpinions", known, issues);
  if (c.grade !== undefined) {
    if (!GRADES.includes(c.grade.grade)) issues.error("content.grade.grade", "Xếp loại là Tốt, Khá, Trung bình hoặc Kém.");
    if (c.grade.points !== undefined && !(isCount(c.grade.points) && c.grade.points <= 100)) issues.error("content.grade.points", "Điểm tự đánh giá từ 0 đến 100.");
  }
}

export function validateAnswers(answers: Answers, options: ValidateOptions = {}): ValidationResult {
  const a = normalizeAnswers(answers);
  const issues = new Issues();
  if (typeof a !== "object" || a === null) return { ok: false, errors: [{ field: "", message: "Chưa có câu trả lời nào." }], warnings: [] };
  checkCell(a, issues);
  checkMeeting(a, options.type, options.settings ?? baseSettings, issues);
  return issues.errors.length > 0 ? { ok: false, errors: issues.errors, warnings: issues.warnings } : { ok: true, warnings: issues.warnings };
}
