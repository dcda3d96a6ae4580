import type { AttendanceFacts } from "../../../src/core/facts/types";
import { factsOf, resolutionFactsOf } from "./meeting-doc";

const START = "Thời gian: 19 giờ 30 phút, ngày 05/11/2025.";
const att = (...lines: string[]): AttendanceFacts => factsOf(START, ...lines).attendance;

describe("membership", () => {
  it.each([
    // process.md §9
    ["Tổng số đảng viên: 18 đồng chí (chính thức 15, dự bị 03)", 18, 15, 3],
    ["Tổng số: 18 đ/c; trong đó chính thức 15 đ/c, dự bị 03 đ/c", 18, 15, 3],
    // invented
    ["TỔNG SỐ ĐẢNG VIÊN: 18 (CHÍNH THỨC: 15; DỰ BỊ: 03)", 18, 15, 3],
    ["Tong so dang vien: 18 dong chi (chinh thuc 15, du bi 03)", 18, 15, 3],
    ["Tổng số đảng viên của chi bộ: mười tám đồng chí, trong đó mười lăm chính thức, ba dự bị.", 18, 15, 3],
    ["Chi bộ có 18 đảng viên (15 chính thức, 03 dự bị).", 18, 15, 3],
    ["Tổng số đảng viên 18 đồng chí, đều là đảng viên chính thức.", 18, 18, 0],
    ["Tổng số đảng viên: 12; dự bị: không.", 12, undefined, 0],
    ["Tổng số đảng viên trong danh sách: 24 đồng chí (chính thức 21, dự bị 3).", 24, 21, 3],
  ])("%s", (line, total, official, probationary) => {
    const a = att(line);
    expect([a.total, a.official, a.probationary]).toEqual([total, official, probationary]);
    expect(a.spans.membership).toBeDefined();
  });

  it("reads the split on its own lines", () => {
    const a = att("Tổng số đảng viên: 18 đồng chí.", "Đảng viên chính thức: 15 đồng chí.", "Đảng viên dự bị: 03 đồng chí.");
    expect([a.total, a.official, a.probationary]).toEqual([18, 15, 3]);
  });

  it("reads exempted, away and suspended members (process.md §6 example 3)", () => {
    const a = att(
      "Tổng số đảng viên: 24 đồng chí (chính thức 21, dự bị 03).",
      "Miễn sinh hoạt: 02 đ/c (01 có mặt, 01 vắng).",
      "Sinh hoạt tạm thời nơi khác: 01.",
      "Đình chỉ sinh hoạt: 01 đồng chí.",
      "Có mặt: 20 đồng chí (chính thức 17, dự bị 03).",
    );
    expect(a).toMatchObject({ total: 24, official: 21, probationary: 3, exempt: 2, exemptPresent: 1, exemptAbsent: 1, away: 1, suspended: 1, present: 20, presentOfficial: 17, presentProbationary: 3 });
  });

  it("does not read a sum of money as the membership", () => {
    expect(att("Tổng số tiền đảng phí thu được: 1.500.000 đồng.").total).toBeUndefined();
  });
});

describe("present", () => {
  it.each([
    // process.md §9
    ["Có mặt: 16/18 đồng chí", 16, 18, undefined, undefined, undefined],
    ["Số đảng viên dự: 16 đ/c (chính thức 14, dự bị 02)", 16, undefined, 14, 2, undefined],
    ["Dự họp 16/18 đảng viên, đạt 88,9%", 16, 18, undefined, undefined, 88.9],
    // invented
    ["CÓ MẶT: 16/18 ĐỒNG CHÍ", 16, 18, undefined, undefined, undefined],
    ["Co mat: 16/18 dong chi", 16, 18, undefined, undefined, undefined],
    ["Có 16/18 đồng chí dự họp, đạt tỷ lệ 88,9%.", 16, 18, undefined, undefined, 88.9],
    ["Đảng viên có mặt: mười sáu đồng chí.", 16, undefined, undefined, undefined, undefined],
    ["Số đảng viên có mặt 16 đ/c, trong đó: chính thức 14, dự bị 02.", 16, undefined, 14, 2, undefined],
    ["Tham dự: 16 đồng chí", 16, undefined, undefined, undefined, undefined],
  ])("%s", (line, present, outOf, po, pp, pct) => {
    const a = att(line);
    expect([a.present, a.presentOutOf, a.presentOfficial, a.presentProbationary, a.presentPercent]).toEqual([present, outOf, po, pp, pct]);
  });

  it("keeps the membership split and the present split apart in one line", () => {
    const a = att("Tổng số 18 (chính thức 15, dự bị 03), có mặt 17 (chính thức 14, dự bị 03).");
    expect(a).toMatchObject({ total: 18, official: 15, probationary: 3, present: 17, presentOfficial: 14, presentProbationary: 3 });
  });

  it("reads the nghị quyết preamble", () => {
    const a = resolutionFactsOf("Ngày 05/11/2025, Chi bộ thôn Hòa Bình họp thường kỳ tháng 11; dự họp 17/18 đảng viên; đồng chí Nguyễn Văn An chủ trì.").attendance;
    expect([a.present, a.presentOutOf]).toEqual([17, 18]);
  });

  it("reads 'dự 16/18 đảng viên' and '16 đảng viên dự' of a preamble, not 'dự bị'", () => {
    const a = resolutionFactsOf("Ngày 05/11/2025, Chi bộ thôn Hòa Bình sinh hoạt thường kỳ tháng 11; dự 16/18 đảng viên; đồng chí Nguyễn Văn An chủ trì.").attendance;
    expect([a.present, a.presentOutOf]).toEqual([16, 18]);
    expect(att("Có 16 đảng viên dự, 02 đồng chí vắng có lý do.").present).toBe(16);
    expect(att("Tổng số 18 đảng viên, 03 đảng viên dự bị.").present).toBeUndefined();
  });

  it("does not read a vote or dues as attendance", () => {
    const a = att("100% đảng viên có mặt tán thành.", "14/14 đồng chí có mặt nhất trí thông qua.", "Thu nộp đảng phí: 17/17 đồng chí đã nộp.");
    expect(a.present).toBeUndefined();
    expect(a.full).toBe(false);
  });

  it("'không có mặt' is not a count of those present", () => {
    expect(att("Đồng chí Phạm Văn Dũng không có mặt: đi công tác.").present).toBeUndefined();
  });
});

describe("full attendance", () => {
  it.each([["Có mặt 18/18 đồng chí."], ["Đảng viên dự họp đầy đủ."], ["Có mặt đầy đủ 100% đảng viên."], ["Không có đảng viên vắng mặt."], ["Vắng: không."], ["Vắng mặt: không có."]])(
    "%s",
    (line) => {
      expect(att("Tổng số đảng viên: 18 đồng chí (chính thức 15, dự bị 03).", line).full).toBe(true);
    },
  );

  it("present equal to the total is full attendance", () => {
    expect(att("Tổng số đảng viên: 18.", "Có mặt: 18 đồng chí.").full).toBe(true);
  });

  it("16/18 is not", () => {
    expect(att("Có mặt: 16/18 đồng chí.").full).toBe(false);
  });
});

describe("absences", () => {
  it.each([
    // process.md §9
    ["Vắng có lý do: 01 đ/c (Trần Văn B – đi công tác)", "excused", 1, ["Trần Văn B"], ["đi công tác"]],
    ["Vắng mặt: 01 đồng chí, có lý do (Lê Thị C, ốm)", "excused", 1, ["Lê Thị C"], ["ốm"]],
    ["Vắng không lý do: 01 đ/c (Phạm Văn D)", "unexcused", 1, ["Phạm Văn D"], []],
    ["Đồng chí Lê Thị C vắng (ốm, có báo cáo).", "excused", 1, ["Lê Thị C"], ["ốm, có báo cáo"]],
    // invented
    ["VẮNG CÓ LÝ DO: 01 ĐỒNG CHÍ (ĐỒNG CHÍ TRẦN VĂN BẢO, ĐI CÔNG TÁC)", "excused", 1, ["TRẦN VĂN BẢO"], ["ĐI CÔNG TÁC"]],
    ["Vang co ly do: 01 d/c (Tran Van B, di cong tac)", "excused", 1, ["Tran Van B"], ["di cong tac"]],
    ["Vắng có lý do: hai đồng chí (đ/c Trần Văn B đi công tác; đ/c Lê Thị C ốm).", "excused", 2, ["Trần Văn B", "Lê Thị C"], ["đi công tác", "ốm"]],
    ["Vắng (có lý do): 01 đồng chí – Trần Văn B, lý do: đi học.", "excused", 1, ["Trần Văn B"], ["đi học"]],
    ["Vắng có phép: 01 đồng chí (Trần Văn B, nằm viện).", "excused", 1, ["Trần Văn B"], ["nằm viện"]],
    ["Đ/c Phạm Văn Dũng vắng không lý do.", "unexcused", 1, ["Phạm Văn Dũng"], []],
    ["Đồng chí Trần Văn B vắng có lý do (đi công tác).", "excused", 1, ["Trần Văn B"], ["đi công tác"]],
    ["Vắng không có lý do: 01 đồng chí: Phạm Văn Dũng.", "unexcused", 1, ["Phạm Văn Dũng"], []],
  ])("%s", (line, cls, count, names, reasons) => {
    const a = att(line);
    const fact = cls === "excused" ? a.excused : a.unexcused;
    expect(fact).toMatchObject({ count, names, reasons, none: false });
  });

  it.each([
    ["Vắng có lý do: không", "excused"],
    ["Vắng không lý do: 0", "unexcused"],
    ["Vắng không có lý do: không có", "unexcused"],
    ["Vắng có lý do: không có. Vắng không lý do: không.", "both"],
    ["VẮNG KHÔNG LÝ DO: KHÔNG", "unexcused"],
    ["Số đảng viên vắng không lý do: 00", "unexcused"],
  ])("explicit none: %s", (line, cls) => {
    const a = att(line);
    for (const c of cls === "both" ? (["excused", "unexcused"] as const) : [cls as "excused" | "unexcused"]) {
      expect(a[c]).toMatchObject({ none: true, names: [] });
    }
  });

  it("mixed: 'Vắng 02 đồng chí (01 có lý do: …; 01 không lý do: …)'", () => {
    const a = att("Vắng 02 đồng chí (01 có lý do: đ/c Trần Văn B đi công tác; 01 không lý do: đ/c Phạm Văn D).");
    expect(a.excused).toMatchObject({ count: 1, names: ["Trần Văn B"], reasons: ["đi công tác"] });
    expect(a.unexcused).toMatchObject({ count: 1, names: ["Phạm Văn D"] });
    expect(a.unclassified).toBeUndefined();
  });

  it("present and absent in one line", () => {
    const a = att("Số đảng viên có mặt: 17/18 đồng chí, vắng 01 đồng chí (có lý do: Phạm Văn Dũng đi công tác).");
    expect([a.present, a.presentOutOf]).toEqual([17, 18]);
    expect(a.excused).toMatchObject({ count: 1, names: ["Phạm Văn Dũng"], reasons: ["đi công tác"] });
  });

  it("the class written beside each name", () => {
    const a = att("- Vắng: 01 đồng chí (đ/c K'Thương, có lý do: đi học tập trung).");
    expect(a.excused).toMatchObject({ count: 1, names: ["K'Thương"], reasons: ["đi học tập trung"] });
    expect(a.unclassified).toBeUndefined();
    const b = att("Vắng: 02 đồng chí (đ/c Trần Văn B, có lý do: ốm; đ/c Phạm Văn D, không lý do).");
    expect(b.excused).toMatchObject({ count: 1, names: ["Trần Văn B"] });
    expect(b.unexcused).toMatchObject({ count: 1, names: ["Phạm Văn D"] });
  });

  it("reads absentees listed on the following lines", () => {
    const a = att("Vắng có lý do: 02 đồng chí:", "- Đồng chí Trần Văn B: đi công tác;", "- Đồng chí Lê Thị C: ốm.", "Vắng không lý do: không.");
    expect(a.excused).toMatchObject({ count: 2, names: ["Trần Văn B", "Lê Thị C"], reasons: ["đi công tác", "ốm"] });
    expect(a.unexcused?.none).toBe(true);
  });

  it("a labelled count and the same person named on another line count once", () => {
    const a = att("Vắng có lý do: 01 đồng chí.", "Đồng chí Trần Văn B vắng có lý do (đi công tác).");
    expect(a.excused).toMatchObject({ count: 1, names: ["Trần Văn B"], reasons: ["đi công tác"] });
  });

  it("names with no number written count their names", () => {
    expect(att("Vắng có lý do: đồng chí Trần Văn B (đi công tác).").excused).toMatchObject({ count: 1, names: ["Trần Văn B"] });
  });

  it("trap: 'Vắng: 02' unclassified", () => {
    const a = att("Vắng: 02 đồng chí.");
    expect(a.unclassified).toMatchObject({ count: 2, none: false });
    expect(a.excused).toBeUndefined();
    expect(a.unexcused).toBeUndefined();
  });

  it("trap: a count with no names", () => {
    expect(att("Vắng có lý do: 02 đồng chí.").excused).toMatchObject({ count: 2, names: [] });
  });

  it("trap: 'vắng không lý do' written with no count", () => {
    const u = att("Vắng không lý do:").unexcused;
    expect(u).toBeDefined();
    expect(u?.count).toBeUndefined();
    expect(u?.none).toBe(false);
  });

  it("the exempted members' 'vắng' stays with the exemption", () => {
    const a = att("Miễn sinh hoạt: 02 đ/c (01 có mặt, 01 vắng).");
    expect(a.unclassified).toBeUndefined();
    expect(a.present).toBeUndefined();
  });

  it("spans point at the lines read", () => {
    const f = factsOf(START, "Tổng số đảng viên: 18.", "Có mặt: 17.", "Vắng có lý do: 01 (Trần Văn B, ốm).", "Vắng không lý do: không.");
    const a = f.attendance;
    expect([a.spans.membership?.paragraph, a.spans.present?.paragraph, a.spans.excused?.paragraph, a.spans.unexcused?.paragraph]).toEqual([9, 10, 11, 12]);
  });
});
