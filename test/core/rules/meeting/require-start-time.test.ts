import rule from "../../../../src/core/rules/meeting/require-start-time";
import { ruleTester } from "../../../helpers/rule-tester";
import { committeeBody, minutesBody, replacing, sampleCommittee, sampleMinutes, sampleThematic, without } from "../../../helpers/samples";
import { texts } from "./texts";

const TIME = /^Thời gian:/;
const withStart = (line: string) => sampleMinutes(replacing(minutesBody, TIME, line));

ruleTester.run(rule, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: withStart("Thời gian: 14 giờ 00, ngày 05/11/2025."), name: "numeric date" },
    { doc: withStart("Hôm nay, vào lúc 19 giờ 30 phút, ngày 05 tháng 11 năm 2025, Chi bộ thôn Hòa Bình tiến hành họp."), name: "Hôm nay, vào lúc" },
    { doc: withStart("Vào hồi 8h00' ngày 05/11/2025, Chi bộ họp thường kỳ."), name: "Vào hồi 8h00'" },
    { doc: withStart("Bắt đầu lúc 7g30, ngày 05-11-2025."), name: "Bắt đầu lúc 7g30" },
    { doc: withStart("THỜI GIAN: 19 GIỜ 30 PHÚT NGÀY 05 THÁNG 11 NĂM 2025"), name: "capitals" },
    { doc: withStart("Thoi gian: 19h30 ngay 05/11/2025"), name: "no tone marks" },
    { doc: withStart("Khai mạc lúc mười chín giờ ba mươi phút, ngày 05.11.2025."), name: "number words" },
    { doc: withStart("- Thời gian: từ 19 giờ 30 đến 21 giờ 15 ngày 05/11/2025."), name: "a range" },
  ],
  invalid: [
    {
      name: "missing: a labelled empty line at the start of the body",
      doc: sampleMinutes(without(minutesBody, TIME)),
      errors: [{ messageId: "missing", paragraph: 7, severity: "error" }],
      output: texts(withStart("Thời gian: … giờ … phút, ngày … tháng … năm …")),
    },
    {
      name: "trap: a date with no clock time",
      doc: withStart("Thời gian: ngày 05 tháng 11 năm 2025."),
      errors: [{ messageId: "noClock", paragraph: 8, message: "ngày 05 tháng 11 năm 2025" }],
      output: null,
    },
    {
      name: "a clock time with no date",
      doc: withStart("Thời gian: 19 giờ 30 phút."),
      errors: [{ messageId: "noDate", paragraph: 8, message: "19 giờ 30 phút" }],
      output: null,
    },
    {
      name: "committee minutes without a start",
      type: "bien-ban-chi-uy",
      doc: sampleCommittee(without(committeeBody, TIME)),
      errors: [{ messageId: "missing" }],
    },
  ],
});
