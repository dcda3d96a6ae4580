import { factsOf, resolutionFactsOf } from "./meeting-doc";

const START = "Thời gian: 19 giờ 30 phút, ngày 05/11/2025.";

describe("tasks", () => {
  it.each([
    ["III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12"],
    ["Phương hướng, nhiệm vụ tháng 12:"],
    ["Nhiệm vụ trọng tâm tháng tới"],
    ["II- NHIỆM VỤ, GIẢI PHÁP"],
    ["3. Nhiệm vụ tháng 12 năm 2025:"],
    ["Phuong huong nhiem vu thang 12"],
    ["IV. CÁC NHIỆM VỤ TRỌNG TÂM THÁNG 12"],
  ])("reads the items after %s", (heading) => {
    const f = factsOf(START, heading, "1. Giao đồng chí Nguyễn Văn An chủ trì rà soát hộ nghèo, hoàn thành trước ngày 20/12/2025.", "- Tổ đảng số 2 thực hiện trong tháng 12.", "Ý kiến thảo luận:", "Đồng chí Lê Thị Bình: nhất trí.");
    expect(f.tasks.map((t) => [t.text, t.owner, t.deadline])).toEqual([
      ["Giao đồng chí Nguyễn Văn An chủ trì rà soát hộ nghèo, hoàn thành trước ngày 20/12/2025.", "đồng chí Nguyễn Văn An", "trước ngày 20/12/2025"],
      ["Tổ đảng số 2 thực hiện trong tháng 12.", "Tổ đảng số 2", "trong tháng 12"],
    ]);
  });

  it.each([
    ["Chi ủy chỉ đạo các tổ đảng thực hiện, báo cáo tại kỳ họp tháng 01.", "Chi ủy", "báo cáo tại kỳ họp tháng 01"],
    ["Các đảng viên đăng ký việc làm cụ thể trong quý I năm 2026.", "Các đảng viên", "trong quý I năm 2026"],
    ["Đ/c Lê Thị Bình phụ trách, thực hiện hằng tháng.", "Đ/c Lê Thị Bình", "hằng tháng"],
    ["Chi đoàn thanh niên ra quân dọn vệ sinh chậm nhất ngày 15/12.", "Chi đoàn", "chậm nhất ngày 15/12"],
    ["Bí thư chi bộ đôn đốc, quý IV hoàn thành.", "Bí thư chi bộ", "quý IV"],
    ["Tiếp tục thực hiện tốt các nhiệm vụ.", undefined, undefined],
    ["Hội Phụ nữ vận động hội viên tham gia.", "Hội Phụ nữ", undefined],
  ])("owner and time frame of %s", (line, owner, deadline) => {
    const [t] = factsOf(START, "Nhiệm vụ trọng tâm tháng 12:", `- ${line}`).tasks;
    expect([t?.owner, t?.deadline]).toEqual([owner, deadline]);
  });

  it("stops at the next section heading; sub-headings are not tasks", () => {
    const f = resolutionFactsOf(
      "II. NHIỆM VỤ, GIẢI PHÁP THÁNG 12",
      "1. Về kinh tế:",
      "a) Tổ đảng số 1 vận động thu hoạch lúa trong tháng 12.",
      "2. Về xây dựng Đảng:",
      "Chi ủy rà soát hồ sơ đảng viên trước ngày 25/12/2025.",
      "III. TỔ CHỨC THỰC HIỆN",
      "Chi ủy phân công đảng viên thực hiện.",
    );
    expect(f.tasks.map((t) => t.text)).toEqual(["Tổ đảng số 1 vận động thu hoạch lúa trong tháng 12.", "Chi ủy rà soát hồ sơ đảng viên trước ngày 25/12/2025."]);
  });

  it("reads a task written on the heading line", () => {
    const f = factsOf(START, "Nhiệm vụ trọng tâm tháng 12: Tổ đảng số 2 tổ chức ra quân vệ sinh môi trường trong tháng 12.");
    expect(f.tasks).toEqual([expect.objectContaining({ owner: "Tổ đảng số 2", deadline: "trong tháng 12" })]);
  });

  it("a review of last month's tasks is not the task section", () => {
    const f = factsOf(START, "I. KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ THÁNG 10", "- Hoàn thành thu hoạch lúa.");
    expect(f.tasks).toEqual([]);
  });
});
