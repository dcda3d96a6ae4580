import { factsOf, resolutionFactsOf } from "./meeting-doc";

const hm = (t: { hour: number; minute: number } | undefined) => (t ? `${t.hour}:${String(t.minute).padStart(2, "0")}` : undefined);
const ymd = (d: { day: number; month: number; year: number } | undefined) => (d ? `${d.year}-${d.month}-${d.day}` : undefined);

describe("start time and meeting date", () => {
  it.each([
    // process.md §9
    ["Thời gian: 14 giờ 00, ngày 05/11/2025", "14:00", "2025-11-5"],
    ["Hôm nay, vào lúc 19 giờ 30 phút, ngày 05 tháng 11 năm 2025, tại Nhà văn hóa thôn, Chi bộ họp.", "19:30", "2025-11-5"],
    ["Vào hồi 8h00' ngày 05/11/2025, Chi bộ tiến hành sinh hoạt thường kỳ.", "8:00", "2025-11-5"],
    ["Bắt đầu lúc 7g30 ngày 05-11-2025.", "7:30", "2025-11-5"],
    // invented
    ["THỜI GIAN: 19 GIỜ 30 PHÚT NGÀY 05 THÁNG 11 NĂM 2025", "19:30", "2025-11-5"],
    ["Thoi gian 19h30 ngay 05/11/2025", "19:30", "2025-11-5"],
    ["Hôm nay, ngày 05 tháng 11 năm 2025, vào lúc 14:00, Chi bộ họp thường kỳ.", "14:00", "2025-11-5"],
    ["Khai mạc lúc mười chín giờ ba mươi phút ngày 05.11.2025.", "19:30", "2025-11-5"],
    ["- Thời gian: từ 19 giờ 30 đến 21 giờ 15 ngày 05/11/2025.", "19:30", "2025-11-5"],
  ])("%s", (line, time, date) => {
    const f = factsOf(line);
    expect(hm(f.startTime)).toBe(time);
    expect(ymd(f.meetingDate)).toBe(date);
  });

  it("reads the date and the time from neighbouring lines", () => {
    const f = factsOf("Hôm nay, ngày 05 tháng 11 năm 2025.", "Vào lúc 19 giờ 30 phút, tại Nhà văn hóa thôn, Chi bộ họp thường kỳ.");
    expect(ymd(f.meetingDate)).toBe("2025-11-5");
    expect(hm(f.startTime)).toBe("19:30");
  });

  it("trap: a date with no clock time gives a meeting date and no start time", () => {
    const f = factsOf("Thời gian: ngày 05 tháng 11 năm 2025.", "Địa điểm: Nhà văn hóa thôn.");
    expect(ymd(f.meetingDate)).toBe("2025-11-5");
    expect(f.startTime).toBeUndefined();
  });

  it("does not take a quoted document's date or a task's hour as the meeting's", () => {
    const f = factsOf("Địa điểm: Nhà văn hóa thôn.", "Quán triệt Kế hoạch số 45-KH/ĐU ngày 20/10/2025.", "Tổ 2 ra quân lúc 7 giờ ngày 15/12/2025, thời gian trong 2 giờ.");
    expect(f.meetingDate).toBeUndefined();
    expect(f.startTime).toBeUndefined();
  });

  it("never reads the header's date as the meeting date; the document date comes from the header", () => {
    const f = factsOf("Địa điểm: Nhà văn hóa thôn.");
    expect(f.meetingDate).toBeUndefined();
    expect(ymd(f.documentDate)).toBe("2025-11-5");
  });

  it("nghị quyết: the preamble's date is the meeting date", () => {
    const f = resolutionFactsOf("Ngày 05/11/2025, Chi bộ thôn Hòa Bình họp thường kỳ tháng 11; dự họp 17/18 đảng viên.");
    expect(ymd(f.meetingDate)).toBe("2025-11-5");
    const g = resolutionFactsOf("Căn cứ Điều lệ Đảng;", "Ngày 05 tháng 11 năm 2025, Chi bộ thôn Hòa Bình tổ chức sinh hoạt thường kỳ.");
    expect(ymd(g.meetingDate)).toBe("2025-11-5");
    const h = resolutionFactsOf("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", "Căn cứ kết quả sinh hoạt chi bộ định kỳ tháng 3 năm 2026, ngày 10/3/2026,", "CHI BỘ QUYẾT NGHỊ");
    expect(ymd(h.meetingDate)).toBe("2026-3-10");
    const i = resolutionFactsOf("Căn cứ Kế hoạch số 45-KH/ĐU ngày 20/10/2025 của Đảng ủy xã;");
    expect(i.meetingDate).toBeUndefined();
  });
});

describe("end time", () => {
  it.each([
    ["Cuộc họp kết thúc vào lúc 16 giờ 15 phút cùng ngày.", "16:15"],
    ["Buổi sinh hoạt kết thúc hồi 21 giờ.", "21:00"],
    ["Biên bản kết thúc lúc 16h30'.", "16:30"],
    ["Hội nghị bế mạc lúc 11 giờ 30 phút.", "11:30"],
    ["CUỘC HỌP KẾT THÚC VÀO LÚC 21 GIỜ 15 PHÚT.", "21:15"],
    ["Cuoc hop ket thuc vao luc 21h15 cung ngay.", "21:15"],
    ["Thời gian kết thúc: 21:00.", "21:00"],
    ["Cuộc họp kết thúc vào lúc chín giờ tối cùng ngày.", "21:00"],
  ])("%s", (line, time) => {
    const f = factsOf("Thời gian: 19 giờ 00 phút, ngày 05/11/2025.", "Địa điểm: Nhà văn hóa thôn.", line);
    expect(hm(f.endTime)).toBe(time);
    expect(hm(f.startTime)).toBe("19:00");
    expect(f.endStatement).toBeUndefined();
  });

  it("takes the end of a range in the start statement when no closing line gives one", () => {
    const f = factsOf("Thời gian: từ 19 giờ 30 đến 21 giờ 15, ngày 05/11/2025.");
    expect(hm(f.startTime)).toBe("19:30");
    expect(hm(f.endTime)).toBe("21:15");
  });

  it("trap: a closing line without a clock time", () => {
    const f = factsOf("Thời gian: 19 giờ 30 phút, ngày 05/11/2025.", "Cuộc họp kết thúc cùng ngày.");
    expect(f.endTime).toBeUndefined();
    expect(f.endStatement?.paragraph).toBeGreaterThan(0);
  });

  it("a task with an hour and 'kết thúc' is not the meeting's end", () => {
    const f = factsOf("Thời gian: 19 giờ 30 phút, ngày 05/11/2025.", "- Tổ 2 ra quân, kết thúc trước 17 giờ ngày 20/12/2025.");
    expect(f.endTime).toBeUndefined();
    expect(f.endStatement).toBeUndefined();
  });

  it("a task ending a school year is not the meeting's end", () => {
    const f = factsOf("Thời gian: 19 giờ 30 phút, ngày 05/11/2025.", "Vận động học sinh đến trường trước khi kết thúc năm học.");
    expect(f.endTime).toBeUndefined();
    expect(f.endStatement).toBeUndefined();
  });
});
