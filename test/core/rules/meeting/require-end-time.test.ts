import rule from "../../../../src/core/rules/meeting/require-end-time";
import { ruleTester } from "../../../helpers/rule-tester";
import { committeeBody, minutesBody, replacing, sampleCommittee, sampleMinutes, sampleThematic, without } from "../../../helpers/samples";
import { texts } from "./texts";

const END = /kết thúc vào lúc/;
const withEnd = (line: string) => sampleMinutes(replacing(minutesBody, END, line));

ruleTester.run(rule, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: withEnd("Buổi sinh hoạt kết thúc hồi 21 giờ."), name: "hồi 21 giờ" },
    { doc: withEnd("Biên bản kết thúc lúc 21h15'."), name: "21h15'" },
    { doc: withEnd("Hội nghị bế mạc lúc 21 giờ 15 phút."), name: "bế mạc" },
    { doc: withEnd("CUỘC HỌP KẾT THÚC VÀO LÚC 21 GIỜ 15 PHÚT CÙNG NGÀY."), name: "capitals" },
    { doc: withEnd("Cuoc hop ket thuc vao luc 21:15 cung ngay"), name: "no tone marks, 21:15" },
    { doc: withEnd("Cuộc họp kết thúc vào lúc chín giờ mười lăm tối cùng ngày."), name: "number words, tối" },
    {
      doc: sampleMinutes(replacing(without(minutesBody, END), /^Thời gian:/, "Thời gian: từ 19 giờ 30 đến 21 giờ 15, ngày 05 tháng 11 năm 2025.")),
      name: "the end of a range in the opening",
    },
  ],
  invalid: [
    {
      name: "missing: inserted after the minutes' adoption",
      doc: sampleMinutes(without(minutesBody, END)),
      errors: [{ messageId: "missing" }],
      output: texts(withEnd("Cuộc họp kết thúc vào lúc … giờ … phút cùng ngày.")),
    },
    { name: "trap: a closing line with no clock time", doc: withEnd("Cuộc họp kết thúc cùng ngày."), errors: [{ messageId: "noClock", paragraph: 41 }], output: null },
    { name: "committee minutes without an end", type: "bien-ban-chi-uy", doc: sampleCommittee(without(committeeBody, END)), errors: [{ messageId: "missing" }] },
  ],
});
