/**
 * Complete regular minutes whose scorecard facts are chosen by the test: register and attendance,
 * start and end time, the number of members who spoke, and lines left out or changed. Everything
 * else is the correct sample's, so only the chosen facts move the points.
 */
import type { Item } from "../../helpers/make-doc";
import { header, makeDoc } from "../../helpers/make-doc";
import { minutesSignatures } from "../../helpers/samples";

export const SPEAKER_NAMES = [
  "Lê Thị Bình",
  "Phạm Thị Giang",
  "Trần Văn Hải",
  "Võ Văn Khoa",
  "Đặng Thị Lan",
  "Hoàng Thị Em",
  "Bùi Văn Minh",
  "Ngô Thị Nga",
  "Đỗ Văn Phúc",
  "Lý Thị Quyên",
  "Trịnh Văn Sơn",
  "Mai Thị Tâm",
];

const ABSENT_NAMES = ["Phạm Văn Dũng", "Lê Văn Tài", "Hồ Thị Thu", "Vũ Văn Tùng", "Đinh Thị Uyên", "Cao Văn Vinh", "Tạ Thị Xuân"];

export interface MinutesFacts {
  /** T (official = T − 2, probationary 2). */
  total?: number;
  present?: number;
  unexcused?: number;
  /** "19 giờ 30" */
  start?: string;
  end?: string;
  speakers?: number;
  /** ISO date of the meeting (decides the profile). */
  date?: string;
  /** Paragraphs to drop (matched against the text). */
  drop?: RegExp[];
  /** Replacements: the first paragraph matching `re` becomes `text`. */
  replace?: [RegExp, string][];
  /** Lines added after the discussion (e.g. a thematic part). */
  extra?: string[];
}

const two = (n: number) => String(n).padStart(2, "0");

export function meetingMinutes(f: MinutesFacts = {}) {
  const total = f.total ?? 20;
  const present = f.present ?? total;
  const unexcused = f.unexcused ?? 0;
  const excused = total - present - unexcused;
  const [y, m, d] = (f.date ?? "2025-11-05").split("-");
  const absent = ABSENT_NAMES.slice(0, excused + unexcused);
  const excusedLine = excused > 0 ? `Vắng có lý do: ${two(excused)} đồng chí (${absent.slice(0, excused).join(", ")} – ốm).` : "Vắng có lý do: không.";
  const unexcusedLine = unexcused > 0 ? `Vắng không lý do: ${two(unexcused)} đồng chí (${absent.slice(excused).join(", ")}).` : "Vắng không lý do: không.";
  const speakers = SPEAKER_NAMES.slice(0, f.speakers ?? 8).map((name) => `Đồng chí ${name}: đề nghị bổ sung chỉ tiêu thu gom rác thải.`);
  let body: string[] = [
    `Thời gian: ${f.start ?? "19 giờ 30"} phút, ngày ${d} tháng ${m} năm ${y}.`,
    "Địa điểm: Nhà văn hóa thôn Hòa Bình.",
    "Chủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ.",
    "Thư ký: đồng chí Lê Thị Bình.",
    "Đồng chí Nguyễn Văn An tuyên bố lý do cuộc họp.",
    `Tổng số đảng viên: ${total} đồng chí (chính thức ${two(total - 2)}, dự bị 02).`,
    `Có mặt: ${present} đồng chí.`,
    excusedLine,
    unexcusedLine,
    "Chi bộ thống nhất thông qua nội dung, chương trình sinh hoạt.",
    `Thu nộp đảng phí: ${present}/${present} đồng chí đã nộp.`,
    "I. THÔNG TIN THỜI SỰ, VĂN BẢN CẤP TRÊN",
    "Quán triệt Kế hoạch số 45-KH/ĐU ngày 20/10/2025 của Đảng ủy xã về chuyển đổi số.",
    "Tình hình tư tưởng đảng viên và quần chúng: ổn định, tin tưởng vào sự lãnh đạo của Đảng.",
    "II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG 10",
    "Kết quả lãnh đạo thực hiện nhiệm vụ tháng 10: ưu điểm: hoàn thành thu hoạch lúa; hạn chế: vệ sinh môi trường chưa tốt; nguyên nhân: chưa phân công cụ thể.",
    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12",
    "1. Giao đồng chí Nguyễn Văn An chủ trì rà soát hộ nghèo, hoàn thành trước ngày 20/12/2025.",
    "2. Tổ đảng số 2 tổ chức ra quân vệ sinh môi trường, thực hiện trong tháng 12, báo cáo tại kỳ họp tháng 01.",
    "Ý kiến thảo luận:",
    ...speakers,
    ...(f.extra ?? []),
    "Tự phê bình và phê bình: các đảng viên liên hệ bản thân, tự nhận khuyết điểm.",
    "Biểu dương: không có; nhắc nhở: không có.",
    "Đồng chí chủ trì kết luận: chi bộ thống nhất các nhiệm vụ tháng 12 như trên.",
    `Biểu quyết bằng hình thức giơ tay: ${present - 2}/${present - 2} đồng chí tán thành (100%), không tán thành: 0, ý kiến khác: 0.`,
    "Biên bản đã được đọc lại và thông qua trước chi bộ; các đồng chí dự họp nhất trí.",
    `Cuộc họp kết thúc vào lúc ${f.end ?? "21 giờ 15"} phút cùng ngày.`,
  ];
  for (const re of f.drop ?? []) body = body.filter((t) => !re.test(t));
  for (const [re, text] of f.replace ?? []) {
    const i = body.findIndex((t) => re.test(t));
    if (i < 0) throw new Error(`no paragraph matches ${re}`);
    body[i] = text;
  }
  const items: Item[] = body;
  return makeDoc(header({ date: `Tuy Lộc, ngày ${d} tháng ${m} năm ${y}` }), items, minutesSignatures);
}
