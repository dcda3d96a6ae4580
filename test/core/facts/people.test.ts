import { factsOf } from "./meeting-doc";

const START = "Thời gian: 19 giờ 30 phút, ngày 05/11/2025.";

describe("chair", () => {
  it.each([
    // process.md §9
    ["Chủ trì: đồng chí Nguyễn Văn A – Bí thư chi bộ", "Nguyễn Văn A", "Bí thư chi bộ"],
    ["Chủ tọa: Đ/c Lê Văn Hùng", "Lê Văn Hùng", undefined],
    ["Đồng chí Nguyễn Văn An chủ trì.", "Nguyễn Văn An", undefined],
    ["Người chủ trì: Nguyễn Văn An, Bí thư Chi bộ", "Nguyễn Văn An", "Bí thư Chi bộ"],
    ["Chủ trì cuộc họp: đồng chí Nguyễn Văn An", "Nguyễn Văn An", undefined],
    ["Chủ trì hội nghị: đ/c Nguyễn Văn An", "Nguyễn Văn An", undefined],
    ["Cuộc họp do đồng chí Nguyễn Văn An, Bí thư Chi bộ chủ trì.", "Nguyễn Văn An", "Bí thư Chi bộ"],
    // invented
    ["CHỦ TRÌ: ĐỒNG CHÍ NGUYỄN VĂN AN - BÍ THƯ CHI BỘ", "NGUYỄN VĂN AN", "BÍ THƯ CHI BỘ"],
    ["Chu tri: dong chi Nguyen Van An, Bi thu chi bo", "Nguyen Van An", "Bi thu chi bo"],
    ["Chủ trì đồng chí Nguyễn Văn An (Bí thư Chi bộ)", "Nguyễn Văn An", "Bí thư Chi bộ"],
    ["Chủ toạ: đ/c Trần Thị Mai, Phó Bí thư", "Trần Thị Mai", "Phó Bí thư"],
    ["Chủ trì: Bí thư Chi bộ Nguyễn Văn An", "Nguyễn Văn An", "Bí thư Chi bộ"],
    ["Đồng chí Nguyễn Văn An, Bí thư Chi bộ, chủ trì cuộc họp.", "Nguyễn Văn An", "Bí thư Chi bộ"],
    ["Thời gian: 19 giờ. Địa điểm: Nhà văn hóa. Chủ trì: đồng chí Nguyễn Văn An; Thư ký: đồng chí Lê Thị Bình.", "Nguyễn Văn An", undefined],
  ])("%s", (line, name, position) => {
    const chair = factsOf(START, line).chair;
    expect(chair?.name).toBe(name);
    expect(chair?.position).toBe(position);
  });

  it("trap: a title with no name", () => {
    const chair = factsOf(START, "Chủ trì: Bí thư chi bộ.").chair;
    expect(chair?.name).toBeUndefined();
    expect(chair?.position).toBe("Bí thư chi bộ");
    expect(factsOf(START, "Chủ trì: đồng chí Bí thư Chi bộ").chair?.name).toBeUndefined();
  });

  it("an unfilled label gives a chair with neither name nor position", () => {
    const chair = factsOf(START, "Chủ trì: đồng chí ……").chair;
    expect(chair).toBeDefined();
    expect(chair?.name).toBeUndefined();
    expect(chair?.position).toBeUndefined();
  });

  it.each([
    ["Đồng chí chủ trì kết luận: chi bộ thống nhất."],
    ["Giao đồng chí Nguyễn Văn An chủ trì rà soát hộ nghèo."],
    ["1. Rà soát hộ nghèo: giao đồng chí Nguyễn Văn An chủ trì, hoàn thành trước ngày 20/12/2025."],
    ["CHỦ TRÌ"],
  ])("no chair in %s", (line) => {
    expect(factsOf(START, line).chair).toBeUndefined();
  });
});

describe("secretary", () => {
  it.each([
    // process.md §9
    ["Thư ký: đồng chí Lê Thị Bình", "Lê Thị Bình"],
    ["Người ghi biên bản: Lê Thị Bình", "Lê Thị Bình"],
    ["Chi bộ cử đồng chí Lê Thị Bình làm thư ký.", "Lê Thị Bình"],
    ["Thư ký cuộc họp: đ/c Lê Thị Bình", "Lê Thị Bình"],
    ["Chi bộ cử đ/c Lê Thị Bình ghi biên bản.", "Lê Thị Bình"],
    // invented
    ["THƯ KÝ: ĐỒNG CHÍ LÊ THỊ BÌNH", "LÊ THỊ BÌNH"],
    ["Thu ky: dong chi Le Thi Binh", "Le Thi Binh"],
    ["Đồng chí Lê Thị Bình, Chi ủy viên, làm thư ký.", "Lê Thị Bình"],
    ["Thư ký đồng chí Lê Thị Bình (chi bộ cử)", "Lê Thị Bình"],
    ["Ghi biên bản: đồng chí Lê Thị Bình", "Lê Thị Bình"],
  ])("%s", (line, name) => {
    expect(factsOf(START, line).secretary?.name).toBe(name);
  });

  it("keeps the position written after the name", () => {
    expect(factsOf(START, "Thư ký: đồng chí Lê Thị Bình, Chi ủy viên.").secretary?.position).toBe("Chi ủy viên");
  });

  it.each([["Thư ký đọc lại biên bản, các đồng chí nhất trí."], ["THƯ KÝ"], ["Biên bản đã được đọc lại và thông qua."]])("no secretary in %s", (line) => {
    expect(factsOf(START, line).secretary).toBeUndefined();
  });

  it("an unfilled label gives a secretary without a name", () => {
    const s = factsOf(START, "Thư ký: ……").secretary;
    expect(s).toBeDefined();
    expect(s?.name).toBeUndefined();
  });
});

describe("guests", () => {
  it.each([
    // process.md §9
    ["Đại biểu dự: đồng chí Trần Văn Cường, Đảng ủy viên phụ trách chi bộ", [["Trần Văn Cường", "Đảng ủy viên phụ trách chi bộ"]]],
    ["Khách mời: đồng chí Trần Văn Cường – Phó Chủ tịch UBND xã", [["Trần Văn Cường", "Phó Chủ tịch UBND xã"]]],
    ["Về dự có đồng chí Trần Văn Cường, Đảng ủy viên.", [["Trần Văn Cường", "Đảng ủy viên"]]],
    // invented
    [
      "Đại biểu cấp trên: đồng chí Trần Văn Cường, Đảng ủy viên; đồng chí Lý Thị Hoa, Chủ tịch Hội Phụ nữ xã.",
      [
        ["Trần Văn Cường", "Đảng ủy viên"],
        ["Lý Thị Hoa", "Chủ tịch Hội Phụ nữ xã"],
      ],
    ],
    ["ĐẠI BIỂU DỰ: ĐỒNG CHÍ TRẦN VĂN CƯỜNG - ĐẢNG ỦY VIÊN", [["TRẦN VĂN CƯỜNG", "ĐẢNG ỦY VIÊN"]]],
    ["Về dự và chỉ đạo có đ/c Trần Văn Cường (Phó Bí thư Đảng ủy xã)", [["Trần Văn Cường", "Phó Bí thư Đảng ủy xã"]]],
    ["Đại biểu tham dự: Trần Văn Cường, Đảng ủy viên phụ trách chi bộ.", [["Trần Văn Cường", "Đảng ủy viên phụ trách chi bộ"]]],
    ["Đại biểu dự: đồng chí Trần Văn Cường.", [["Trần Văn Cường", undefined]]],
  ])("%s", (line, expected) => {
    const f = factsOf(START, line);
    expect(f.guestsMentioned).toBeDefined();
    expect(f.guests.map((g) => [g.name, g.position])).toEqual(expected);
  });

  it("reads guests listed on the lines after the label", () => {
    const f = factsOf(START, "Đại biểu dự:", "- Đồng chí Trần Văn Cường, Đảng ủy viên phụ trách chi bộ;", "- Đồng chí Lý Thị Hoa, Chủ tịch Hội Phụ nữ xã.", "Tổng số đảng viên: 18.");
    expect(f.guests.map((g) => g.name)).toEqual(["Trần Văn Cường", "Lý Thị Hoa"]);
  });

  it.each([["Có đại biểu cấp trên dự."], ["Buổi sinh hoạt có đại biểu Đảng ủy xã về dự."], ["Khách mời: đại diện Đảng ủy xã."]])(
    "trap: guests mentioned but unnamed in %s",
    (line) => {
      const f = factsOf(START, line);
      expect(f.guestsMentioned).toBeDefined();
      expect(f.guests).toEqual([]);
    },
  );

  it.each([
    ["Đồng chí Nguyễn Văn An tuyên bố lý do, giới thiệu đại biểu."],
    ["Đồng chí Nguyễn Văn An tuyên bố lý do, giới thiệu đại biểu dự họp."],
    ["Đại biểu dự: không có."],
    ["100% đại biểu dự họp nhất trí thông qua chương trình."],
    ["Chi bộ lãnh đạo thực hiện dự án đường giao thông."],
  ])("no guests in %s", (line) => {
    const f = factsOf(START, line);
    expect(f.guestsMentioned).toBeUndefined();
    expect(f.guests).toEqual([]);
  });
});
