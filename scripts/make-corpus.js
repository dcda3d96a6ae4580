#!/usr/bin/env node
/**
 * Writes the checker's acceptance corpus, test/fixtures/corpus/: realistic documents phrased
 * differently from the rule tests' samples (other hands, other layouts), each with planted faults.
 * Two producers: our writer ("*.docx") and LibreOffice re-saving the same file ("*.lo.docx"), so the
 * reader and the rules are proven on a second producer's OOXML. test/corpus.test.ts asserts the
 * element ids expected for each (test/fixtures/corpus/expected.json, written by hand, not by this).
 *
 *   npm run build:cli && node scripts/make-corpus.js      (needs LibreOffice: soffice)
 */
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const out = path.resolve(__dirname, "../test/fixtures/corpus");
const { writeDocx } = require("../dist/cli/docx/write-docx.js");

const P = (text, format = {}, extra = {}) => ({ type: "paragraph", children: [{ text, ...format }], ...extra });
const B = (text, extra = {}) => P(text, { bold: true }, extra);
const C = (text, format = {}) => P(text, format, { alignment: "center" });
const body = (lines) => lines.map((l) => (typeof l === "string" ? P(l, {}, { alignment: "justify", firstLineIndent: 12.7 }) : l));

function headerTable(left, right) {
  return {
    type: "table",
    borderless: true,
    columnWidths: [75, 90],
    rows: [{ cells: [{ blocks: left.map((l) => (typeof l === "string" ? C(l) : l)) }, { blocks: right.map((l) => (typeof l === "string" ? C(l) : l)) }] }],
  };
}

function signatureTable(left, right) {
  return {
    type: "table",
    borderless: true,
    rows: [{ cells: [{ blocks: left }, { blocks: right }] }],
  };
}

const section = { margins: { top: 20, bottom: 20, left: 30, right: 15 }, titlePage: true, pageNumbers: true };

const documents = {
  // A clean regular meeting from an office cell, written "Hôm nay…" style with abbreviations.
  "bb-van-phong-sach": [
    headerTable(
      ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", C("CHI BỘ VĂN PHÒNG SỞ TƯ PHÁP", { bold: true }), "*", "Số 03-BB/CB"],
      [C("ĐẢNG CỘNG SẢN VIỆT NAM", { bold: true, size: 15 }, {}), C("Gia Nghĩa, ngày 12 tháng 3 năm 2025", { italic: true })],
    ),
    C("BIÊN BẢN", { bold: true, size: 16 }),
    C("họp chi bộ định kỳ tháng 3 năm 2025", { bold: true }),
    ...body([
      "Hôm nay, vào lúc 14h00' ngày 12/3/2025, tại phòng họp tầng 2, Chi bộ Văn phòng Sở Tư pháp tiến hành sinh hoạt định kỳ.",
      "Đ/c Hoàng Minh Tuấn - Bí thư Chi bộ chủ trì; Chi bộ cử đ/c Vũ Thị Hạnh ghi biên bản.",
      "Về dự có đồng chí Đinh Văn Lực, Đảng ủy viên, phụ trách chi bộ.",
      "Tổng số: 12 đ/c; trong đó chính thức 11 đ/c, dự bị 01 đ/c.",
      "Dự họp 11/12 đảng viên (chính thức 10, dự bị 01), đạt 91,7%.",
      "Vắng mặt: 01 đồng chí, có lý do (Lê Thị Cúc, ốm). Vắng không có lý do: không có.",
      "Đ/c chủ trì nêu lý do cuộc họp; 100% đảng viên dự họp nhất trí với chương trình.",
      "Thông báo tình hình nộp đảng phí: 11/11 đồng chí đã nộp đủ.",
      B("1. Thông tin thời sự và quán triệt văn bản cấp trên"),
      "Quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp; thông tin tình hình kinh tế - xã hội của tỉnh.",
      "Tư tưởng của cán bộ, đảng viên trong chi bộ ổn định, yên tâm công tác.",
      B("2. Kết quả thực hiện nghị quyết tháng 02"),
      "Việc đã làm được: hoàn thành thẩm định 14 văn bản; chưa làm được: chậm số hóa hồ sơ; nguyên nhân: thiếu máy quét.",
      B("3. Nhiệm vụ trọng tâm tháng 4"),
      "- Hoàn thành số hóa hồ sơ lưu trữ năm 2024: giao đ/c Vũ Thị Hạnh chủ trì, hoàn thành trước ngày 25/4/2025.",
      "- Chuẩn bị văn kiện đại hội chi bộ: chi ủy thực hiện trong tháng 4.",
      B("4. Ý kiến thảo luận"),
      "Đ/c Trần Quốc Bảo phát biểu: đề nghị bổ sung kinh phí mua máy quét.",
      "Đ/c Nguyễn Thị Thu: nhất trí, đề nghị phân công cụ thể người nhập liệu.",
      "Đ/c Phạm Văn Đông đề nghị sớm hoàn thành dự thảo báo cáo chính trị.",
      "Đ/c Lý Thị Mai: đề xuất tổ chức tập huấn sử dụng phần mềm.",
      "Đảng viên tự phê bình, phê bình: đ/c Trần Quốc Bảo nhận khuyết điểm chậm nộp báo cáo tháng.",
      "Biểu dương đ/c Nguyễn Thị Thu; nhắc nhở: không có.",
      "Đồng chí Bí thư kết luận: chi bộ thống nhất các nhiệm vụ tháng 4 nêu trên.",
      "Chi bộ biểu quyết bằng hình thức giơ tay, thông qua với 10/10 đồng chí tán thành, đạt 100%.",
      "Xếp loại: Khá (86/100).",
      "Thư ký đọc lại biên bản, các đồng chí dự họp thống nhất.",
      "Cuộc họp kết thúc lúc 15h45' cùng ngày.",
    ]),
    signatureTable([C("NGƯỜI GHI BIÊN BẢN", { bold: true }), C(""), C("Vũ Thị Hạnh", { bold: true })], [C("CHỦ TỌA", { bold: true }), C(""), C("Hoàng Minh Tuấn", { bold: true })]),
  ],

  // A village cell's minutes with classic faults: no secretary, no closing time, a vote of exactly
  // half the official members, an unpadded date, a task with no owner, "Số:" with a colon.
  "bb-thon-loi": [
    headerTable(
      ["ĐẢNG ỦY XÃ ĐẮK HÀ", C("CHI BỘ THÔN 7", { bold: true }), "*", "Số: 4-BB/CB"],
      [C("ĐẢNG CỘNG SẢN VIỆT NAM", { bold: true, size: 15 }), C("Đắk Hà, ngày 5 tháng 4 năm 2025", { italic: true })],
    ),
    C("BIÊN BẢN", { bold: true, size: 16 }),
    C("sinh hoạt chi bộ thường kỳ tháng 4 năm 2025", { bold: true }),
    ...body([
      "Vào hồi 19 giờ 00 phút ngày 05 tháng 4 năm 2025, tại nhà văn hóa thôn 7.",
      "Chủ trì: đồng chí Y Niê Kdăm, Bí thư Chi bộ.",
      "Tổng số đảng viên của chi bộ: mười hai đồng chí, đều là đảng viên chính thức.",
      "Có mặt: 10 đồng chí. Vắng không lý do: 02 đồng chí (Rơ Mah Thuận, Ksor Blang).",
      "Chi bộ thống nhất thông qua chương trình sinh hoạt. Thu đảng phí tháng 3: 10/10 đồng chí.",
      "Phổ biến các văn bản của cấp trên; tình hình tư tưởng quần chúng trong thôn: ổn định.",
      "Đánh giá kết quả tháng 3: ưu điểm: hoàn thành làm đường bê tông; hạn chế: thu quỹ chậm; nguyên nhân: mùa vụ.",
      "Phương hướng, nhiệm vụ tháng 5:",
      "- Tiếp tục thực hiện tốt công tác vận động nhân dân.",
      "- Giao đồng chí A Lềnh vận động 5 hộ tham gia bảo hiểm y tế, hoàn thành trong tháng 5.",
      "Ý kiến thảo luận: đồng chí Rơ Chăm Hiền đề nghị làm rõ chỉ tiêu thu quỹ; đồng chí A Lềnh nhất trí.",
      "Tự phê bình và phê bình: các đồng chí nghiêm túc tự phê bình.",
      "Biểu dương: không; phê bình, nhắc nhở: nhắc nhở hai đồng chí vắng không lý do.",
      "Đồng chí Bí thư kết luận nội dung sinh hoạt.",
      "Biểu quyết bằng giơ tay: tán thành 6 đồng chí, không tán thành 4 đồng chí.",
      "Chi bộ tự đánh giá: xếp loại Trung bình.",
      "Biên bản được thông qua trước chi bộ.",
    ]),
    signatureTable([C("THƯ KÝ", { bold: true }), C(""), C("")], [C("CHỦ TRÌ", { bold: true }), C(""), C("Y Niê Kdăm", { bold: true })]),
  ],

  // A resolution written in state style: "Số: 07/NQ-CB", the national motto, "TM." dotted, "Lưu: VT".
  "nq-kieu-nha-nuoc": [
    headerTable(
      ["ĐẢNG BỘ PHƯỜNG NGHĨA ĐỨC", C("CHI BỘ KHU PHỐ 2", { bold: true }), "*", "Số: 07/NQ-CB"],
      [C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true }), C("Độc lập - Tự do - Hạnh phúc", { bold: true }), C("Nghĩa Đức, ngày 10 tháng 6 năm 2025", { italic: true })],
    ),
    C("NGHỊ QUYẾT", { bold: true, size: 16 }),
    C("Về lãnh đạo thực hiện nhiệm vụ tháng 6 năm 2025", { bold: true }),
    ...body([
      "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; ngày 10/6/2025, Chi bộ Khu phố 2 họp thường kỳ tháng 6, dự họp 15/17 đảng viên, đồng chí Trần Thị Lan, Bí thư Chi bộ, chủ trì.",
      B("I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG 5"),
      "Những việc đã làm được: ra quân vệ sinh môi trường; chưa làm được: vận động xây dựng quỹ khuyến học; nguyên nhân: chưa sâu sát.",
      B("II. NHIỆM VỤ, GIẢI PHÁP THÁNG 7"),
      "1. Tiếp tục thực hiện tốt các nhiệm vụ chính trị của khu phố.",
      "2. Đồng chí Lê Văn Hùng chủ trì vận động quỹ khuyến học, hoàn thành trước ngày 31/7/2025.",
      B("III. TỔ CHỨC THỰC HIỆN"),
      "Chi ủy phân công đảng viên phụ trách từng tổ dân phố; báo cáo kết quả tại kỳ họp tháng 8.",
      "Nghị quyết đã được chi bộ thông qua với 14/14 đồng chí tán thành.",
    ]),
    signatureTable(
      [P("Nơi nhận:", { bold: true, italic: true }), P("- Đảng ủy phường;", { size: 12 }), P("- Lưu: VT.", { size: 12 })],
      [C("TM. CHI BỘ", { bold: true }), C("BÍ THƯ", { bold: true }), C(""), C("Trần Thị Lan", { bold: true })],
    ),
  ],

  // A thematic meeting with its own vocabulary; missing the presenter and the theme's conclusion.
  "bb-chuyen-de-thieu": [
    headerTable(
      ["ĐẢNG BỘ TRƯỜNG ĐẠI HỌC", C("CHI BỘ KHOA LUẬT", { bold: true }), "*", "Số 09-BB/CB"],
      [C("ĐẢNG CỘNG SẢN VIỆT NAM", { bold: true, size: 15 }), C("Hà Nội, ngày 18 tháng 9 năm 2025", { italic: true })],
    ),
    C("BIÊN BẢN", { bold: true, size: 16 }),
    C("sinh hoạt chi bộ chuyên đề quý III năm 2025", { bold: true }),
    ...body([
      "Thời gian: bắt đầu lúc 8 giờ 30, ngày 18/9/2025. Địa điểm: phòng 305 nhà A.",
      "Người chủ trì: đồng chí Đỗ Thanh Bình, Bí thư Chi bộ. Thư ký cuộc họp: đ/c Mai Anh Thư.",
      "Tổng số đảng viên: 9 đồng chí (chính thức 8, dự bị 1). Có mặt 9/9 đồng chí.",
      "Đồng chí Bí thư tuyên bố lý do; chi bộ nhất trí với chương trình.",
      "Chuyên đề: Phát huy vai trò nêu gương của đảng viên là giảng viên trong đổi mới phương pháp giảng dạy.",
      "Các đảng viên liên hệ bản thân:",
      "Đồng chí Mai Anh Thư: cam kết đổi mới bài giảng học phần Luật Hiến pháp.",
      "Đồng chí Hà Quang Vinh: đề nghị chi bộ theo dõi việc thực hiện cam kết.",
      "Đồng chí Cao Thị Yến: nhất trí với chuyên đề.",
      "Tự phê bình và phê bình: các đảng viên liên hệ, kiểm điểm việc nêu gương.",
      "Biểu dương: không có; nhắc nhở: không có.",
      "Đồng chí chủ trì kết luận buổi sinh hoạt.",
      "Biểu quyết bằng hình thức giơ tay: 8/8 đồng chí tán thành.",
      "Chi bộ tự đánh giá: 88 điểm, xếp loại Khá.",
      "Biên bản đã được thông qua; các đồng chí dự họp nhất trí.",
      "Buổi sinh hoạt kết thúc vào lúc 10 giờ 30 phút cùng ngày.",
    ]),
    signatureTable([C("THƯ KÝ", { bold: true }), C(""), C("Mai Anh Thư", { bold: true })], [C("CHỦ TRÌ", { bold: true }), C(""), C("Đỗ Thanh Bình", { bold: true })]),
  ],
};

fs.mkdirSync(out, { recursive: true });
const written = [];
for (const [name, blocks] of Object.entries(documents)) {
  const file = path.join(out, `${name}.docx`);
  fs.writeFileSync(file, writeDocx({ blocks, section, properties: { modified: new Date(Date.UTC(2025, 0, 1)) } }));
  written.push(file);
}

// The second producer: LibreOffice re-saves each file as Word 2007 XML (its own OOXML, styles,
// run splitting; content controls may be dropped).
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lo-out-"));
for (const file of written) {
  const r = spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`soffice failed on ${file}: ${r.stderr}`);
  const base = path.basename(file, ".docx");
  fs.copyFileSync(path.join(tmp, `${base}.docx`), path.join(out, `${base}.lo.docx`));
}
fs.rmSync(profile, { recursive: true, force: true });
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`wrote ${written.length * 2} files to ${path.relative(process.cwd(), out)}`);
