import rule from "../../../../src/core/rules/meeting/require-membership";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, replacing, sampleMinutes, sampleThematic, without } from "../../../helpers/samples";
import { texts } from "./texts";

const TOTAL = /^Tổng số đảng viên:/;
const withTotal = (...lines: string[]) => {
  const k = minutesBody.findIndex((i) => typeof i === "string" && TOTAL.test(i));
  return sampleMinutes([...minutesBody.slice(0, k), ...lines, ...minutesBody.slice(k + 1)]);
};

ruleTester.run(rule, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: withTotal("Tổng số: 18 đ/c; trong đó chính thức 15 đ/c, dự bị 03 đ/c."), name: "split after ';'" },
    { doc: withTotal("Chi bộ có 18 đảng viên (15 chính thức, 03 dự bị)."), name: "Chi bộ có …" },
    { doc: withTotal("TỔNG SỐ ĐẢNG VIÊN: 18 (CHÍNH THỨC: 15; DỰ BỊ: 03)"), name: "capitals" },
    { doc: withTotal("Tổng số đảng viên: mười tám đồng chí, trong đó mười lăm chính thức, ba dự bị."), name: "number words" },
    { doc: withTotal("Tổng số đảng viên: 18 đồng chí.", "Đảng viên chính thức: 15.", "Đảng viên dự bị: 03."), name: "split on its own lines" },
    { doc: withTotal("Tổng số đảng viên: 15 đồng chí, đều là đảng viên chính thức."), name: "all official" },
    { doc: withTotal("Tổng số đảng viên: 18 đồng chí (chính thức 15)."), name: "one side of the split" },
  ],
  invalid: [
    {
      name: "missing: inserted after the guests",
      doc: sampleMinutes(without(minutesBody, TOTAL)),
      errors: [{ messageId: "missing", paragraph: 13 }],
      output: texts(sampleMinutes(replacing(minutesBody, TOTAL, "Tổng số đảng viên: … đồng chí (chính thức …, dự bị …)."))),
    },
    { name: "a total with no split", doc: withTotal("Tổng số đảng viên: 18 đồng chí."), errors: [{ messageId: "noSplit", message: "18", paragraph: 14 }], output: null },
    { name: "a sum of money is not the membership", doc: withTotal("Tổng số tiền đảng phí: 1.500.000 đồng."), errors: [{ messageId: "missing" }] },
  ],
});
