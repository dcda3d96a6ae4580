import type { VoteFact } from "../../../src/core/facts/types";
import { factsOf, resolutionFactsOf } from "./meeting-doc";

const START = "Thời gian: 19 giờ 30 phút, ngày 05/11/2025.";
const votes = (...lines: string[]): VoteFact[] => factsOf(START, ...lines).votes;
const one = (...lines: string[]): VoteFact => {
  const v = votes(...lines);
  expect(v).toHaveLength(1);
  return v[0]!;
};

describe("vote statements", () => {
  it.each([
    // process.md §9
    ["Biểu quyết bằng hình thức giơ tay: 15/15 đồng chí tán thành", { method: "gio-tay", yes: 15, outOf: 15, countless: false }],
    ["Tán thành 14/14 đ/c (100%); không tán thành: 0; ý kiến khác: 0", { yes: 14, outOf: 14, no: 0, other: 0, percent: 100, countless: false }],
    ["Nghị quyết được thông qua với 14/15 đồng chí tán thành, đạt 93,3%.", { yes: 14, outOf: 15, percent: 93.3, subject: "resolution" }],
    ["Chi bộ biểu quyết bằng thẻ đảng viên: 14/14 đồng chí tán thành.", { method: "the-dang-vien", yes: 14 }],
    ["Bỏ phiếu kín: 10 phiếu đồng ý.", { method: "phieu-kin", yes: 10 }],
    ["Chi bộ biểu quyết trên ứng dụng Sổ tay đảng viên: 14/14 đồng chí tán thành.", { method: "ung-dung", yes: 14 }],
    ["100% đảng viên có mặt tán thành.", { percent: 100, countless: true }],
    ["Hội nghị nhất trí thông qua nghị quyết với tỷ lệ 100%.", { percent: 100, countless: true, subject: "resolution" }],
    ["Hội nghị nhất trí thông qua với tỷ lệ 100%.", { percent: 100, countless: true, subject: "other" }],
    ["Nghị quyết này đã được 11/11 đồng chí đảng viên chính thức có mặt biểu quyết nhất trí thông qua.", { yes: 11, outOf: 11, subject: "resolution" }],
    // invented
    ["BIỂU QUYẾT BẰNG HÌNH THỨC GIƠ TAY: 14/14 ĐỒNG CHÍ TÁN THÀNH", { method: "gio-tay", yes: 14, outOf: 14 }],
    ["Bieu quyet bang hinh thuc gio tay: 14/14 dong chi tan thanh", { method: "gio-tay", yes: 14, outOf: 14 }],
    ["Kết quả bỏ phiếu kín: 9 đồng ý, 5 không.", { method: "phieu-kin", yes: 9, no: 5 }],
    ["Biểu quyết giơ tay: tán thành 13 đồng chí, không tán thành 01 đồng chí, ý kiến khác 0.", { method: "gio-tay", yes: 13, no: 1, other: 0 }],
    ["Biểu quyết giơ tay: mười bốn đồng chí tán thành, không có ý kiến khác.", { yes: 14, other: 0 }],
    ["Chi bộ nhất trí 100% thông qua kết luận.", { percent: 100, countless: true, subject: "conclusion" }],
    ["Biểu quyết: 14/14 đồng chí nhất trí, 0 không nhất trí, 1 bảo lưu ý kiến.", { yes: 14, no: 0, other: 1 }],
    ["Kết quả biểu quyết (giơ tay): Tán thành: 14/14 = 100%; Không tán thành: 0; Ý kiến khác: không có.", { method: "gio-tay", yes: 14, outOf: 14, percent: 100, no: 0, other: 0 }],
  ])("%s", (line, expected) => {
    const v = one(line);
    expect(v).toMatchObject(expected);
    if (v.countless) expect(v.yes).toBeUndefined();
  });

  it("a vote with no method has none", () => {
    expect(one("Biểu quyết: 14/14 đồng chí nhất trí, 0 không nhất trí, 1 bảo lưu ý kiến.").method).toBeUndefined();
  });

  it.each([
    ["Chi bộ biểu quyết kết nạp quần chúng Nguyễn Văn E vào Đảng bằng phiếu kín: 10 phiếu đồng ý.", "admission"],
    ["Biểu quyết đề nghị công nhận đảng viên chính thức cho đồng chí Lê Văn F: 14/14 tán thành (thẻ đảng viên).", "confirmation"],
    ["Chi bộ thống nhất thông qua nội dung, chương trình sinh hoạt.", "agenda"],
    ["Biên bản đã được thông qua trước chi bộ, 100% đảng viên dự họp nhất trí.", "minutes"],
    ["Chi bộ biểu quyết mức xếp loại Tốt: 14/14 đồng chí tán thành.", "grade"],
    ["Biểu quyết thông qua nghị quyết: 14/14 đồng chí tán thành (giơ tay).", "resolution"],
  ])("subject of %s", (line, subject) => {
    expect(one(line).subject).toBe(subject);
  });

  it("takes the subject from the paragraph before", () => {
    expect(one("Đồng chí chủ trì kết luận: chi bộ thống nhất các nhiệm vụ tháng 12.", "Biểu quyết bằng hình thức giơ tay: 14/14 đồng chí tán thành.").subject).toBe("conclusion");
    expect(one("Ý kiến khác về công tác xây dựng đường.", "Biểu quyết bằng hình thức giơ tay: 14/14 đồng chí tán thành.").subject).toBe("other");
  });

  it("in the paragraph before, the chair's conclusion outranks 'nội dung sinh hoạt'", () => {
    expect(one("Đồng chí Bí thư kết luận nội dung sinh hoạt.", "Biểu quyết bằng giơ tay: tán thành 6 đồng chí, không tán thành 4 đồng chí.").subject).toBe("conclusion");
    expect(one("Chi bộ thông qua chương trình, nội dung sinh hoạt.", "Biểu quyết: 14/14 đồng chí tán thành.").subject).toBe("agenda");
  });

  it("joins a method stated alone to the counts that follow", () => {
    const v = one("Chi bộ biểu quyết thông qua kết luận bằng hình thức giơ tay.", "Kết quả: 14/14 đồng chí tán thành.");
    expect(v).toMatchObject({ method: "gio-tay", yes: 14, outOf: 14 });
  });

  it("keeps the subject of the method line for the counts", () => {
    expect(one("Chi bộ biểu quyết thông qua kết luận bằng hình thức giơ tay.", "Kết quả: 14/14 đồng chí tán thành.").subject).toBe("conclusion");
  });

  it("a method stated after the counts completes them", () => {
    expect(one("Kết quả biểu quyết: 14/14 đồng chí tán thành.", "Hình thức biểu quyết: giơ tay.")).toMatchObject({ yes: 14, method: "gio-tay" });
  });

  it("a method line after a countless agenda vote waits for the counts that follow", () => {
    const v = votes("Chi bộ thống nhất thông qua chương trình sinh hoạt.", "Chi bộ biểu quyết kết luận bằng hình thức giơ tay.", "Kết quả: 14/14 đồng chí tán thành.");
    expect(v.map((x) => [x.subject, x.method, x.yes])).toEqual([
      ["agenda", undefined, undefined],
      ["conclusion", "gio-tay", 14],
    ]);
  });

  it("a method with no result after it is a vote with no count", () => {
    const v = one("Chi bộ biểu quyết thông qua kết luận bằng hình thức giơ tay.", "Chi bộ tự đánh giá: 92 điểm.", "Biên bản được lập thành 02 bản.", "Thư ký ký tên.");
    expect(v).toMatchObject({ method: "gio-tay", countless: true, subject: "conclusion" });
  });

  it("reads the nghị quyết closing line", () => {
    const v = resolutionFactsOf("Nghị quyết được Chi bộ thông qua ngày 05/11/2025, 14/14 đồng chí tán thành (100%).").votes;
    expect(v).toEqual([expect.objectContaining({ subject: "resolution", yes: 14, outOf: 14, percent: 100, countless: false })]);
  });

  it("reads several votes of one paragraph", () => {
    const v = votes("Biểu quyết thông qua kết luận: 14/14 tán thành. Biểu quyết thông qua nghị quyết: 13/14 tán thành.");
    expect(v.map((x) => [x.subject, x.yes])).toEqual([
      ["conclusion", 14],
      ["resolution", 13],
    ]);
  });

  it.each([
    ["Các đồng chí nhất trí cao với dự thảo."],
    ["Đồng chí Phạm Thị Giang: nhất trí với dự thảo, đề nghị giao cụ thể cho tổ đảng."],
    ["Đ/c Lê Thị Bình phát biểu: tán thành dự thảo nghị quyết."],
    ["Đồng chí Hoàng Thị Em: đề nghị hỗ trợ đảng viên sử dụng Sổ tay đảng viên điện tử."],
    ["Chi bộ tự đánh giá: 92 điểm, xếp loại Tốt."],
    ["Thu nộp đảng phí tháng 10: 17/17 đồng chí đã nộp."],
    ["Các đồng chí nhất trí; ngày 05/11/2025."],
    ["Biểu quyết thông qua nghị quyết."],
    ["Chi bộ nhất trí 2 nội dung trên."],
  ])("no vote in %s", (line) => {
    expect(votes(line)).toEqual([]);
  });
});
