/**
 * The data-driven biên bản presence rules: each accepts the phrasings of process.md §9 and others the
 * samples do not use, and when its element is missing inserts the labelled line in the meeting's order.
 */
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, replacing, sampleCommittee, sampleMinutes, sampleThematic, without } from "../../../helpers/samples";
import { indexOf, inserted, ruleFor } from "./presence-helpers";

/** Minutes whose paragraph matching `re` says `text` instead. */
const saying = (re: RegExp, text: string) => sampleMinutes(replacing(minutesBody, re, text));
const lacking = (re: RegExp) => sampleMinutes(without(minutesBody, re));

const noPurpose = lacking(/tuyên bố lý do/);
ruleTester.run(ruleFor("BB.PURPOSE"), {
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    saying(/tuyên bố lý do/, "Đ/c Nguyễn Văn An, Bí thư Chi bộ nêu lý do, mục đích cuộc họp."),
    saying(/tuyên bố lý do/, "ĐỒNG CHÍ BÍ THƯ TUYÊN BỐ LÝ DO VÀ GIỚI THIỆU ĐẠI BIỂU."),
    saying(/tuyên bố lý do/, "Dong chi Bi thu tuyen bo ly do, gioi thieu dai bieu."),
    saying(/tuyên bố lý do/, "Khai mạc buổi sinh hoạt, đồng chí chủ trì nêu mục đích, yêu cầu."),
  ],
  invalid: [
    { doc: noPurpose, errors: [{ messageId: "missing", severity: "warning", paragraph: indexOf(noPurpose, "Thư ký") }], output: inserted(noPurpose, indexOf(noPurpose, "Thư ký"), "Tuyên bố lý do: …") },
    { doc: saying(/tuyên bố lý do/, "Đồng chí Nguyễn Văn An giới thiệu đại biểu."), errors: [{ messageId: "missing" }] },
  ],
});

const noAgenda = lacking(/thông qua nội dung, chương trình/);
ruleTester.run(ruleFor("BB.AGENDA_ADOPTED"), {
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    saying(/thông qua nội dung, chương trình/, "100% đảng viên dự họp nhất trí với chương trình."),
    saying(/thông qua nội dung, chương trình/, "Chương trình sinh hoạt được chi bộ thống nhất thông qua."),
    saying(/thông qua nội dung, chương trình/, "Chi bo dong y noi dung sinh hoat."),
  ],
  invalid: [
    { doc: noAgenda, errors: [{ messageId: "missing", severity: "warning" }], output: inserted(noAgenda, indexOf(noAgenda, "Vắng không lý do"), "Thông qua nội dung, chương trình sinh hoạt: …") },
    { doc: saying(/thông qua nội dung, chương trình/, "Đồng chí chủ trì đọc chương trình sinh hoạt."), errors: [{ messageId: "missing" }] },
  ],
});

const noDues = lacking(/đảng phí/);
ruleTester.run(ruleFor("BB.DUES"), {
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de", name: "a thematic session does not repeat the dues" },
    saying(/đảng phí/, "Thông báo tình hình nộp đảng phí: 17/17 đồng chí đã nộp đủ."),
    saying(/đảng phí/, "ĐẢNG PHÍ: đã thu đủ tháng 10."),
    saying(/đảng phí/, "Dang phi thang 10: da thu du."),
  ],
  invalid: [
    { doc: noDues, errors: [{ messageId: "missing", severity: "info" }], output: inserted(noDues, indexOf(noDues, "Chi bộ thống nhất thông qua"), "Thu nộp đảng phí: …") },
  ],
});

const noNews = lacking(/THỜI SỰ|Quán triệt/);
ruleTester.run(ruleFor("BB.NEWS"), {
  valid: [
    sampleMinutes(),
    saying(/Quán triệt/, "Phổ biến Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ."),
    sampleMinutes(replacing(without(minutesBody, /Quán triệt/), /THỜI SỰ/, "Thông tin thời sự trong nước, quốc tế nổi bật trong tháng.")),
    saying(/Quán triệt/, "Quán triệt Chỉ thị 50-CT/TW về đổi mới sinh hoạt chi bộ."),
    saying(/Quán triệt/, "Truyền đạt Kết luận Hội nghị Trung ương 11 khóa XIII."),
    sampleMinutes(replacing(without(minutesBody, /Quán triệt/), /THỜI SỰ/, "Thong tin thoi su trong tuan.")),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de", name: "not required in thematic minutes" },
    { doc: saying(/Quán triệt/, "Quán triệt Nghị quyết, Kế hoạch số … ngày … của …; nội dung chính: …"), name: "document names left as the template's blanks" },
  ],
  invalid: [
    { doc: noNews, errors: [{ messageId: "missing", severity: "error" }], output: inserted(noNews, indexOf(noNews, "Thu nộp đảng phí"), "Thông tin thời sự, văn bản cấp trên: …") },
    {
      doc: sampleMinutes(replacing(without(minutesBody, /Quán triệt/), /THỜI SỰ/, "Đồng chí Bí thư phổ biến các văn bản cấp trên.")),
      name: "the trap: documents disseminated but none named",
      errors: [{ messageId: "unnamed", paragraph: 20 }],
      output: null,
    },
    { doc: saying(/Quán triệt/, "Triển khai các văn bản, chủ trương của cấp trên."), name: "generic documents beside the heading", errors: [{ messageId: "unnamed", paragraph: 20 }] },
    { doc: lacking(/Quán triệt/), name: "a heading promising documents, none named", errors: [{ messageId: "unnamed", paragraph: 20 }] },
  ],
});

const noIdeology = lacking(/tư tưởng/);
ruleTester.run(ruleFor("BB.IDEOLOGY"), {
  valid: [
    sampleMinutes(),
    saying(/Tình hình tư tưởng/, "Tư tưởng đảng viên ổn định, yên tâm công tác."),
    saying(/Tình hình tư tưởng/, "Dư luận xã hội trên địa bàn: không có vấn đề phức tạp."),
    saying(/Tình hình tư tưởng/, "Tinh hinh tu tuong dang vien: on dinh."),
    saying(/Tình hình tư tưởng/, "Nắm bắt tâm tư, nguyện vọng của quần chúng."),
  ],
  invalid: [
    { doc: noIdeology, errors: [{ messageId: "missing", severity: "warning" }], output: inserted(noIdeology, indexOf(noIdeology, "Quán triệt"), "Tình hình tư tưởng đảng viên và quần chúng: …") },
    { doc: saying(/Tình hình tư tưởng/, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."), name: "the study theme is not the ideological situation", errors: [{ messageId: "missing" }] },
  ],
});

const noReview = lacking(/ĐÁNH GIÁ KẾT QUẢ|Kết quả lãnh đạo/);
ruleTester.run(ruleFor("BB.REVIEW"), {
  valid: [
    sampleMinutes(),
    sampleMinutes(replacing(without(minutesBody, /ĐÁNH GIÁ KẾT QUẢ/), /Kết quả lãnh đạo/, "Đánh giá việc thực hiện Nghị quyết tháng 10: đạt 8/10 chỉ tiêu.")),
    sampleMinutes(replacing(without(minutesBody, /ĐÁNH GIÁ KẾT QUẢ/), /Kết quả lãnh đạo/, "Ưu điểm: thu hoạch xong; khuyết điểm: rác thải; nguyên nhân: thiếu đôn đốc.")),
    sampleMinutes(replacing(without(minutesBody, /ĐÁNH GIÁ KẾT QUẢ/), /Kết quả lãnh đạo/, "Việc đã làm được: sửa đường; việc chưa làm được: thu gom rác.")),
  ],
  invalid: [
    { doc: noReview, errors: [{ messageId: "missing", severity: "error" }], output: inserted(noReview, indexOf(noReview, "Tình hình tư tưởng"), "Đánh giá kết quả thực hiện nghị quyết tháng trước: …") },
    { doc: sampleMinutes(replacing(without(minutesBody, /ĐÁNH GIÁ KẾT QUẢ/), /Kết quả lãnh đạo/, "Tổ đảng báo cáo kết quả thực hiện tại kỳ họp sau.")), name: "a report planned for later is not a review", errors: [{ messageId: "missing" }] },
  ],
});

const tasksGone = (body = minutesBody) => replacing(without(body, /PHƯƠNG HƯỚNG|^1\. Giao|^2\. Tổ đảng/), /chủ trì kết luận/, "Đồng chí chủ trì kết luận: chi bộ thống nhất như trên.");
const noTasks = sampleMinutes(tasksGone());
ruleTester.run(ruleFor("BB.NEXT_TASKS"), {
  valid: [
    sampleMinutes(),
    saying(/PHƯƠNG HƯỚNG/, "Nhiệm vụ trọng tâm tháng tới:"),
    saying(/PHƯƠNG HƯỚNG/, "Phương hướng nhiệm vụ tháng 12/2025:"),
    saying(/PHƯƠNG HƯỚNG/, "Ke hoach thang toi:"),
  ],
  invalid: [
    { doc: noTasks, errors: [{ messageId: "missing", severity: "error" }], output: inserted(noTasks, indexOf(noTasks, "Kết quả lãnh đạo"), "Phương hướng, nhiệm vụ tháng tới: …") },
    { doc: sampleMinutes(replacing(tasksGone(), /^II\. ĐÁNH GIÁ/, "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10")), name: "last month's tasks are not next month's", errors: [{ messageId: "missing" }] },
  ],
});

const noCommend = lacking(/Biểu dương/);
ruleTester.run(ruleFor("BB.COMMEND"), {
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    saying(/Biểu dương/, "Nhắc nhở: không có."),
    saying(/Biểu dương/, "Tuyên dương đồng chí Lê Thị Bình."),
    saying(/Biểu dương/, "Chi bộ khen ngợi tổ đảng số 2."),
  ],
  invalid: [
    { doc: noCommend, errors: [{ messageId: "missing", severity: "warning" }], name: "inserted in the meeting's order: after the tasks, before the discussion", output: inserted(noCommend, indexOf(noCommend, "2. Tổ đảng"), "Biểu dương, nhắc nhở: …") },
  ],
});

const noSelfCriticism = lacking(/Tự phê bình/);
ruleTester.run(ruleFor("BB.SELF_CRITICISM"), {
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    saying(/Tự phê bình/, "Đ/c Hải tự nhận khuyết điểm chậm nộp báo cáo."),
    saying(/Tự phê bình/, "Các đảng viên liên hệ, kiểm điểm bản thân."),
    saying(/Tự phê bình/, "PHÊ BÌNH VÀ TỰ PHÊ BÌNH: các đồng chí thẳng thắn góp ý."),
  ],
  invalid: [
    { doc: noSelfCriticism, errors: [{ messageId: "missing", severity: "warning" }], output: inserted(noSelfCriticism, indexOf(noSelfCriticism, "Đồng chí Hoàng Thị Em"), "Tự phê bình và phê bình: …") },
    { doc: saying(/Tự phê bình/, "Các đồng chí nhất trí cao."), errors: [{ messageId: "missing" }] },
  ],
});

const noConclusion = lacking(/chủ trì kết luận/);
ruleTester.run(ruleFor("BB.CONCLUSION"), {
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    saying(/chủ trì kết luận/, "Kết luận của chủ trì: thống nhất các nhiệm vụ tháng 12."),
    saying(/chủ trì kết luận/, "Đồng chí Bí thư kết luận nội dung này."),
    saying(/chủ trì kết luận/, "Đ/c Nguyễn Văn An kết luận: thống nhất như trên."),
    saying(/chủ trì kết luận/, "KẾT LUẬN: chi bộ thống nhất các nhiệm vụ."),
    sampleMinutes(replacing(minutesBody, /chủ trì kết luận/, "IV. KẾT LUẬN")),
  ],
  invalid: [
    { doc: noConclusion, errors: [{ messageId: "missing", severity: "error" }], output: inserted(noConclusion, indexOf(noConclusion, "Tự phê bình"), "Kết luận của chủ trì: …") },
    { doc: sampleCommittee(without(sampleCommitteeBody(), /kết luận/)), type: "bien-ban-chi-uy", errors: [{ messageId: "missing" }] },
  ],
});

function sampleCommitteeBody() {
  return sampleCommittee().paragraphs.slice(8, 16).map((p) => p.text);
}

const noGrade = lacking(/xếp loại/);
ruleTester.run(ruleFor("BB.QUALITY_GRADE"), {
  valid: [
    sampleMinutes(),
    saying(/xếp loại/, "Xếp loại: Khá (85/100)."),
    saying(/xếp loại/, "Chi bộ tự chấm 78 điểm, đạt loại Khá."),
    saying(/xếp loại/, "Đánh giá chất lượng buổi sinh hoạt: Tốt."),
    saying(/xếp loại/, "Xep loai chat luong: Trung binh."),
    saying(/xếp loại/, "Chất lượng sinh hoạt đạt loại tốt (có bảng chấm điểm kèm theo)."),
  ],
  invalid: [
    { doc: noGrade, errors: [{ messageId: "missing", severity: "warning" }], output: inserted(noGrade, indexOf(noGrade, "Biểu quyết"), "Đánh giá, xếp loại chất lượng buổi sinh hoạt: …") },
    { doc: saying(/xếp loại/, "Chi bộ đánh giá buổi sinh hoạt diễn ra tốt đẹp."), name: "praise is not a grade", errors: [{ messageId: "missing" }] },
  ],
});

const noAdoption = lacking(/Biên bản đã được/);
ruleTester.run(ruleFor("BB.MINUTES_ADOPTED"), {
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    saying(/Biên bản đã được/, "Thư ký đọc lại biên bản, các đồng chí dự họp thống nhất."),
    saying(/Biên bản đã được/, "Bien ban duoc thong qua luc 21 gio."),
  ],
  invalid: [
    { doc: noAdoption, errors: [{ messageId: "missing", severity: "warning" }], output: inserted(noAdoption, indexOf(noAdoption, "Chi bộ tự đánh giá"), "Biên bản đã được đọc lại và thông qua: …") },
    { doc: saying(/Biên bản đã được/, "Biên bản kết thúc lúc 21 giờ."), errors: [{ messageId: "missing" }] },
  ],
});
