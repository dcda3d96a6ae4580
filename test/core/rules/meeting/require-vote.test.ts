import rule from "../../../../src/core/rules/meeting/require-vote";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, sampleMinutes, sampleThematic, without } from "../../../helpers/samples";
import { texts } from "./texts";

const VOTE = /^Biểu quyết bằng hình thức giơ tay/;
const withVote = (...lines: string[]) => {
  const k = minutesBody.findIndex((i) => typeof i === "string" && VOTE.test(i));
  return sampleMinutes([...minutesBody.slice(0, k), ...lines, ...minutesBody.slice(k + 1)]);
};

ruleTester.run(rule, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: withVote("Chi bộ biểu quyết bằng thẻ đảng viên: 14/14 đồng chí tán thành."), name: "thẻ đảng viên" },
    { doc: withVote("Kết quả bỏ phiếu kín: 14 phiếu tán thành, 0 không tán thành."), name: "phiếu kín" },
    { doc: withVote("Biểu quyết trên ứng dụng Sổ tay đảng viên: tán thành 14/14 đ/c (100%)."), name: "ứng dụng" },
    { doc: withVote("Chi bộ biểu quyết thông qua kết luận bằng hình thức giơ tay.", "Kết quả: 14/14 đồng chí tán thành."), name: "method, then the counts" },
    { doc: withVote("BIỂU QUYẾT GIƠ TAY: MƯỜI BỐN ĐỒNG CHÍ TÁN THÀNH"), name: "capitals, number words" },
    { doc: withVote("Bieu quyet bang hinh thuc gio tay: 14/14 dong chi tan thanh"), name: "no tone marks" },
    { doc: withVote("Chi bộ biểu quyết thông qua kết luận bằng hình thức giơ tay: 13 tán thành, 1 không tán thành, 0 ý kiến khác."), name: "every count" },
  ],
  invalid: [
    {
      name: "missing: no vote on the conclusion",
      doc: sampleMinutes(without(minutesBody, VOTE)),
      errors: [{ messageId: "missing", severity: "error" }],
      output: (() => {
        const t = texts(sampleMinutes(without(minutesBody, VOTE)));
        const k = t.findIndex((x) => x.startsWith("Đồng chí chủ trì kết luận"));
        return [...t.slice(0, k + 1), "Biểu quyết bằng hình thức …: …/… đồng chí tán thành, … không tán thành, … ý kiến khác.", ...t.slice(k + 1)];
      })(),
    },
    { name: "a vote with no method", doc: withVote("Biểu quyết: 14/14 đồng chí tán thành."), errors: [{ messageId: "noMethod", severity: "error" }], output: null },
    {
      name: "trap: 'nhất trí' with no count is info",
      doc: withVote("Biểu quyết bằng hình thức giơ tay, các đồng chí nhất trí thông qua kết luận."),
      errors: [{ messageId: "noCount", severity: "info" }],
    },
    {
      name: "'100% đảng viên có mặt tán thành' asks for the counts",
      doc: withVote("Biểu quyết giơ tay: 100% đảng viên có mặt tán thành."),
      errors: [{ messageId: "noCount", severity: "info" }],
    },
    {
      name: "neither method nor count",
      doc: withVote("Chi bộ nhất trí thông qua kết luận với tỷ lệ 100%."),
      errors: [
        { messageId: "noMethod", severity: "error" },
        { messageId: "noCount", severity: "info" },
      ],
    },
    {
      name: "an admission vote is checked too",
      doc: withVote("Biểu quyết giơ tay: 14/14 đồng chí tán thành.", "Chi bộ biểu quyết đề nghị kết nạp quần chúng Nguyễn Văn E: 12 đồng chí đồng ý."),
      errors: [{ messageId: "noMethod" }],
    },
  ],
});
