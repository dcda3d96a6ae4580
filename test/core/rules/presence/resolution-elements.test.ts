/** The data-driven nghị quyết presence rules. */
import { ruleTester } from "../../../helpers/rule-tester";
import { replacing, resolutionBody, sampleResolution, without } from "../../../helpers/samples";
import { indexOf, inserted, ruleFor } from "./presence-helpers";

const saying = (re: RegExp, text: string) => sampleResolution(replacing(resolutionBody, re, text));
const lacking = (re: RegExp) => sampleResolution(without(resolutionBody, re));

const noPreamble = lacking(/^Ngày 05 tháng 11/);
ruleTester.run(ruleFor("NQ.PREAMBLE"), {
  type: "nghi-quyet",
  valid: [
    sampleResolution(),
    saying(/^Ngày 05 tháng 11/, "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; căn cứ kết quả thảo luận của Chi bộ tại kỳ họp ngày 05/11/2025,"),
    saying(/^Ngày 05 tháng 11/, "Hôm nay, ngày 05/11/2025, Chi bộ thôn Hòa Bình tổ chức sinh hoạt thường kỳ tháng 11."),
    saying(/^Ngày 05 tháng 11/, "Ngay 05/11/2025, chi bo thon Hoa Binh hop thuong ky; du hop 17/18 dang vien."),
  ],
  invalid: [
    { doc: noPreamble, errors: [{ messageId: "missing", severity: "warning" }], output: inserted(noPreamble, 7, "Ngày … tháng … năm …, Chi bộ … họp …; dự họp …/… đảng viên; đồng chí … chủ trì.") },
    { doc: sampleResolution(["Chi bộ thống nhất các nội dung sau:", ...resolutionBody.slice(1)]), name: "an opening that names no meeting", errors: [{ messageId: "missing" }] },
  ],
});

const noReview = lacking(/^I\. KẾT QUẢ|^Ưu điểm/);
ruleTester.run(ruleFor("NQ.REVIEW"), {
  type: "nghi-quyet",
  valid: [
    sampleResolution(),
    saying(/^I\. KẾT QUẢ/, "I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THÁNG 10"),
    sampleResolution(replacing(without(resolutionBody, /^I\. KẾT QUẢ/), /^Ưu điểm/, "Khuyết điểm: vệ sinh môi trường chưa tốt.")),
    sampleResolution(replacing(without(resolutionBody, /^I\. KẾT QUẢ/), /^Ưu điểm/, "Viec da lam duoc: thu hoach xong.")),
  ],
  invalid: [
    { doc: noReview, errors: [{ messageId: "missing", severity: "error" }], output: inserted(noReview, indexOf(noReview, "Ngày 05 tháng 11"), "Kết quả thực hiện nhiệm vụ tháng qua: …") },
  ],
});

const noTasks = lacking(/^II\. NHIỆM VỤ/);
ruleTester.run(ruleFor("NQ.TASKS"), {
  type: "nghi-quyet",
  valid: [
    sampleResolution(),
    saying(/^II\. NHIỆM VỤ/, "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12"),
    saying(/^II\. NHIỆM VỤ/, "II. Nhiệm vụ trọng tâm thời gian tới"),
    { doc: noTasks, name: "task lines without their heading (read as task facts)" },
  ],
  invalid: [
    { doc: sampleResolution(without(resolutionBody, /^II\. NHIỆM VỤ|^1\. Rà soát|^2\. Vệ sinh/)), errors: [{ messageId: "missing", severity: "error" }] },
  ],
});

const noAssignment = sampleResolution([
  ...resolutionBody.slice(0, 4),
  "1. Tiếp tục thực hiện tốt công tác vệ sinh môi trường.",
  "2. Đẩy mạnh chuyển đổi số.",
  resolutionBody[8]!,
]);
ruleTester.run(ruleFor("NQ.ASSIGNMENT"), {
  type: "nghi-quyet",
  valid: [
    sampleResolution(),
    saying(/^Chi ủy phân công/, "Giao Chi ủy theo dõi, đôn đốc việc thực hiện, báo cáo tại kỳ họp tháng 01."),
    sampleResolution([...noAssignment.paragraphs.slice(8, 14).map((p) => p.text), "Bí thư chi bộ chịu trách nhiệm chỉ đạo thực hiện nghị quyết."]),
  ],
  invalid: [
    { doc: noAssignment, errors: [{ messageId: "missing", severity: "warning" }], output: inserted(noAssignment, indexOf(noAssignment, "2. Đẩy mạnh"), "Tổ chức thực hiện: …") },
    { doc: sampleResolution([...resolutionBody.slice(0, 3), "Nguyên nhân: chưa phân công cụ thể.", "1. Tiếp tục giữ gìn vệ sinh."]), name: "'chưa phân công' is a shortcoming", errors: [{ messageId: "missing" }] },
  ],
});
