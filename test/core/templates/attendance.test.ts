/**
 * Attendance adds up by construction: whatever the members and their attendance, the counts the
 * draft writes satisfy present + excused + unexcused + exempt members absent = total, and the
 * checker's fact extraction reads back exactly those counts from the text.
 */
import fc from "fast-check";
import { baseSettings } from "../../../src/core/profiles/builtin";
import { extractFacts } from "../../../src/core/facts/extract-facts";
import { buildDocument, summarizeAttendance, toModel, voteBase, type Answers, type AttendanceStatus, type Member, type MemberStatus } from "../../../src/core/templates";
import { sampleAttendance, sampleCell, sampleMembers, sampleRegular } from "./sample-answers";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khoa", "Lan", "Minh", "Ngọc"];
/** 80 distinct names. */
const NAMES = FAMILY.flatMap((f, i) => GIVEN.map((g) => `${f} ${i % 2 === 0 ? "Văn" : "Thị"} ${g}`));

const group = fc
  .array(fc.record({ status: fc.constantFrom<MemberStatus>("chinh-thuc", "chinh-thuc", "chinh-thuc", "du-bi", "mien-sinh-hoat"), att: fc.constantFrom<AttendanceStatus>("present", "present", "present", "excused", "unexcused") }), { minLength: 1, maxLength: 40 })
  .map((rows) => rows.map((r, i) => ({ member: { name: NAMES[i]!, status: r.status } as Member, att: r.att })));

describe("summarizeAttendance", () => {
  it("the sample: 18 = 17 present + 1 excused; voters 14; N = 14", () => {
    const s = summarizeAttendance(sampleMembers, sampleAttendance);
    expect(s).toMatchObject({ total: 18, official: 15, probationary: 3, exempt: 0 });
    expect(s.present).toMatchObject({ total: 17, official: 14, probationary: 3, excused: [{ name: "Phạm Văn Dũng", reason: "đi công tác" }], unexcused: [] });
    expect(voteBase(s, baseSettings.voteDenominator)).toBe(14);
  });

  it("process.md §6 example 3: exempted members in and out, N = C − E_out − X", () => {
    const members: Member[] = [
      ...Array.from({ length: 19 }, (_, i): Member => ({ name: NAMES[i]!, status: "chinh-thuc" })),
      { name: NAMES[19]!, status: "mien-sinh-hoat" },
      { name: NAMES[20]!, status: "mien-sinh-hoat" },
      ...Array.from({ length: 3 }, (_, i): Member => ({ name: NAMES[21 + i]!, status: "du-bi" })),
    ];
    const attendance = members.map((m, i) => ({ member: m.name, status: (i === 0 ? "excused" : i === 20 ? "unexcused" : "present") as AttendanceStatus, reason: "ốm" }));
    const s = summarizeAttendance(members, attendance);
    expect(s).toMatchObject({ total: 24, official: 21, probationary: 3, exempt: 2 });
    expect(s.present).toMatchObject({ total: 22, official: 19, exemptPresent: 1, exemptAbsent: 1, excusedOfficial: 1, unexcused: [] });
    expect(voteBase(s, baseSettings.voteDenominator)).toBe(19);
    expect(voteBase(s, { ...baseSettings.voteDenominator, excludeExcusedAbsent: false })).toBe(20);
  });

  it("always adds up (property)", () => {
    fc.assert(
      fc.property(group, (rows) => {
        const members = rows.map((r) => r.member);
        const s = summarizeAttendance(members, rows.map((r) => ({ member: r.member.name, status: r.att, reason: "ốm" })));
        const p = s.present!;
        expect(s.official + s.probationary).toBe(s.total);
        expect(p.total + p.excused.length + p.unexcused.length + p.exemptAbsent).toBe(s.total);
        expect(p.official + p.probationary).toBe(p.total);
        expect(p.official).toBeLessThanOrEqual(s.official);
        expect(p.exemptPresent + p.exemptAbsent).toBe(s.exempt);
      }),
    );
  });
});

describe("the attendance paragraphs read back as written", () => {
  const answersFor = (members: Member[], rows: { member: string; status: AttendanceStatus }[]): Answers => ({
    cell: { ...sampleCell, members, biThu: undefined, phoBiThu: undefined },
    meeting: { kind: "thuong-ky", date: "2025-11-05", attendance: rows.map((r) => ({ ...r, reason: "đi công tác" })) },
  });

  it("the sample's lines", () => {
    const model = toModel(buildDocument("bien-ban-thuong-ky", sampleRegular, baseSettings));
    const texts = model.paragraphs.map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Tổng số đảng viên: 18 đồng chí (chính thức 15, dự bị 03).",
        "Có mặt: 17 đồng chí (chính thức 14, dự bị 03).",
        "Vắng có lý do: 01 đồng chí (Phạm Văn Dũng, đi công tác).",
        "Vắng không lý do: không.",
      ]),
    );
  });

  it("exempted members get their own line", () => {
    const members: Member[] = [...sampleMembers.slice(0, 13), { name: "Đinh Thị Thu", status: "mien-sinh-hoat" }, { name: "Mai Văn Tùng", status: "mien-sinh-hoat" }, ...sampleMembers.slice(15)];
    const rows = members.map((m) => ({ member: m.name, status: (m.name === "Mai Văn Tùng" ? "unexcused" : "present") as AttendanceStatus }));
    const texts = toModel(buildDocument("bien-ban-thuong-ky", answersFor(members, rows), baseSettings)).paragraphs.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining([
      "Tổng số đảng viên: 18 đồng chí (chính thức 15, dự bị 03).",
      "Miễn sinh hoạt: 02 đồng chí (01 có mặt, 01 vắng).",
      "Có mặt: 17 đồng chí (chính thức 14, dự bị 03).",
      "Vắng không lý do: không.",
    ]));
  });

  it("the checker's facts equal the counts (property)", () => {
    fc.assert(
      fc.property(group, (rows) => {
        const members = rows.map((r) => r.member);
        const attendance = rows.map((r) => ({ member: r.member.name, status: r.att }));
        const s = summarizeAttendance(members, attendance);
        const p = s.present!;
        const facts = extractFacts(toModel(buildDocument("bien-ban-thuong-ky", answersFor(members, attendance), baseSettings))).attendance;
        expect({ total: facts.total, official: facts.official, probationary: facts.probationary, present: facts.present }).toEqual({ total: s.total, official: s.official, probationary: s.probationary, present: p.total });
        expect({ po: facts.presentOfficial, pp: facts.presentProbationary }).toEqual({ po: p.official, pp: p.probationary });
        expect(facts.excused?.count ?? 0).toBe(p.excused.length);
        expect(facts.unexcused?.count ?? 0).toBe(p.unexcused.length);
        expect(facts.excused?.names ?? []).toEqual(p.excused.map((a) => a.name));
        expect(facts.unexcused?.names ?? []).toEqual(p.unexcused.map((a) => a.name));
        if (s.exempt > 0) expect({ e: facts.exempt, out: facts.exemptAbsent ?? 0 }).toEqual({ e: s.exempt, out: p.exemptAbsent });
      }),
      { numRuns: 60 },
    );
  });
});
