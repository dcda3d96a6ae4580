import rule from "../../../../src/core/rules/meeting/require-discussion";
import { ruleTester } from "../../../helpers/rule-tester";
import type { Item } from "../../../helpers/make-doc";
import { minutesBody, replacing, sampleMinutes, sampleThematic } from "../../../helpers/samples";

const SPEAKER = /^Đồng chí (Lê|Phạm|Trần|Võ|Đặng|Hoàng)/;
const SELF_CRITICISM = /^Tự phê bình/;
/** The sample with its discussion replaced by `lines`. */
const withDiscussion = (...lines: string[]) => {
  const body: Item[] = replacing(minutesBody, SELF_CRITICISM, "Tự phê bình và phê bình: các đảng viên tự liên hệ.").filter((i) => typeof i !== "string" || !SPEAKER.test(i));
  const k = body.indexOf("Ý kiến thảo luận:");
  return sampleMinutes([...body.slice(0, k + 1), ...lines, ...body.slice(k + 1)]);
};

ruleTester.run(rule, {
  type: "bien-ban-thuong-ky",
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: withDiscussion("Đ/c Lê Thị Bình phát biểu: đề nghị bổ sung chỉ tiêu."), name: "Đ/c … phát biểu" },
    { doc: withDiscussion("- đồng chí Trần Văn Hải đề nghị chi bộ quan tâm hộ cận nghèo."), name: "list line, lower-case" },
    { doc: withDiscussion("Các ý kiến tham gia: đồng chí Võ Văn Khoa đề xuất …; đồng chí Đặng Thị Lan nhất trí."), name: "several in one line" },
    { doc: withDiscussion("+ Ý kiến của đồng chí Võ Văn Khoa: đề xuất thời hạn sớm hơn."), name: "Ý kiến của đồng chí" },
    { doc: withDiscussion("- Nguyễn Thị Hạnh: đề nghị tăng cường tuyên truyền."), name: "bare name in a list" },
    { doc: withDiscussion("ĐỒNG CHÍ ĐẶNG THỊ LAN PHÁT BIỂU Ý KIẾN."), name: "capitals" },
  ],
  invalid: [
    {
      name: "trap: 'Các đồng chí nhất trí cao', nobody named",
      doc: withDiscussion("Các đồng chí nhất trí cao với dự thảo."),
      errors: [{ messageId: "missing", severity: "error" }],
    },
    {
      name: "only the chair's opening and conclusion",
      doc: withDiscussion("Đồng chí chủ trì tổng hợp ý kiến."),
      errors: [{ messageId: "missing" }],
      output: (() => {
        const d = withDiscussion("Đồng chí chủ trì tổng hợp ý kiến.");
        const texts = d.paragraphs.map((p) => p.text);
        // Inserted in the catalog's meeting order: after the nearest earlier element found (BB.COMMEND).
        const k = texts.findIndex((t) => t.startsWith("Biểu dương"));
        return [...texts.slice(0, k + 1), "Ý kiến thảo luận: đồng chí …: …", ...texts.slice(k + 1)];
      })(),
    },
  ],
});
