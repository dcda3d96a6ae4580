/** The form ↔ answers conversion: blanks stay placeholders, lists map back to their rows. */
import { validateAnswers } from "../../src/core/templates/validate-answers";
import { deadlineAnswer, emptyForm, newMember, screenPath, toAnswers, type FormState } from "../../src/taskpane/compose/form-state";
import { formFromStored, nextMeeting, withStoredCell } from "../../src/taskpane/compose/stored-answers";
import { storedCell } from "./helpers/sample-cell";

function filled(): FormState {
  const f = withStoredCell(emptyForm(), storedCell);
  return { ...f, meeting: { ...f.meeting, date: "2025-11-05", startTime: "19:30", endTime: "21:15", chair: "Nguyễn Văn An", secretary: "Lê Thị Bình" } };
}

describe("toAnswers", () => {
  it("leaves blank inputs out, so the draft keeps its placeholders", () => {
    const { answers } = toAnswers(filled());
    expect(answers.meeting).toMatchObject({ kind: "thuong-ky", date: "2025-11-05", startTime: "19:30", chair: { name: "Nguyễn Văn An" }, guests: [] });
    expect(answers.meeting.vote).toBeUndefined();
    expect(answers.meeting.tasks).toBeUndefined();
    expect(answers.content).toEqual({ reservedOpinions: [] });
    expect(answers.meeting.attendance).toHaveLength(6);
    expect(validateAnswers(answers, { type: "bien-ban-thuong-ky" }).ok).toBe(true);
  });

  it("turns a typed count that is not a number into a refused answer", () => {
    const f = filled();
    const { answers } = toAnswers({ ...f, vote: { method: "gio-tay", yes: "năm", no: "", other: "" } });
    const v = validateAnswers(answers, { type: "bien-ban-thuong-ky" });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.errors.map((e) => e.field)).toContain("meeting.vote.yes");
  });

  it("a chi ủy meeting calls only the committee; issues map back to the rows on screen", () => {
    const f = { ...filled(), type: "bien-ban-chi-uy" as const };
    const { answers, maps } = toAnswers(f);
    // Bí thư, phó bí thư and the member marked chi ủy viên (rows 0, 1 and 4).
    expect(answers.meeting.attendance?.map((a) => a.member)).toEqual(["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Hải"]);
    expect(maps.attendance).toEqual([0, 1, 4]);
    expect(screenPath("meeting.attendance[2].status", maps)).toBe("meeting.attendance[4].status");
    expect(answers.meeting.guests).toBeUndefined();
  });

  it("skips blank task rows and maps the others", () => {
    const f = filled();
    f.tasks = [
      { id: 1, text: "", owner: "", deadline: "" },
      { id: 2, text: "Rà soát hộ nghèo", owner: "", deadline: "20/12/2025" },
    ];
    const { answers, maps } = toAnswers(f);
    expect(answers.meeting.tasks).toEqual([{ text: "Rà soát hộ nghèo", owner: "", deadline: "2025-12-20" }]);
    const v = validateAnswers(answers, { type: "bien-ban-thuong-ky" });
    const owner = !v.ok ? v.errors.find((e) => e.field.endsWith(".owner")) : undefined;
    expect(owner && screenPath(owner.field, maps)).toBe("meeting.tasks[1].owner");
  });

  it("reads “không có” as nobody commended or reminded", () => {
    const f = filled();
    f.content = { ...f.content, commended: "đồng chí Lê Thị Bình", reminded: "không có" };
    expect(toAnswers(f).answers.content?.commend).toEqual({ commended: "đồng chí Lê Thị Bình", reminded: null });
  });

  it("deadlines typed day/month/year become ISO dates; words stay", () => {
    expect(deadlineAnswer("5/1/2026")).toBe("2026-01-05");
    expect(deadlineAnswer("trong tháng 12")).toBe("trong tháng 12");
  });
});

describe("stored answers", () => {
  it("round-trips a meeting through the document settings", () => {
    const f = filled();
    f.members = f.members.map((m) => (m.name === "Phạm Văn Dũng" ? { ...m, attendance: "excused", reason: "ốm" } : m));
    f.vote = { method: "gio-tay", yes: "4", no: "0", other: "0" };
    f.content = { ...f.content, agendaAdopted: true, commended: "không có", reminded: "không có", grade: "Tốt", points: "92" };
    const stored = JSON.parse(JSON.stringify(toAnswers(f).answers)) as unknown;
    expect(toAnswers(formFromStored(stored)).answers).toEqual(toAnswers(f).answers);
  });

  it("ignores malformed stored values instead of failing", () => {
    expect(() => formFromStored({ cell: { members: [null, 3, { name: 7, status: "x" }] }, meeting: "?" })).not.toThrow();
    const f = formFromStored({ cell: { members: [{ name: "A", status: "??" }] } });
    expect(f.members[0]).toMatchObject({ name: "A", status: "chinh-thuc" });
  });

  it("next month keeps the cell and members, moves the numbers on and clears the meeting", () => {
    const f = filled();
    f.members = [...f.members, newMember("Đỗ Thị Ngọc")];
    const next = nextMeeting(f);
    expect(next.cell).toMatchObject({ numberBB: "12", numberNQ: "6", cellName: "thôn Hòa Bình" });
    expect(next.members.map((m) => m.name)).toEqual(f.members.map((m) => m.name));
    expect(next.meeting).toMatchObject({ date: "", chair: "", place: "Nhà văn hóa thôn Hòa Bình" });
  });
});
