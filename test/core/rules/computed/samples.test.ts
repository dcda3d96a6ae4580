/**
 * The computed rules over real documents, through the real extraction: the complete samples of
 * test/helpers/samples.ts produce no finding with their proper types, and variants phrased the many
 * ways of process.md §9 (not only the samples' wording) produce exactly the expected one.
 */
import { extractFacts } from "../../../../src/core/facts/extract-facts";
import type { DocModel } from "../../../../src/core/model/types";
import { computedRules } from "../../../../src/core/rules/computed/index";
import attendanceRate from "../../../../src/core/rules/computed/attendance-rate";
import attendanceSum from "../../../../src/core/rules/computed/attendance-sum";
import crossDocument from "../../../../src/core/rules/computed/cross-document";
import dateFormat from "../../../../src/core/rules/computed/date-format";
import dateValid from "../../../../src/core/rules/computed/date-valid";
import meetingDuration from "../../../../src/core/rules/computed/meeting-duration";
import speakerShare from "../../../../src/core/rules/computed/speaker-share";
import specialMajority from "../../../../src/core/rules/computed/special-majority";
import taskSpecific from "../../../../src/core/rules/computed/task-specific";
import timeOrder from "../../../../src/core/rules/computed/time-order";
import voteMajority from "../../../../src/core/rules/computed/vote-majority";
import voteProbationary from "../../../../src/core/rules/computed/vote-probationary";
import voteSum from "../../../../src/core/rules/computed/vote-sum";
import type { RelatedDocument } from "../../../../src/core/rules/types";
import { header, makeDoc, type Item } from "../../../helpers/make-doc";
import { ruleTester, runRule } from "../../../helpers/rule-tester";
import {
  committeeBody,
  minutesBody,
  minutesSignatures,
  replacing,
  resolutionBody,
  sampleCommittee,
  sampleMinutes,
  sampleResolution,
  sampleThematic,
  thematicBody,
  without,
} from "../../../helpers/samples";

/** The minutes body with each [pattern, replacement] applied in turn. */
function minutesWith(...edits: [RegExp, string][]): DocModel {
  return sampleMinutes(edits.reduce<Item[]>((body, [re, text]) => replacing(body, re, text), minutesBody));
}

/** The minutes with a different header date line. */
function minutesDated(date: string, body: Item[] = minutesBody): DocModel {
  return makeDoc(header({ date }), body, minutesSignatures);
}

/** Example 1 of process.md §6 as written minutes: T 18 (15 + 3), present 16 (14 + 2). */
const example1: [RegExp, string][] = [
  [/^Có mặt/, "Số đảng viên dự: 16 đ/c (chính thức 14, dự bị 02)."],
  [/^Vắng có lý do/, "Vắng có lý do: 01 đ/c (Phạm Văn Dũng – đi công tác)."],
  [/^Vắng không lý do/, "Vắng không lý do: 01 đ/c (Hoàng Thị Em)."],
  [/^Thu nộp đảng phí/, "Thu nộp đảng phí tháng 10: 16/16 đồng chí đã nộp."],
];

/** Example 2: C 12, D 0; two absent without reason; present 10. */
const example2: [RegExp, string][] = [
  [/^Tổng số đảng viên/, "Tổng số đảng viên: 12 đồng chí (chính thức 12, dự bị 0)."],
  [/^Có mặt/, "Có mặt: 10/12 đồng chí."],
  [/^Vắng có lý do/, "Vắng có lý do: không."],
  [/^Vắng không lý do/, "Vắng không lý do: 02 đồng chí (Phạm Văn Dũng, Hoàng Thị Em)."],
  [/^Thu nộp đảng phí/, "Thu nộp đảng phí tháng 10: 10/10 đồng chí đã nộp."],
];

/** Example 3: T 24 (C 21, D 3); exempted 2 (one attends), away 1, suspended 1, ill 1; present 20. */
const example3: [RegExp, string][] = [
  [
    /^Tổng số đảng viên/,
    "Tổng số đảng viên: 24 đồng chí (chính thức 21, dự bị 03); miễn sinh hoạt: 02 đ/c (01 đ/c có mặt); sinh hoạt tạm thời nơi khác: 01 đ/c; đình chỉ sinh hoạt: 01 đ/c.",
  ],
  [/^Có mặt/, "Có mặt: 20 đồng chí (chính thức 17, dự bị 03)."],
  [/^Vắng có lý do/, "Vắng có lý do: 01 đ/c (Võ Thị Mai, ốm)."],
  [/^Thu nộp đảng phí/, "Thu nộp đảng phí tháng 10: 20/20 đồng chí đã nộp."],
];
const vote3 = (yes: number, no: number): [RegExp, string] => [/^Biểu quyết/, `Biểu quyết bằng giơ tay: ${yes} đồng chí tán thành, ${no} đồng chí không tán thành, 1 ý kiến khác.`];

/** Example 4: C 15, D 2; one official absent with reason; present 14 + 2. */
const example4: [RegExp, string][] = [
  [/^Tổng số đảng viên/, "Tổng số: 17 đ/c; trong đó chính thức 15 đ/c, dự bị 02 đ/c."],
  [/^Có mặt/, "Có mặt: 16 đồng chí (chính thức 14, dự bị 02)."],
  [/^Thu nộp đảng phí/, "Thu nộp đảng phí tháng 10: 16/16 đồng chí đã nộp."],
];

const VALID_SAMPLES = [
  { doc: sampleMinutes(), type: "bien-ban-thuong-ky" as const, name: "sample minutes" },
  { doc: sampleThematic(), type: "bien-ban-chuyen-de" as const, name: "sample thematic minutes" },
  { doc: sampleCommittee(), type: "bien-ban-chi-uy" as const, name: "sample chi ủy minutes" },
  { doc: sampleResolution(), type: "nghi-quyet" as const, name: "sample resolution" },
];

const related = (doc: DocModel, type: RelatedDocument["type"], name: string): RelatedDocument[] => [{ doc, facts: extractFacts(doc), type, name }];

describe("the samples, with their types, give no computed finding", () => {
  it.each(VALID_SAMPLES.map((s) => [s.name, s] as const))("%s", (_name, s) => {
    const found = computedRules.flatMap((rule) => runRule(rule, s.doc, { type: s.type }));
    expect(found.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it("the sample biên bản and nghị quyết agree with each other", () => {
    const minutes = sampleMinutes();
    const resolution = sampleResolution();
    expect(runRule(crossDocument, minutes, { type: "bien-ban-thuong-ky", related: related(resolution, "nghi-quyet", "Nghị quyết 05-NQ/CB") })).toEqual([]);
    expect(runRule(crossDocument, resolution, { type: "nghi-quyet", related: related(minutes, "bien-ban-thuong-ky", "Biên bản 11-BB/CB") })).toEqual([]);
  });
});

ruleTester.run(attendanceSum, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: minutesWith(...example1), name: "example 1" },
    { doc: minutesWith(...example2), name: "example 2" },
    { doc: minutesWith(...example4), name: "example 4" },
    { doc: minutesWith(...example3), name: "example 3: 20 + 1 + 1 + 1 + 1 = 24" },
    { doc: minutesWith([/^Tổng số đảng viên/, "TỔNG SỐ ĐẢNG VIÊN: 18 ĐỒNG CHÍ (CHÍNH THỨC 15, DỰ BỊ 03)."]), name: "ALL CAPS" },
    {
      doc: minutesWith([/^Tổng số đảng viên/, "Tong so dang vien: 18 dong chi (chinh thuc 15, du bi 03)."], [/^Có mặt/, "Co mat: 17 dong chi."]),
      name: "typed without tone marks",
    },
    { doc: minutesWith([/^Có mặt/, "Có mặt: mười bảy đồng chí."]), name: "number words" },
    { doc: minutesWith([/^Vắng có lý do/, "Vắng 01 đồng chí (có lý do: đ/c Phạm Văn Dũng đi công tác)."]), name: "'Vắng 01 đồng chí (có lý do: đ/c …)'" },
    {
      doc: minutesWith([/^Tổng số đảng viên/, "Tổng số: 18 đ/c; trong đó chính thức 15 đ/c, dự bị 03 đ/c."], [/^Có mặt/, "Dự họp 17/18 đảng viên, đạt 94,4%."]),
      name: "'Dự họp 17/18 đảng viên, đạt 94,4%'",
    },
    {
      doc: minutesWith([/^Vắng có lý do/, "Vắng mặt: 01 đồng chí, có lý do (Phạm Văn Dũng, ốm)."]),
      name: "'Vắng mặt: 01 đồng chí, có lý do (…)'",
    },
  ],
  invalid: [
    { doc: minutesWith([/^Có mặt/, "Có mặt: 16 đồng chí (chính thức 13, dự bị 03)."]), errors: [{ messageId: "sumMismatch", paragraph: 15 }], name: "one member unaccounted for" },
    { doc: minutesWith([/^Có mặt/, "Có mặt: mười tám đồng chí."]), errors: [{ messageId: "sumMismatch" }], name: "number words: 18 present and 1 absent" },
    { doc: minutesWith([/^Tổng số đảng viên/, "Tổng số đảng viên: 18 đồng chí (chính thức 15, dự bị 02)."]), errors: [{ messageId: "registerSplit", paragraph: 14 }, { messageId: "presentProbationaryAbove", paragraph: 15 }], name: "15 + 2 ≠ 18, and 3 probationary present" },
    { doc: minutesWith([/^Có mặt/, "Có mặt: 17 đồng chí (chính thức 15, dự bị 03)."]), errors: [{ messageId: "presentSplit" }], name: "15 + 3 ≠ 17" },
    { doc: minutesWith([/^Có mặt/, "Có mặt 17/18 đồng chí, đạt 85%."]), errors: [{ messageId: "percentMismatch" }], name: "17/18 is not 85 %" },
  ],
});

ruleTester.run(attendanceRate, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: minutesWith(...example3), name: "example 3: 19/20 = 95 % (hd42)" },
    { doc: minutesWith(...example3), contentProfile: "hd12", name: "example 3: 95 % (hd12)" },
  ],
  invalid: [
    {
      doc: minutesWith(...example1),
      errors: [{ messageId: "belowThreshold", message: "88,9% (16/18" }, { messageId: "unexcused", message: "Hoàng Thị Em" }],
      name: "example 1 under hd42: 88,9 % and an unexcused absence",
    },
    { doc: minutesWith(...example1), contentProfile: "hd12", errors: [{ messageId: "unexcused", severity: "warning" }], name: "example 1 under hd12: only the unexcused absence" },
    {
      doc: minutesWith(...example2),
      errors: [{ messageId: "belowThreshold", message: "83,3%" }, { messageId: "unexcused" }],
      name: "example 2",
    },
  ],
});

ruleTester.run(voteMajority, {
  type: "bien-ban-thuong-ky",
  valid: [sampleMinutes(), { doc: sampleThematic(), type: "bien-ban-chuyen-de" }, { doc: minutesWith(...example1), name: "example 1: 14/14 of N = 14" }],
  invalid: [
    {
      doc: minutesWith(...example3, vote3(8, 8)),
      errors: [{ messageId: "notMajority", message: "N = 17" }],
      name: "example 3: 8 of N = 17 fails",
    },
    {
      doc: minutesWith(...example3, vote3(9, 7)),
      errors: [{ messageId: "dependsOnExcuses", severity: "warning", message: "N = 18 và không đạt quá nửa" }],
      name: "example 3: 9 of N = 17 passes, of 18 (the ill member's reason not accepted) fails",
    },
    {
      doc: minutesWith([/^Biểu quyết/, "100% đảng viên có mặt tán thành."]),
      errors: [{ messageId: "askCounts", severity: "info" }],
      name: "'100% đảng viên có mặt tán thành'",
    },
    {
      doc: minutesWith([/^Biểu quyết/, "Hội nghị nhất trí thông qua với tỷ lệ 100%."]),
      errors: [{ messageId: "askCounts", severity: "info" }],
      name: "'nhất trí thông qua với tỷ lệ 100%'",
    },
    {
      doc: minutesWith(...example2, [/^Biểu quyết/, "Biểu quyết bằng hình thức giơ tay: 6 đồng chí tán thành, 4 đồng chí không tán thành."]),
      errors: [{ messageId: "exactlyHalf", message: "N = 12" }],
      output: null,
      name: "example 2: exactly half",
    },
    {
      doc: minutesWith(
        ...example2,
        [/^Vắng có lý do/, "Vắng có lý do: 02 đồng chí (Phạm Văn Dũng đi công tác, Hoàng Thị Em ốm)."],
        [/^Vắng không lý do/, "Vắng không lý do: không."],
        [/^Biểu quyết/, "Kết quả biểu quyết: tán thành 6 đ/c, không tán thành 4 đ/c."],
      ),
      errors: [{ messageId: "dependsOnExcuses", severity: "warning", message: "N = 10" }],
      name: "example 2 with the absences excused: both results",
    },
  ],
});

ruleTester.run(voteProbationary, {
  type: "bien-ban-thuong-ky",
  valid: [sampleMinutes(), { doc: sampleThematic(), type: "bien-ban-chuyen-de" }, { doc: minutesWith(...example1), name: "example 1" }],
  invalid: [
    {
      doc: minutesWith(...example1, [/^Biểu quyết/, "Biểu quyết bằng hình thức giơ tay: 16/16 đồng chí tán thành."]),
      errors: [{ messageId: "yesAboveOfficial" }],
      name: "example 1 written 16/16",
    },
    {
      doc: minutesWith(...example4, [/^Biểu quyết/, "Bỏ phiếu kín kết nạp quần chúng Nguyễn Văn Em: 9/16 phiếu đồng ý."]),
      errors: [{ messageId: "outOfPresent" }],
      name: "example 4 counted as 9/16",
    },
  ],
});

ruleTester.run(voteSum, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: minutesWith(...example3, vote3(9, 7)), name: "example 3: 9 + 7 + 1 = 17 voters" },
  ],
  invalid: [
    { doc: minutesWith(...example3, vote3(9, 8)), errors: [{ messageId: "sumAboveVoters", message: "= 18" }], name: "example 3: 9 + 8 + 1 > 17" },
    {
      doc: minutesWith([/^Biểu quyết/, "Tán thành 14/14 đ/c (100%); không tán thành: 01; ý kiến khác: 0."]),
      errors: [{ messageId: "sumAboveVoters" }],
      name: "14 + 1 > 14 voters",
    },
  ],
});

ruleTester.run(specialMajority, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: minutesWith(...example4, [/^Biểu quyết/, "Bỏ phiếu kín đề nghị kết nạp quần chúng Nguyễn Văn Em vào Đảng: 10 phiếu đồng ý, 4 phiếu không đồng ý."]), name: "example 4 with 10" },
  ],
  invalid: [
    {
      doc: minutesWith(...example4, [/^Biểu quyết/, "Bỏ phiếu kín đề nghị kết nạp quần chúng Nguyễn Văn Em vào Đảng: 9 phiếu đồng ý, 5 phiếu không đồng ý."]),
      errors: [{ messageId: "belowTwoThirdsBoth", message: "cần ít nhất 10 đồng chí" }],
      name: "example 4: 9 of 14",
    },
    {
      doc: minutesWith(...example4, [/^Biểu quyết/, "Chi bộ biểu quyết bằng hình thức giơ tay đề nghị kết nạp quần chúng Nguyễn Văn Em: 14/14 đồng chí tán thành."]),
      errors: [{ messageId: "showOfHands", severity: "warning" }],
      name: "admission by show of hands",
    },
  ],
});

ruleTester.run(meetingDuration, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: minutesWith([/^Cuộc họp kết thúc/, "Cuộc họp kết thúc vào lúc 21 giờ 00 phút cùng ngày."]), name: "exactly 90 minutes" },
    { doc: minutesWith([/^Thời gian/, "Hôm nay, vào lúc 22 giờ 30 phút, ngày 05 tháng 11 năm 2025."], [/^Cuộc họp kết thúc/, "Buổi sinh hoạt kết thúc hồi 0 giờ 15 phút."]), name: "across midnight, 105 minutes" },
  ],
  invalid: [
    { doc: minutesWith([/^Cuộc họp kết thúc/, "Biên bản kết thúc lúc 20h30'."]), errors: [{ messageId: "tooShort", message: "60 phút" }], name: "an hour" },
    {
      doc: sampleMinutes([...without(minutesBody, /^Cuộc họp kết thúc/), ...thematicBody.slice(9, 11), "Cuộc họp kết thúc vào lúc 21 giờ 15 phút cùng ngày."]),
      errors: [{ messageId: "tooShortCombined", message: "120 phút" }],
      name: "regular + thematic in 105 minutes",
    },
  ],
});

ruleTester.run(timeOrder, {
  type: "bien-ban-thuong-ky",
  valid: [sampleMinutes(), { doc: sampleCommittee(), type: "bien-ban-chi-uy" }],
  invalid: [
    { doc: minutesWith([/^Cuộc họp kết thúc/, "Cuộc họp kết thúc vào lúc 19 giờ 00 cùng ngày."]), errors: [{ messageId: "endNotAfterStart" }], name: "ends before it starts" },
    {
      doc: sampleCommittee(replacing(committeeBody, /^Cuộc họp kết thúc/, "Cuộc họp kết thúc vào lúc 13 giờ 30 phút.")),
      type: "bien-ban-chi-uy",
      errors: [{ messageId: "endNotAfterStart" }],
      name: "the chi ủy's minutes",
    },
  ],
});

ruleTester.run(dateValid, {
  type: "bien-ban-thuong-ky",
  valid: [sampleMinutes(), { doc: sampleResolution(), type: "nghi-quyet" }, { doc: minutesDated("Tuy Lộc, ngày 07 tháng 11 năm 2025"), name: "signed two days later" }],
  invalid: [
    { doc: minutesDated("Tuy Lộc, ngày 04 tháng 11 năm 2025"), errors: [{ messageId: "beforeMeeting" }], name: "dated before the meeting" },
    { doc: minutesDated("Tuy Lộc, ngày 31 tháng 11 năm 2025"), errors: [{ messageId: "invalidDate" }], name: "31/11" },
    {
      doc: makeDoc(header({ date: "Tuy Lộc, ngày 05 tháng 12 năm 2026" }), replacing(minutesBody, /^Thời gian/, "Thời gian: 19 giờ 30 phút, ngày 05 tháng 12 năm 2026."), minutesSignatures),
      errors: [{ messageId: "future" }],
      name: "after today",
    },
  ],
});

const headerDateFixed = (doc: DocModel, text: string) => doc.paragraphs.map((p) => (/ngày .* tháng .* năm/.test(p.text) && p.container === "table" ? text : p.text));

const fiveNov = minutesDated("Tuy Lộc, ngày 5 tháng 11 năm 2025");
const march = makeDoc(
  header({ date: "Tuy Lộc, ngày 15 tháng 03 năm 2025", subject: "sinh hoạt chi bộ thường kỳ tháng 3 năm 2025" }),
  replacing(minutesBody, /^Thời gian/, "Thời gian: 19 giờ 30 phút, ngày 15 tháng 3 năm 2025."),
  minutesSignatures,
);
const bodyDate = minutesWith([/^Thời gian/, "Hôm nay, vào lúc 19 giờ 30 phút, ngày 5 tháng 11 năm 2025, tại Nhà văn hóa thôn."]);

ruleTester.run(dateFormat, {
  type: "bien-ban-thuong-ky",
  valid: [sampleMinutes(), { doc: sampleResolution(), type: "nghi-quyet" }, { doc: sampleCommittee(), type: "bien-ban-chi-uy" }],
  invalid: [
    { doc: fiveNov, errors: [{ messageId: "padding", paragraph: 5 }], output: headerDateFixed(fiveNov, "Tuy Lộc, ngày 05 tháng 11 năm 2025"), name: "day 5" },
    { doc: march, errors: [{ messageId: "padding", paragraph: 5 }], output: headerDateFixed(march, "Tuy Lộc, ngày 15 tháng 3 năm 2025"), name: "month 03" },
    {
      doc: bodyDate,
      errors: [{ messageId: "padding", paragraph: 8 }],
      output: bodyDate.paragraphs.map((p, i) => (i === 8 ? "Hôm nay, vào lúc 19 giờ 30 phút, ngày 05 tháng 11 năm 2025, tại Nhà văn hóa thôn." : p.text)),
      name: "the body's date",
    },
  ],
});

ruleTester.run(taskSpecific, {
  type: "bien-ban-thuong-ky",
  valid: [sampleMinutes(), { doc: sampleResolution(), type: "nghi-quyet" }],
  invalid: [
    {
      doc: minutesWith([/^1\. Giao đồng chí/, "1. Tiếp tục thực hiện tốt công tác giảm nghèo."]),
      errors: [{ messageId: "generic" }],
      name: "'tiếp tục thực hiện tốt …'",
    },
    {
      doc: sampleResolution(replacing(resolutionBody, /^2\. Vệ sinh môi trường/, "2. Vệ sinh môi trường: ra quân dọn dẹp đường làng.")),
      type: "nghi-quyet",
      errors: [{ messageId: "noOwnerNoDeadline" }],
      name: "a nghị quyết task without owner or deadline",
    },
  ],
});

ruleTester.run(speakerShare, {
  type: "bien-ban-thuong-ky",
  valid: [sampleMinutes(), { doc: sampleThematic(), type: "bien-ban-chuyen-de" }],
  invalid: [
    {
      doc: sampleMinutes(without(minutesBody, /^Đồng chí (Võ Văn Khoa|Đặng Thị Lan|Hoàng Thị Em):/)),
      errors: [{ messageId: "fewSpeakers", message: "3 trên 17" }],
      name: "3 of 17 speak",
    },
  ],
});

const resolution164 = sampleResolution(replacing(resolutionBody, /^Ngày 05 tháng 11/, "Ngày 05 tháng 11 năm 2025, Chi bộ thôn Hòa Bình họp thường kỳ tháng 11; dự họp 16/18 đảng viên; đồng chí Nguyễn Văn An, Bí thư Chi bộ, chủ trì."));

ruleTester.run(crossDocument, {
  type: "bien-ban-thuong-ky",
  valid: [
    { doc: sampleMinutes(), related: related(sampleResolution(), "nghi-quyet", "Nghị quyết 05-NQ/CB") },
    { doc: sampleResolution(), type: "nghi-quyet", related: related(sampleMinutes(), "bien-ban-thuong-ky", "Biên bản 11-BB/CB") },
  ],
  invalid: [
    {
      doc: sampleMinutes(),
      related: related(resolution164, "nghi-quyet", "Nghị quyết 05-NQ/CB"),
      errors: [{ messageId: "present", message: "ghi 17, nhưng “Nghị quyết 05-NQ/CB” ghi 16" }],
      name: "attendance differs",
    },
    {
      doc: sampleResolution(replacing(resolutionBody, /^Nghị quyết được Chi bộ thông qua/, "Nghị quyết được Chi bộ thông qua ngày 05/11/2025, 13/14 đồng chí tán thành.")),
      type: "nghi-quyet",
      related: related(sampleMinutes(), "bien-ban-thuong-ky", "Biên bản 11-BB/CB"),
      errors: [{ messageId: "vote", message: "ghi 13, nhưng “Biên bản 11-BB/CB” ghi 14" }],
      name: "vote counts differ",
    },
  ],
});
