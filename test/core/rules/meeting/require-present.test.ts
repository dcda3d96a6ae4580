import rule from "../../../../src/core/rules/meeting/require-present";
import { ruleTester } from "../../../helpers/rule-tester";
import { committeeBody, minutesBody, replacing, sampleCommittee, sampleMinutes, sampleThematic, thematicBody, without } from "../../../helpers/samples";
import { texts } from "./texts";

const PRESENT = /^Có mặt:/;
const withPresent = (line: string) => sampleMinutes(replacing(minutesBody, PRESENT, line));

ruleTester.run(rule, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: withPresent("Có mặt: 17/18 đồng chí."), name: "x/y" },
    { doc: withPresent("Số đảng viên dự: 17 đ/c (chính thức 14, dự bị 03)."), name: "Số đảng viên dự" },
    { doc: withPresent("Dự họp 17/18 đảng viên, đạt 94,4%."), name: "Dự họp … đạt …%" },
    { doc: withPresent("Có 17/18 đồng chí dự họp."), name: "count before the verb" },
    { doc: withPresent("CÓ MẶT: MƯỜI BẢY ĐỒNG CHÍ"), name: "capitals, number words" },
    { doc: withPresent("Co mat: 17/18 dong chi"), name: "no tone marks" },
    {
      doc: sampleThematic(replacing(thematicBody, /^Có mặt:/, "Đảng viên dự họp đầy đủ.")),
      type: "bien-ban-chuyen-de",
      name: "full attendance with the total known",
    },
  ],
  invalid: [
    {
      name: "missing: inserted after the membership",
      doc: sampleMinutes(without(minutesBody, PRESENT)),
      errors: [{ messageId: "missing", paragraph: 14 }],
      output: texts(withPresent("Có mặt: …/… đồng chí (chính thức …, dự bị …).")),
    },
    { name: "committee minutes without attendance", type: "bien-ban-chi-uy", doc: sampleCommittee(without(committeeBody, /^Có mặt/)), errors: [{ messageId: "missing" }] },
    { name: "a vote's 'có mặt' is not attendance", doc: withPresent("100% đảng viên có mặt tán thành chương trình."), errors: [{ messageId: "missing" }] },
  ],
});

