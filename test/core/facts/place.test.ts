import { factsOf } from "./meeting-doc";

const START = "Thời gian: 19 giờ 30 phút, ngày 05/11/2025.";

describe("place", () => {
  it.each([
    // process.md §9
    ["Địa điểm: Hội trường UBND xã", "Hội trường UBND xã"],
    ["Tại: Nhà văn hóa thôn 3", "Nhà văn hóa thôn 3"],
    ["Hôm nay, vào lúc 8 giờ ngày 05/11/2025, tại phòng họp cơ quan, Chi bộ họp thường kỳ.", "phòng họp cơ quan"],
    // invented
    ["ĐỊA ĐIỂM: NHÀ VĂN HÓA THÔN HÒA BÌNH.", "NHÀ VĂN HÓA THÔN HÒA BÌNH"],
    ["Dia diem: Nha van hoa thon 3", "Nha van hoa thon 3"],
    ["Địa điểm họp: Phòng họp số 2, trụ sở Đảng ủy xã.", "Phòng họp số 2, trụ sở Đảng ủy xã"],
    ["- Địa điểm - Hội trường thôn", "Hội trường thôn"],
    ["Nơi họp: nhà đồng chí Bí thư chi bộ", "nhà đồng chí Bí thư chi bộ"],
    ["Thời gian: 19 giờ 30 phút ngày 05/11/2025. Địa điểm: Nhà văn hóa thôn. Chủ trì: đồng chí Nguyễn Văn An.", "Nhà văn hóa thôn"],
    ["Địa điểm Hội trường Đảng ủy xã", "Hội trường Đảng ủy xã"],
    ["Địa điểm: tại Nhà văn hóa thôn.", "Nhà văn hóa thôn"],
  ])("%s", (line, place) => {
    expect(factsOf(START, line).place?.text).toBe(place);
  });

  it("keeps an unfilled label with an empty value", () => {
    const f = factsOf(START, "Địa điểm: ……");
    expect(f.place).toBeDefined();
    expect(f.place!.text).not.toMatch(/\p{L}/u);
  });

  it.each([
    ["báo cáo kết quả tại kỳ họp tháng 01"],
    ["Tài liệu: dự thảo nghị quyết"],
    ["tái cơ cấu nông nghiệp"],
    ["tải văn bản tại ứng dụng"],
  ])("no place in %s", (line) => {
    expect(factsOf(START, line).place).toBeUndefined();
  });
});
