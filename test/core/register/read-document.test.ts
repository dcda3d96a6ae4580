/** What the register reads of one document: its month, grade, absentees, fingerprint and summary. */
import { checkDocument } from "../../../src/core/engine/check-document";
import { extractFacts } from "../../../src/core/facts/extract-facts";
import { textFingerprint } from "../../../src/core/register/fingerprint";
import { readMeetingGrade } from "../../../src/core/register/meeting-grade";
import { meetingMonth, subjectMonth } from "../../../src/core/register/meeting-month";
import { memberAbsences } from "../../../src/core/register/member-absences";
import { summarizeDocument } from "../../../src/core/register/summarize-document";
import { header, makeDoc } from "../../helpers/make-doc";
import { minutesBody, minutesSignatures, replacing, sampleMinutes, sampleResolution, sampleThematic, without } from "../../helpers/samples";

const TODAY = "2026-11-27";

describe("subjectMonth", () => {
  it.each([
    ["sinh hoạt chi bộ thường kỳ tháng 11 năm 2025", "2025-11"],
    ["SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2025", "2025-03"],
    ["sinh hoat chi bo thuong ky thang 03/2025", "2025-03"],
    ["họp chi bộ tháng 12-2024", "2024-12"],
    ["sinh hoạt chi bộ chuyên đề quý III năm 2025", null],
    ["sinh hoạt chi bộ tháng 13 năm 2025", null],
    ["sinh hoạt chi bộ thường kỳ", null],
  ])("%s → %s", (subject, month) => {
    expect(subjectMonth(subject)).toBe(month);
  });
});

describe("meetingMonth", () => {
  const minutes = (subject: string, time: string | null) =>
    makeDoc(
      header({ subject }),
      time === null ? without(minutesBody, /^Thời gian:/) : replacing(minutesBody, /^Thời gian:/, `Thời gian: 19 giờ 30 phút, ${time}.`),
      minutesSignatures,
    );
  const monthOf = (doc: ReturnType<typeof makeDoc>, type: Parameters<typeof meetingMonth>[1]) => meetingMonth(extractFacts(doc), type);

  it("takes the subject's month for minutes held early the next month", () => {
    expect(monthOf(minutes("sinh hoạt chi bộ thường kỳ tháng 11 năm 2025", "ngày 02 tháng 12 năm 2025"), "bien-ban-thuong-ky")).toEqual({ month: "2025-11", basis: "subject" });
  });

  it("takes the meeting date when the subject is more than a month off", () => {
    expect(monthOf(minutes("sinh hoạt chi bộ thường kỳ tháng 6 năm 2025", "ngày 05 tháng 11 năm 2025"), "bien-ban-thuong-ky")).toEqual({ month: "2025-11", basis: "meeting-date" });
  });

  it("takes the meeting date when the subject names no month", () => {
    expect(monthOf(minutes("sinh hoạt chi bộ thường kỳ", "ngày 05 tháng 11 năm 2025"), "bien-ban-thuong-ky")).toEqual({ month: "2025-11", basis: "meeting-date" });
  });

  it("takes the subject when no date is given", () => {
    expect(monthOf(minutes("sinh hoạt chi bộ thường kỳ tháng 11 năm 2025", null), "bien-ban-thuong-ky")?.month).toBe("2025-11");
  });

  it("never takes a nghị quyết's subject (the month of its tasks)", () => {
    // The sample resolution's subject is "tháng 12"; it was adopted on 05/11/2025.
    expect(monthOf(sampleResolution(), "nghi-quyet")).toEqual({ month: "2025-11", basis: "meeting-date" });
  });
});

describe("readMeetingGrade", () => {
  const gradeOf = (line: string | null) => {
    const body = line === null ? without(minutesBody, /^Chi bộ tự đánh giá/) : replacing(minutesBody, /^Chi bộ tự đánh giá/, line);
    const doc = sampleMinutes(body);
    const g = readMeetingGrade(doc, extractFacts(doc).header);
    return g && { grade: g.grade, points: g.points };
  };
  it.each([
    ["Chi bộ tự đánh giá: 92 điểm, xếp loại Tốt.", "Tốt", 92],
    ["Xếp loại: Khá (85/100).", "Khá", 85],
    ["Chất lượng buổi sinh hoạt đạt loại Trung bình.", "Trung bình", null],
    ["Chi bộ tự đánh giá chất lượng buổi sinh hoạt: 45 điểm, xếp loại Kém; hạn chế: ít ý kiến.", "Kém", 45],
    ["XẾP LOẠI CHẤT LƯỢNG: TỐT", "Tốt", null],
    ["Chi bộ tự chấm điểm: 88,5 điểm.", null, 88.5],
    ["Chi bộ tự đánh giá chất lượng buổi sinh hoạt: … điểm, xếp loại …; hạn chế: …", null, null],
    ["Xếp loại đảng viên năm 2024: 15 đồng chí hoàn thành tốt nhiệm vụ.", null, null],
  ])("%s", (line, grade, points) => {
    const g = gradeOf(line);
    expect(g === null ? { grade: null, points: null } : g).toEqual({ grade, points });
  });

  it("finds nothing when the minutes do not grade the meeting", () => {
    expect(gradeOf(null)).toBeNull();
  });
});

describe("memberAbsences", () => {
  const absencesOf = (excused: string, unexcused = "Vắng không lý do: không.") => {
    const body = replacing(replacing(minutesBody, /^Vắng có lý do/, excused), /^Vắng không lý do/, unexcused);
    return memberAbsences(extractFacts(sampleMinutes(body)).attendance);
  };
  it.each([
    ["Vắng có lý do: 01 đồng chí (Phạm Văn Dũng, đi công tác).", ["Phạm Văn Dũng"]],
    ["Vắng có lý do: 02 đ/c: Phạm Văn Dũng (ốm), Lê Văn Tám (đi học).", ["Phạm Văn Dũng", "Lê Văn Tám"]],
    ["Vắng có lý do: không.", []],
    // A count that the names do not match, or a first name alone, is not enough to follow a member.
    ["Vắng có lý do: 02 đồng chí (Phạm Văn Dũng, đi công tác).", null],
    ["Vắng có lý do: đồng chí Dũng (ốm).", null],
    ["Vắng có lý do: 02 đồng chí (Phạm Văn Dũng - miễn sinh hoạt; Lê Văn Tám - ốm).", ["Lê Văn Tám"]],
  ])("%s", (line, names) => {
    expect(absencesOf(line).excused).toEqual(names);
  });

  it("reads unexcused absentees too", () => {
    expect(absencesOf("Vắng có lý do: không.", "Vắng không lý do: 01 đồng chí (Trần Văn Hải).").unexcused).toEqual(["Trần Văn Hải"]);
  });
});

describe("textFingerprint", () => {
  it("is the same for the same text, whatever the spacing, and differs for another", () => {
    const a = textFingerprint(sampleMinutes());
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(textFingerprint(sampleMinutes())).toBe(a);
    expect(textFingerprint(sampleMinutes(minutesBody.map((l) => (typeof l === "string" ? l.replace(/ /g, "  ") : l))))).toBe(a);
    expect(textFingerprint(sampleMinutes(replacing(minutesBody, /^Địa điểm/, "Địa điểm: Nhà văn hóa thôn Tân Lập.")))).not.toBe(a);
  });
});

describe("summarizeDocument", () => {
  const summary = (doc: ReturnType<typeof makeDoc>) => summarizeDocument(doc, checkDocument(doc, { today: TODAY }));

  it("keeps what the register needs of a regular minutes", () => {
    expect(summary(sampleMinutes())).toMatchObject({
      issuer: { text: "CHI BỘ THÔN HÒA BÌNH", name: "THÔN HÒA BÌNH" },
      upperOrg: "ĐẢNG BỘ XÃ TUY LỘC",
      documentType: "bien-ban-thuong-ky",
      month: "2025-11",
      monthBasis: "subject",
      meetingDate: "2025-11-05",
      grade: "Tốt",
      points: 92,
      thematic: false,
      conclusion: true,
      absences: { excused: ["Phạm Văn Dũng"], unexcused: [] },
      errors: 0,
    });
  });

  it("marks a thematic meeting and a missing conclusion, counts findings", () => {
    const thematic = summary(sampleThematic());
    expect(thematic).toMatchObject({ documentType: "bien-ban-chuyen-de", thematic: true, absences: null });
    const noConclusion = summary(sampleMinutes(without(minutesBody, /^Đồng chí chủ trì kết luận/)));
    expect(noConclusion.conclusion).toBe(false);
    expect(noConclusion.errors).toBeGreaterThan(0);
  });

  it("has no grade and no conclusion for a nghị quyết", () => {
    expect(summary(sampleResolution())).toMatchObject({ documentType: "nghi-quyet", grade: null, points: null, conclusion: false, absences: null });
  });
});
