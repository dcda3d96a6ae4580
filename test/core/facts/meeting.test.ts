import { extractFacts } from "../../../src/core/facts/extract-facts";
import { header, makeDoc, p, table } from "../../helpers/make-doc";
import { sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../helpers/samples";
import { factsOf } from "./meeting-doc";

describe("meeting facts of the samples", () => {
  it("sample minutes", () => {
    const f = extractFacts(sampleMinutes());
    expect(f.startTime).toMatchObject({ hour: 19, minute: 30 });
    expect(f.meetingDate).toMatchObject({ day: 5, month: 11, year: 2025, form: "words" });
    expect(f.endTime).toMatchObject({ hour: 21, minute: 15 });
    expect(f.place?.text).toBe("Nhà văn hóa thôn Hòa Bình");
    expect(f.chair).toMatchObject({ name: "Nguyễn Văn An", position: "Bí thư Chi bộ" });
    expect(f.secretary?.name).toBe("Lê Thị Bình");
    expect(f.guests).toEqual([expect.objectContaining({ name: "Trần Văn Cường", position: "Đảng ủy viên phụ trách chi bộ" })]);
    expect(f.attendance).toMatchObject({ total: 18, official: 15, probationary: 3, present: 17, presentOfficial: 14, presentProbationary: 3, full: false });
    expect(f.attendance.excused).toMatchObject({ count: 1, names: ["Phạm Văn Dũng"], reasons: ["đi công tác"] });
    expect(f.attendance.unexcused).toMatchObject({ none: true });
    expect(f.votes.map((v) => v.subject)).toEqual(["agenda", "conclusion", "minutes"]);
    expect(f.votes[1]).toMatchObject({ method: "gio-tay", yes: 14, outOf: 14, no: 0, other: 0, percent: 100 });
    expect(f.tasks).toHaveLength(2);
    expect(f.speakers.map((s) => s.name)).toEqual(["Lê Thị Bình", "Phạm Thị Giang", "Trần Văn Hải", "Võ Văn Khoa", "Đặng Thị Lan", "Hoàng Thị Em"]);
    expect(f.thematic).toBe(false);
  });

  it("sample thematic minutes", () => {
    const f = extractFacts(sampleThematic());
    expect(f.thematic).toBe(true);
    expect(f.attendance.full).toBe(true);
    expect(f.guestsMentioned).toBeUndefined();
    expect(f.votes.find((v) => v.subject === "conclusion")).toMatchObject({ yes: 15, method: "gio-tay" });
  });

  it("sample resolution", () => {
    const f = extractFacts(sampleResolution());
    expect(f.meetingDate).toMatchObject({ day: 5, month: 11, year: 2025 });
    expect(f.chair?.name).toBe("Nguyễn Văn An");
    expect(f.attendance).toMatchObject({ present: 17, presentOutOf: 18 });
    expect(f.votes).toEqual([expect.objectContaining({ subject: "resolution", yes: 14, outOf: 14 })]);
    expect(f.tasks.map((t) => t.owner)).toEqual(["đồng chí Nguyễn Văn An", "Tổ đảng số 2"]);
  });

  it("sample committee minutes", () => {
    const f = extractFacts(sampleCommittee());
    expect(f.attendance).toMatchObject({ present: 3, presentOutOf: 3, full: true });
    expect(f.secretary).toMatchObject({ name: "Lê Thị Bình", position: "Chi ủy viên" });
    expect(f.endTime).toMatchObject({ hour: 15, minute: 30 });
  });
});

describe("robustness", () => {
  it("never reads the header table as body facts", () => {
    // A header whose cells carry a date, a time-like code and a name-like line.
    const doc = makeDoc(
      table([
        [p("ĐẢNG BỘ XÃ TUY LỘC"), p("CHI BỘ THÔN HÒA BÌNH"), "*", "Số 11-BB/CB"],
        [p("ĐẢNG CỘNG SẢN VIỆT NAM"), p("Tuy Lộc, ngày 05 tháng 11 năm 2025")],
      ]),
      p("BIÊN BẢN"),
      p("sinh hoạt chi bộ thường kỳ tháng 11 năm 2025"),
      "Địa điểm: Nhà văn hóa thôn.",
    );
    const f = extractFacts(doc);
    expect(f.dates).toEqual([]);
    expect(f.meetingDate).toBeUndefined();
    expect(f.documentDate).toMatchObject({ day: 5, month: 11 });
  });

  it("reads a whole opening typed in capitals without tone marks", () => {
    const f = factsOf(
      "THOI GIAN: 19 GIO 30 PHUT, NGAY 05/11/2025",
      "DIA DIEM: NHA VAN HOA THON",
      "CHU TRI: DONG CHI NGUYEN VAN AN, BI THU CHI BO",
      "THU KY: D/C LE THI BINH",
      "TONG SO DANG VIEN: 18 (CHINH THUC 15, DU BI 03)",
      "CO MAT: 18/18 DONG CHI",
    );
    expect(f.startTime).toMatchObject({ hour: 19, minute: 30 });
    expect(f.place?.text).toBe("NHA VAN HOA THON");
    expect(f.chair?.name).toBe("NGUYEN VAN AN");
    expect(f.secretary?.name).toBe("LE THI BINH");
    expect(f.attendance).toMatchObject({ total: 18, official: 15, probationary: 3, present: 18, full: true });
  });

  it("reads decomposed (NFD) text through its NFC form", () => {
    const f = factsOf("Thư ký: đồng chí Lê Thị Bình.".normalize("NFD"), "Vắng có lý do: không.".normalize("NFD"));
    expect(f.secretary?.name).toBe("Lê Thị Bình");
    expect(f.attendance.excused?.none).toBe(true);
  });

  it("thematic part: heading, 'Chuyên đề:' line or presenting a draft theme", () => {
    expect(factsOf("II. SINH HOẠT CHUYÊN ĐỀ").thematic).toBe(true);
    expect(factsOf("Chuyên đề: Học tập và làm theo tư tưởng Hồ Chí Minh.").thematic).toBe(true);
    expect(factsOf("Đồng chí Trần Văn Hải trình bày dự thảo chuyên đề.").thematic).toBe(true);
    expect(factsOf("Chi bộ sẽ sinh hoạt chuyên đề vào tháng 12.").thematic).toBe(false);
  });

  it("an empty body gives empty facts", () => {
    const f = extractFacts(makeDoc(header()));
    expect(f).toMatchObject({ dates: [], times: [], guests: [], votes: [], tasks: [], speakers: [], thematic: false, attendance: { full: false, spans: {} } });
  });
});
