import rule from "../../../../src/core/rules/meeting/require-guests";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, replacing, sampleMinutes, sampleThematic, without } from "../../../helpers/samples";

const GUESTS = /^Đại biểu dự:/;
const withGuests = (line: string) => sampleMinutes(replacing(minutesBody, GUESTS, line));

ruleTester.run(rule, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de", name: "no guests at all" },
    { doc: sampleMinutes(without(minutesBody, GUESTS)), name: "no guests mentioned" },
    { doc: withGuests("Về dự có đồng chí Trần Văn Cường, Đảng ủy viên phụ trách chi bộ."), name: "Về dự có" },
    { doc: withGuests("Khách mời: đồng chí Trần Văn Cường – Phó Chủ tịch UBND xã."), name: "Khách mời" },
    { doc: withGuests("Đại biểu cấp trên: đ/c Trần Văn Cường (Đảng ủy viên); đ/c Lý Thị Hoa (Chủ tịch Hội Phụ nữ xã)."), name: "two guests" },
    { doc: withGuests("ĐẠI BIỂU DỰ: ĐỒNG CHÍ TRẦN VĂN CƯỜNG, ĐẢNG ỦY VIÊN"), name: "capitals" },
    { doc: withGuests("Đại biểu dự: không có."), name: "explicitly none" },
  ],
  invalid: [
    { name: "trap: guests mentioned, nobody named", doc: withGuests("Có đại biểu cấp trên dự."), errors: [{ messageId: "unnamed", paragraph: 13 }], output: null },
    { name: "a label with a vague value", doc: withGuests("Khách mời: đại diện Đảng ủy xã."), errors: [{ messageId: "unnamed" }] },
    { name: "a guest with no position", doc: withGuests("Đại biểu dự: đồng chí Trần Văn Cường."), errors: [{ messageId: "noPosition", message: "Trần Văn Cường", paragraph: 13 }] },
    {
      name: "one of two guests without position",
      doc: withGuests("Đại biểu dự: đồng chí Trần Văn Cường, Đảng ủy viên; đồng chí Lý Thị Hoa."),
      errors: [{ messageId: "noPosition", message: "Lý Thị Hoa" }],
    },
  ],
});
