/**
 * Answers are refused on every hard error, each with a Vietnamese message naming its field, and
 * doubtful answers pass with warnings. Cases derive from the complete sample by changing one thing.
 */
import type { DocumentType } from "../../../src/core/catalog/document-types";
import { buildDocument, InvalidAnswersError, isInvalidAnswersError, validateAnswers, type Answers } from "../../../src/core/templates";
import { baseSettings } from "../../../src/core/profiles/builtin";
import { sampleAttendance, sampleCell, sampleCombined, sampleCommitteeMeeting, sampleMembers, sampleRegular } from "./sample-answers";

type Change = (a: Answers) => Answers;
const meeting = (patch: Partial<Answers["meeting"]>): Change => (a) => ({ ...a, meeting: { ...a.meeting, ...patch } });
const cell = (patch: Partial<Answers["cell"]>): Change => (a) => ({ ...a, cell: { ...a.cell, ...patch } });
const content = (patch: Partial<NonNullable<Answers["content"]>>): Change => (a) => ({ ...a, content: { ...a.content, ...patch } });
/** Loose JSON, as a form might send it: fields missing at run time. */
const loose = (edit: (a: Record<string, unknown>) => void): Change => (a) => {
  const copy = JSON.parse(JSON.stringify(a)) as Record<string, unknown>;
  edit(copy);
  return copy as unknown as Answers;
};

describe("validateAnswers accepts complete answers", () => {
  it.each([
    ["regular", sampleRegular, "bien-ban-thuong-ky"],
    ["combined", sampleCombined, "bien-ban-thuong-ky"],
    ["committee", sampleCommitteeMeeting, "bien-ban-chi-uy"],
  ] as const)("%s", (_n, answers, type) => {
    expect(validateAnswers(answers, { type })).toEqual({ ok: true, warnings: [] });
  });

  it("accepts a cell given as 'Chi bộ …' and a minimal meeting (everything else stays a placeholder)", () => {
    const minimal: Answers = { cell: { ...sampleCell, cellName: "Chi bộ thôn Hòa Bình" }, meeting: { kind: "thuong-ky", date: "2025-11-05" } };
    expect(validateAnswers(minimal).ok).toBe(true);
  });
});

const allPresent = sampleMembers.map((m) => ({ member: m.name, status: "present" as const }));

describe("validateAnswers refuses hard errors", () => {
  const cases: [string, Change, string, RegExp, DocumentType?][] = [
    ["more present than members (a non-member marked present)", meeting({ attendance: [...allPresent, { member: "Nguyễn Văn Khách", status: "present" }] }), "meeting.attendance", /Số có mặt \(19\) nhiều hơn tổng số đảng viên của chi bộ \(18\)/],
    ["the non-member is named", meeting({ attendance: [...allPresent, { member: "Nguyễn Văn Khách", status: "present" }] }), "meeting.attendance[18].member", /Nguyễn Văn Khách không có trong danh sách/],
    ["present > total through a duplicate entry", meeting({ attendance: [...allPresent, { member: "Lê Thị Bình", status: "present" }] }), "meeting.attendance", /Số có mặt \(19\) nhiều hơn tổng số/],
    ["a date that does not exist (31/02)", meeting({ date: "2025-02-31" }), "meeting.date", /31\/02\/2025 không có trong lịch/],
    ["29/02 of a common year", meeting({ date: "2025-02-29" }), "meeting.date", /29\/02\/2025 không có trong lịch/],
    ["a date in the wrong form", meeting({ date: "05/11/2025" }), "meeting.date", /năm-tháng-ngày/],
    ["end before start", meeting({ startTime: "19:30", endTime: "18:00" }), "meeting.endTime", /Giờ kết thúc \(18:00\) không sau giờ bắt đầu \(19:30\)/],
    ["end equal to start", meeting({ startTime: "19:30", endTime: "19:30" }), "meeting.endTime", /không sau giờ bắt đầu/],
    ["a clock time that does not exist", meeting({ startTime: "24:10" }), "meeting.startTime", /giờ:phút/],
    ["more votes than official members present", meeting({ vote: { method: "gio-tay", yes: 15, no: 0, other: 0 } }), "meeting.vote", /Số biểu quyết \(15\) nhiều hơn số đảng viên chính thức có mặt \(14\)/],
    ["yes + no + other above the voters", meeting({ vote: { method: "gio-tay", yes: 12, no: 2, other: 1 } }), "meeting.vote", /\(15\) nhiều hơn/],
    ["votes above the official members when attendance is unknown", meeting({ attendance: undefined, vote: { method: "gio-tay", yes: 16, no: 0, other: 0 } }), "meeting.vote", /nhiều hơn số đảng viên chính thức của chi bộ \(15\)/],
    ["a negative or fractional count", meeting({ vote: { method: "gio-tay", yes: 13.5, no: 0, other: 0 } }), "meeting.vote.yes", /số nguyên không âm/],
    ["an unknown vote method", loose((a) => ((a.meeting as { vote: { method: string } }).vote.method = "vỗ tay")), "meeting.vote.method", /hình thức biểu quyết/],
    ["missing upper committee", cell({ upperCommittee: " " }), "cell.upperCommittee", /cấp ủy cấp trên/],
    ["missing cell name", loose((a) => delete (a.cell as Record<string, unknown>).cellName), "cell.cellName", /tên chi bộ/],
    ["missing place name", cell({ placeName: "" }), "cell.placeName", /địa danh/],
    ["no members", cell({ members: [] }), "cell.members", /danh sách đảng viên/],
    ["a member without a name", cell({ members: [...sampleMembers, { name: "", status: "chinh-thuc" }] }), "cell.members[18].name", /chưa có họ tên/],
    ["a member listed twice", cell({ members: [...sampleMembers, { name: "nguyễn  văn an", status: "chinh-thuc" }] }), "cell.members[18].name", /ghi hai lần/],
    ["a registry number that is not a positive integer", cell({ numbers: { BB: 0 } }), "cell.numbers.BB", /số nguyên dương/],
    ["missing meeting date", loose((a) => delete (a.meeting as Record<string, unknown>).date), "meeting.date", /Chưa ghi ngày họp/],
    ["missing meeting kind", loose((a) => delete (a.meeting as Record<string, unknown>).kind), "meeting.kind", /loại cuộc họp/],
    ["a member without attendance", meeting({ attendance: sampleAttendance.slice(1) }), "meeting.attendance", /Chưa ghi đồng chí Nguyễn Văn An có mặt hay vắng/],
    ["a document dated before the meeting", (a) => ({ ...a, documentDate: "2025-11-04" }), "documentDate", /trước ngày họp/],
    ["the chair marked absent", meeting({ chair: { name: "Phạm Văn Dũng" } }), "meeting.chair", /được ghi là vắng mặt/],
    ["a guest without position", meeting({ guests: [{ name: "Trần Văn Cường" }] }), "meeting.guests[0].position", /chức vụ của đại biểu Trần Văn Cường/],
    ["a task without owner", meeting({ tasks: [{ text: "Rà soát hộ nghèo", owner: "", deadline: "2025-11-20" }] }), "meeting.tasks[0].owner", /người hoặc tổ chức thực hiện/],
    ["a task deadline that does not exist", meeting({ tasks: [{ text: "Rà soát hộ nghèo", owner: "Nguyễn Văn An", deadline: "2025-11-31" }] }), "meeting.tasks[0].deadline", /31\/11\/2025 không có trong lịch/],
    ["dues paid above those due", content({ dues: { paid: 18, outOf: 17 } }), "content.dues", /nhiều hơn số phải nộp/],
    ["grade points above 100", content({ grade: { grade: "Tốt", points: 120 } }), "content.grade.points", /0 đến 100/],
    ["a chi ủy meeting drafted as regular minutes", meeting({ kind: "chi-uy" }), "meeting.kind", /chi ủy/, "bien-ban-thuong-ky"],
    ["a regular meeting drafted as thematic minutes", meeting({ kind: "thuong-ky" }), "meeting.kind", /không khớp/, "bien-ban-chuyen-de"],
    ["a chi ủy meeting in a cell without committee members", (a) => ({ ...sampleCommitteeMeeting, cell: { ...a.cell, biThu: undefined, phoBiThu: undefined, members: sampleMembers.map((m) => ({ ...m, committee: false })) }, meeting: { ...sampleCommitteeMeeting.meeting, attendance: undefined } }), "cell.members", /chưa có chi ủy viên/],
  ];

  // Rows padded to five: jest passes a done callback in place of a missing trailing argument.
  const rows = cases.map(([name, change, field, message, type]) => [name, change, field, message, type ?? null] as const);

  it.each(rows)("%s", (_name, change, field, message, type) => {
    const result = validateAnswers(change(sampleRegular), { type: type ?? undefined });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(message) })]));
  });

  it("every message is Vietnamese prose ending with a full stop", () => {
    for (const [, change, , , type] of cases) {
      const result = validateAnswers(change(sampleRegular), { type });
      if (result.ok) continue;
      for (const e of result.errors) expect(e.message).toMatch(/^[A-ZĐÀ-Ỹ"].*[.]$/u);
    }
  });

  it("buildDocument renders nothing and throws a typed error carrying the list", () => {
    const bad = meeting({ date: "2025-02-31", startTime: "19:30", endTime: "18:00" })(sampleRegular);
    let thrown: unknown;
    try {
      buildDocument("bien-ban-thuong-ky", bad, baseSettings);
    } catch (e) {
      thrown = e;
    }
    expect(isInvalidAnswersError(thrown)).toBe(true);
    const err = thrown as InvalidAnswersError;
    expect(err.errors.map((e) => e.field)).toEqual(["meeting.date", "meeting.endTime"]);
    expect(err.message).toMatch(/^Chưa soạn được văn bản/);
  });
});

describe("validateAnswers warns without refusing", () => {
  const cases: [string, Change, string, RegExp][] = [
    ["a chair neither member nor guest", meeting({ chair: { name: "Trịnh Văn Lạ" } }), "meeting.chair.name", /không có trong danh sách đảng viên hay đại biểu/],
    ["a secretary neither member nor guest", meeting({ secretary: { name: "Trịnh Văn Lạ" } }), "meeting.secretary.name", /không có trong danh sách/],
    ["a vote short of a majority", meeting({ vote: { method: "gio-tay", yes: 7, no: 7, other: 0 } }), "meeting.vote.yes", /chưa quá nửa/],
    ["fewer votes than voters", meeting({ vote: { method: "gio-tay", yes: 12, no: 0, other: 0 } }), "meeting.vote", /ít hơn số đảng viên chính thức có mặt \(14\)/],
    ["an excused absence without reason", meeting({ attendance: sampleAttendance.map((e) => (e.status === "excused" ? { member: e.member, status: "excused" as const } : e)) }), "meeting.attendance[2].reason", /lý do vắng/],
    ["an upper committee not named as a committee", cell({ upperCommittee: "Xã Tuy Lộc" }), "cell.upperCommittee", /Đảng bộ/],
    ["a speaker who is neither member nor guest", content({ discussion: [{ speaker: "Người Lạ", opinion: "ý kiến" }] }), "content.discussion[0].speaker", /không có trong danh sách/],
    ["a thematic part in a regular meeting", meeting({ thematic: { topic: "Chủ đề" } }), "meeting.thematic", /không được đưa vào/],
  ];

  it.each(cases)("%s", (_name, change, field, message) => {
    const result = validateAnswers(change(sampleRegular));
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(message) })]));
  });

  it("buildDocument keeps the warnings beside the draft", () => {
    const doc = buildDocument("bien-ban-thuong-ky", meeting({ chair: { name: "Trịnh Văn Lạ" } })(sampleRegular), baseSettings);
    expect(doc.warnings.map((w) => w.field)).toEqual(["meeting.chair.name"]);
  });
});
