/** Blanks where a value belongs versus ellipses of running prose. */
import { findBlanks } from "../../../src/core/locate/placeholder-marks";
import { baseSettings } from "../../../src/core/profiles/builtin";

const marks = baseSettings.placeholderMarks;
const blanks = (text: string) => findBlanks(text, marks).map((h) => h.text);

describe("findBlanks: values left blank", () => {
  it.each<[string, string[]]>([
    ["Thư ký: …", ["…"]],
    ["Thư ký:…", ["…"]],
    ["Địa điểm: ......", ["......"]],
    ["Chủ trì: đồng chí ……, Bí thư Chi bộ.", ["……"]],
    ["Đồng chí … chủ trì.", ["…"]],
    ["Thời gian: … giờ … phút, ngày … tháng 11 năm 2025.", ["…", "…", "…"]],
    ["Có mặt: …/18 đồng chí.", ["…"]],
    ["Có mặt: 17/... đồng chí", ["..."]],
    ["Số …-NQ/CB", ["…"]],
    ["Số xx-NQ/CB", ["xx"]],
    ["ngày xx tháng XX năm 2025", ["xx", "XX"]],
    ["Vắng: xx đồng chí", ["xx"]],
    ["Nguyễn Văn [...]", ["[...]"]],
    ["Chuyên đề: […]", ["[…]"]],
    ["(họ tên)", ["(họ tên)"]],
    ["Người ký: (Họ và tên)", ["(Họ và tên)"]],
    ["…………………………………", ["…………………………………"]],
    ["ngày…tháng…năm 2025", ["…", "…"]],
  ])("%s", (text, expected) => expect(blanks(text)).toEqual(expected));
});

describe("findBlanks: prose, not blanks", () => {
  it.each([
    "Bác Hồ dạy: “Đảng ta là đạo đức, là văn minh…”.",
    "Bác dạy: \"Đảng ta là đạo đức, là văn minh ...\"",
    "Tổ chức các hoạt động văn hóa, thể thao, …",
    "Tổ chức các hoạt động văn hóa, thể thao...",
    "Các phong trào thi đua tiếp tục được duy trì…",
    "Quán triệt Nghị quyết Đại hội XX của Đảng bộ tỉnh.",
    "Từ thế kỷ XX đến nay.",
    "Vắng có lý do: không.",
    "Bác dạy: “[…] đoàn kết, đoàn kết, đại đoàn kết”.",
    "Phát triển kinh tế Việt Nam…",
    "Mẫu in sẵn ghi rõ (ký, ghi rõ họ tên).",
  ])("%s", (text) => expect(blanks(text)).toEqual([]));
});

describe("findBlanks: marks come from the profile", () => {
  it("finds only the listed marks", () => {
    expect(findBlanks("Thư ký: ___ ; Chủ trì: …", ["___"]).map((h) => h.text)).toEqual(["___"]);
    expect(findBlanks("Thư ký: …", [])).toEqual([]);
  });
});
