import rule from "../../../../src/core/rules/meeting/require-place";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, replacing, sampleCommittee, sampleMinutes, without } from "../../../helpers/samples";
import { texts } from "./texts";

const PLACE = /^Địa điểm:/;
const withPlace = (line: string) => sampleMinutes(replacing(minutesBody, PLACE, line));

ruleTester.run(rule, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: withPlace("Tại: Nhà văn hóa thôn 3."), name: "Tại:" },
    { doc: withPlace("Địa điểm họp: Hội trường UBND xã."), name: "Địa điểm họp:" },
    { doc: withPlace("ĐỊA ĐIỂM: HỘI TRƯỜNG THÔN"), name: "capitals" },
    { doc: withPlace("Dia diem - Nha van hoa thon"), name: "no tone marks, a dash" },
    { doc: withPlace("Nơi họp: nhà đồng chí Bí thư chi bộ."), name: "Nơi họp:" },
    {
      doc: sampleMinutes(replacing(without(minutesBody, PLACE), /^Thời gian:/, "Hôm nay, vào lúc 19 giờ 30 phút, ngày 05/11/2025, tại phòng họp cơ quan, Chi bộ họp thường kỳ.")),
      name: "inline 'tại …' in the opening statement",
    },
  ],
  invalid: [
    {
      name: "missing: inserted after the start time",
      doc: sampleMinutes(without(minutesBody, PLACE)),
      errors: [{ messageId: "missing", paragraph: 8 }],
      output: texts(withPlace("Địa điểm: …")),
    },
    { name: "an unfilled label", doc: withPlace("Địa điểm: ……"), errors: [{ messageId: "empty", paragraph: 9 }], output: null },
    {
      name: "'tại kỳ họp' is not a place",
      doc: sampleMinutes(replacing(minutesBody, PLACE, "Chi bộ báo cáo kết quả tại kỳ họp tháng 01.")),
      errors: [{ messageId: "missing" }],
    },
  ],
});
