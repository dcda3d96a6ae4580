import rule from "../../../../src/core/rules/format/no-irregular-spacing";
import { ruleTester } from "../../../helpers/rule-tester";
import { header, makeDoc, p, table } from "../../../helpers/make-doc";
import { sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";
import { run, withRuns } from "../encoding/runs";

/** A nghị quyết header followed by the given body lines (header paragraphs are 0–7). */
const body = (...lines: string[]) => makeDoc(header({ title: "NGHỊ QUYẾT", subject: "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025", number: "Số 05-NQ/CB" }), lines);

ruleTester.run(rule, {
  type: "nghi-quyet",
  valid: [
    { doc: sampleMinutes(), type: "bien-ban-thuong-ky" },
    sampleResolution(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: body("Nơi nhận:\t\t\tT/M CHI BỘ", "THƯ KÝ                         CHỦ TRÌ"), name: "tab and long-space alignment" },
    { doc: body("    Đồng chí Nguyễn Văn An chủ trì.", "Kết thúc lúc 21 giờ.  "), name: "leading indentation, trailing spaces" },
    { doc: body("Số ... -NQ/CB", "Vắng có lý do: …", "Nghị quyết được thông qua ./.", "Tỷ lệ .5 phần"), name: "placeholders, './.' ending, decimals" },
    { doc: body("Thời gian\u00a0: 19 giờ"), name: "NBSP before a colon is deliberate" },
    {
      name: "the header block's own alignment",
      doc: makeDoc(table([["ĐẢNG BỘ XÃ TUY LỘC  ", "CHI BỘ THÔN HÒA BÌNH", "*", "Số 05-NQ/CB"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tuy Lộc,  ngày 05 tháng 11 năm 2025"]]), p("NGHỊ QUYẾT"), p("về lãnh đạo  thực hiện nhiệm vụ tháng 12 năm 2025"), "Nội dung."),
    },
  ],
  invalid: [
    {
      doc: body("Thời gian  : 19 giờ 30 phút"),
      errors: [{ messageId: "spacing", paragraph: 8, severity: "info", message: "1 chỗ thừa dấu cách (dấu cách trước dấu câu)" }],
      output: [...body().paragraphs.map((x) => x.text), "Thời gian: 19 giờ 30 phút"],
    },
    {
      name: "several in one paragraph: one finding",
      doc: body("Có mặt: 17  đồng chí , vắng   01 ; tỷ lệ 94 % ."),
      errors: [{ messageId: "spacing", message: "5 chỗ thừa dấu cách (hai dấu cách liền nhau, dấu cách trước dấu câu)" }],
      output: [...body().paragraphs.map((x) => x.text), "Có mặt: 17 đồng chí, vắng 01; tỷ lệ 94 %."],
    },
    {
      name: "question and exclamation marks, ALL CAPS",
      doc: body("I.  KẾT QUẢ LÃNH ĐẠO ?", "Đồng chí có ý kiến gì không ?  Không !"),
      errors: [{ messageId: "spacing", paragraph: 8 }, { messageId: "spacing", paragraph: 9 }],
      output: [...body().paragraphs.map((x) => x.text), "I. KẾT QUẢ LÃNH ĐẠO?", "Đồng chí có ý kiến gì không? Không!"],
    },
    {
      name: "one finding per run, formatting kept",
      doc: withRuns(body("x"), 8, [run("Chủ trì  :", { bold: true }), run(" đồng chí  Nguyễn Văn An .")]),
      errors: [{ messageId: "spacing" }, { messageId: "spacing" }],
      output: [...body().paragraphs.map((x) => x.text), "Chủ trì: đồng chí Nguyễn Văn An."],
    },
    {
      name: "signature table in the body is checked",
      doc: makeDoc(header(), "Nội dung.", table([["THƯ KÝ", "Lê  Thị Bình"], ["CHỦ TRÌ", "Nguyễn Văn An"]])),
      type: "bien-ban-thuong-ky",
      errors: [{ messageId: "spacing", paragraph: 10 }],
    },
  ],
});
