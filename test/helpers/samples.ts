/**
 * Complete, correct sample documents (format.md §10, process.md §9) as item lists. Rule tests start
 * from these and remove or change one thing, so "valid" means the whole document is fit to sign.
 */
import { header, makeDoc, p, table, type Item } from "./make-doc";

export const minutesBody: Item[] = [
  "Thời gian: 19 giờ 30 phút, ngày 05 tháng 11 năm 2025.",
  "Địa điểm: Nhà văn hóa thôn Hòa Bình.",
  "Chủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ.",
  "Thư ký: đồng chí Lê Thị Bình.",
  "Đồng chí Nguyễn Văn An tuyên bố lý do, giới thiệu đại biểu.",
  "Đại biểu dự: đồng chí Trần Văn Cường, Đảng ủy viên phụ trách chi bộ.",
  "Tổng số đảng viên: 18 đồng chí (chính thức 15, dự bị 03).",
  "Có mặt: 17 đồng chí (chính thức 14, dự bị 03).",
  "Vắng có lý do: 01 đồng chí (Phạm Văn Dũng, đi công tác).",
  "Vắng không lý do: không.",
  "Chi bộ thống nhất thông qua nội dung, chương trình sinh hoạt.",
  "Thu nộp đảng phí tháng 10: 17/17 đồng chí đã nộp.",
  "I. THÔNG TIN THỜI SỰ, VĂN BẢN CẤP TRÊN",
  "Quán triệt Kế hoạch số 45-KH/ĐU ngày 20/10/2025 của Đảng ủy xã về chuyển đổi số.",
  "Tình hình tư tưởng đảng viên và quần chúng: ổn định, tin tưởng vào sự lãnh đạo của Đảng.",
  "II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG 10",
  "Kết quả lãnh đạo thực hiện nhiệm vụ tháng 10: ưu điểm: hoàn thành thu hoạch lúa; hạn chế: vệ sinh môi trường chưa tốt; nguyên nhân: chưa phân công cụ thể.",
  "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12",
  "1. Giao đồng chí Nguyễn Văn An chủ trì rà soát hộ nghèo, hoàn thành trước ngày 20/12/2025.",
  "2. Tổ đảng số 2 tổ chức ra quân vệ sinh môi trường, thực hiện trong tháng 12, báo cáo tại kỳ họp tháng 01.",
  "Ý kiến thảo luận:",
  "Đồng chí Lê Thị Bình: đề nghị bổ sung chỉ tiêu thu gom rác thải.",
  "Đồng chí Phạm Thị Giang: nhất trí với dự thảo, đề nghị giao cụ thể cho tổ đảng.",
  "Đồng chí Trần Văn Hải: đề nghị chi bộ quan tâm hộ cận nghèo.",
  "Đồng chí Võ Văn Khoa: đề xuất thời hạn hoàn thành sớm hơn.",
  "Đồng chí Đặng Thị Lan: nhất trí, đề nghị tăng cường tuyên truyền.",
  "Đồng chí Hoàng Thị Em: đề nghị hỗ trợ đảng viên cao tuổi sử dụng Sổ tay đảng viên điện tử.",
  "Tự phê bình và phê bình: đồng chí Trần Văn Hải tự nhận khuyết điểm chậm nộp báo cáo.",
  "Biểu dương đồng chí Lê Thị Bình hoàn thành xuất sắc nhiệm vụ; nhắc nhở: không có.",
  "Đồng chí chủ trì kết luận: chi bộ thống nhất các nhiệm vụ tháng 12 như trên.",
  "Biểu quyết bằng hình thức giơ tay: 14/14 đồng chí tán thành (100%), không tán thành: 0, ý kiến khác: 0.",
  "Chi bộ tự đánh giá: 92 điểm, xếp loại Tốt.",
  "Biên bản đã được đọc lại và thông qua trước chi bộ; các đồng chí dự họp nhất trí.",
  "Cuộc họp kết thúc vào lúc 21 giờ 15 phút cùng ngày.",
];

export const minutesSignatures: Item[] = [
  table([
    [p("THƯ KÝ", { format: { bold: true } }), "(Đã ký)", p("Lê Thị Bình", { format: { bold: true } })],
    [p("CHỦ TRÌ", { format: { bold: true } }), "(Đã ký)", p("Nguyễn Văn An", { format: { bold: true } })],
  ]),
];

export function sampleMinutes(body: Item[] = minutesBody) {
  return makeDoc(header(), body, minutesSignatures);
}

export const resolutionBody: Item[] = [
  "Ngày 05 tháng 11 năm 2025, Chi bộ thôn Hòa Bình họp thường kỳ tháng 11; dự họp 17/18 đảng viên; đồng chí Nguyễn Văn An, Bí thư Chi bộ, chủ trì.",
  "I. KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ THÁNG 10",
  "Ưu điểm: hoàn thành thu hoạch lúa. Hạn chế: vệ sinh môi trường chưa tốt. Nguyên nhân: chưa phân công cụ thể.",
  "II. NHIỆM VỤ, GIẢI PHÁP THÁNG 12",
  "1. Rà soát hộ nghèo: giao đồng chí Nguyễn Văn An chủ trì, hoàn thành trước ngày 20/12/2025.",
  "2. Vệ sinh môi trường: Tổ đảng số 2 thực hiện trong tháng 12.",
  "III. TỔ CHỨC THỰC HIỆN",
  "Chi ủy phân công đảng viên thực hiện, báo cáo kết quả tại kỳ họp tháng 01 năm 2026.",
  "Nghị quyết được Chi bộ thông qua ngày 05/11/2025, 14/14 đồng chí tán thành (100%).",
];

export const resolutionSignature: Item[] = [
  table([
    [p("Nơi nhận:", { format: { underline: true } }), "- Đảng ủy xã Tuy Lộc (để báo cáo),", "- Đảng viên trong chi bộ,", "- Lưu Chi bộ."],
    [p("T/M CHI BỘ", { format: { bold: true } }), "BÍ THƯ", "(Đã ký)", p("Nguyễn Văn An", { format: { bold: true } })],
  ]),
];

export function sampleResolution(body: Item[] = resolutionBody) {
  return makeDoc(
    header({ title: "NGHỊ QUYẾT", subject: "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025", number: "Số 05-NQ/CB" }),
    body,
    resolutionSignature,
  );
}

export const thematicBody: Item[] = [
  "Thời gian: 14 giờ 00 phút, ngày 20 tháng 11 năm 2025.",
  "Địa điểm: Hội trường thôn Hòa Bình.",
  "Chủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ.",
  "Thư ký: đồng chí Lê Thị Bình.",
  "Đồng chí Nguyễn Văn An tuyên bố lý do, giới thiệu đại biểu.",
  "Tổng số đảng viên: 18 đồng chí (chính thức 15, dự bị 03).",
  "Có mặt: 18/18 đồng chí.",
  "Vắng có lý do: không. Vắng không lý do: không.",
  "Chi bộ thống nhất thông qua chương trình sinh hoạt.",
  "Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm.",
  "Đồng chí Trần Văn Hải trình bày dự thảo chuyên đề.",
  "Ý kiến thảo luận:",
  "Đồng chí Lê Thị Bình: liên hệ bản thân về tác phong làm việc.",
  "Đồng chí Phạm Thị Giang: các đảng viên liên hệ bản thân, đề nghị bổ sung ví dụ thực tế.",
  "Đồng chí Võ Văn Khoa: đề nghị đưa nội dung vào cam kết đầu năm.",
  "Đồng chí Đặng Thị Lan: nhất trí với dự thảo.",
  "Đồng chí Trần Văn Hải: tiếp thu ý kiến.",
  "Đồng chí Phạm Văn Dũng: đề nghị phổ biến đến quần chúng.",
  "Tự phê bình và phê bình: các đảng viên liên hệ, kiểm điểm việc thực hiện.",
  "Biểu dương: không có; nhắc nhở: không có.",
  "Kết luận chuyên đề: chi bộ thống nhất nội dung chuyên đề, mỗi đảng viên đăng ký việc làm cụ thể.",
  "Đồng chí chủ trì kết luận buổi sinh hoạt.",
  "Biểu quyết bằng hình thức giơ tay: 15/15 đồng chí tán thành.",
  "Chi bộ tự đánh giá: 90 điểm, xếp loại Tốt.",
  "Biên bản đã được thông qua trước chi bộ, 100% đảng viên dự họp nhất trí.",
  "Buổi sinh hoạt kết thúc vào lúc 16 giờ 00 phút cùng ngày.",
];

export function sampleThematic(body: Item[] = thematicBody) {
  return makeDoc(header({ subject: "sinh hoạt chi bộ chuyên đề tháng 11 năm 2025", number: "Số 12-BB/CB", date: "Tuy Lộc, ngày 20 tháng 11 năm 2025" }), body, minutesSignatures);
}

export const committeeBody: Item[] = [
  "Thời gian: 14 giờ 00 phút, ngày 01 tháng 11 năm 2025.",
  "Địa điểm: Phòng họp Chi bộ.",
  "Chủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ.",
  "Thư ký: đồng chí Lê Thị Bình, Chi ủy viên.",
  "Có mặt: 03/03 đồng chí chi ủy viên.",
  "Nội dung: chuẩn bị sinh hoạt chi bộ thường kỳ tháng 11; dự thảo nghị quyết.",
  "Đồng chí chủ trì kết luận: thống nhất nội dung trình chi bộ.",
  "Cuộc họp kết thúc vào lúc 15 giờ 30 phút cùng ngày.",
];

export function sampleCommittee(body: Item[] = committeeBody) {
  return makeDoc(
    header({ subject: "họp chi ủy chi bộ thôn Hòa Bình", title: "BIÊN BẢN HỌP CHI ỦY", number: "Số 10-BB/CB", date: "Tuy Lộc, ngày 01 tháng 11 năm 2025" }),
    body,
    minutesSignatures,
  );
}

/** The body without the paragraphs matching `re` (to make an "element missing" case). */
export function without(items: Item[], re: RegExp): Item[] {
  return items.filter((i) => typeof i !== "string" || !re.test(i));
}

/** The body with paragraphs matching `re` replaced by `text`. */
export function replacing(items: Item[], re: RegExp, text: string): Item[] {
  return items.map((i) => (typeof i === "string" && re.test(i) ? text : i));
}
