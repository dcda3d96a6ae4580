import { factsOf } from "./meeting-doc";

const START = "Thời gian: 19 giờ 30 phút, ngày 05/11/2025.";
const speakers = (...lines: string[]) => factsOf(START, "Chủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ.", ...lines).speakers.map((s) => s.name);

describe("speakers", () => {
  it.each([
    // process.md §9
    ["Đồng chí Nguyễn Văn Hùng: đề nghị bổ sung chỉ tiêu.", ["Nguyễn Văn Hùng"]],
    ["Đ/c Lê Thị Bích phát biểu: nhất trí với dự thảo.", ["Lê Thị Bích"]],
    ["- đồng chí Trần Văn Hải đề nghị chi bộ quan tâm hộ cận nghèo.", ["Trần Văn Hải"]],
    // invented
    ["Ý kiến thảo luận: – Đồng chí Nguyễn Văn Hùng: đề nghị bổ sung.", ["Nguyễn Văn Hùng"]],
    ["Ý kiến thảo luận: đồng chí Trần Văn Hải đề nghị …; đồng chí Võ Văn Khoa nhất trí, bổ sung …", ["Trần Văn Hải", "Võ Văn Khoa"]],
    ["+ Ý kiến của đồng chí Võ Văn Khoa: đề xuất thời hạn sớm hơn.", ["Võ Văn Khoa"]],
    ["- Nguyễn Thị Hạnh: đề nghị tăng cường tuyên truyền.", ["Nguyễn Thị Hạnh"]],
    ["ĐỒNG CHÍ ĐẶNG THỊ LAN PHÁT BIỂU Ý KIẾN.", ["ĐẶNG THỊ LAN"]],
    ["Dong chi Dang Thi Lan: nhat tri.", ["Dang Thi Lan"]],
    ["Đồng chí Trần Văn Hải (Tổ trưởng tổ 2): đề nghị …", ["Trần Văn Hải"]],
    ["Đồng chí Trần Văn Hải, Chi ủy viên, phát biểu: …", ["Trần Văn Hải"]],
    ["Tự phê bình và phê bình: đồng chí Trần Văn Hải tự nhận khuyết điểm chậm nộp báo cáo.", ["Trần Văn Hải"]],
  ])("%s", (line, names) => {
    expect(speakers(line)).toEqual(names);
  });

  it("counts each speaker once", () => {
    expect(speakers("Đồng chí Lê Thị Bình: đề nghị …", "Đồng chí Trần Văn Hải: nhất trí.", "Đ/c LÊ THỊ BÌNH bổ sung: …")).toEqual(["Lê Thị Bình", "Trần Văn Hải"]);
  });

  it.each([
    ["Các đồng chí nhất trí cao với dự thảo."],
    ["Đồng chí Nguyễn Văn An tuyên bố lý do, giới thiệu đại biểu."],
    ["Đồng chí chủ trì kết luận: chi bộ thống nhất các nhiệm vụ."],
    ["Đồng chí Nguyễn Văn An: kết luận chi bộ thống nhất các nhiệm vụ."],
    ["Đồng chí Trần Văn Hải trình bày dự thảo chuyên đề."],
    ["Thư ký: đồng chí Lê Thị Bình."],
    ["Đại biểu dự: đồng chí Trần Văn Cường, Trưởng ban Nội chính."],
    ["Biểu dương đồng chí Lê Thị Bình hoàn thành xuất sắc nhiệm vụ."],
    ["- Lưu Chi bộ."],
    ["Vắng có lý do: 01 đồng chí (Phạm Văn Dũng, đi công tác)."],
  ])("no speaker in %s", (line) => {
    expect(speakers(line)).toEqual([]);
  });
});
