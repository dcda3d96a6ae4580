import rule from "../../../../src/core/rules/presence/reserved-opinion";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, sampleMinutes, sampleThematic } from "../../../helpers/samples";

const withLines = (...lines: string[]) => sampleMinutes([...minutesBody.slice(0, 31), ...lines, ...minutesBody.slice(31)]);
const at = 8 + 31;

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    withLines("Không có ý kiến bảo lưu."),
    withLines("Ý kiến bảo lưu: không."),
    withLines("Không có đồng chí nào bảo lưu ý kiến."),
    withLines("Đồng chí Trần Văn Hải bảo lưu ý kiến về thời hạn; ý kiến được ghi vào biên bản để báo cáo cấp trên."),
    withLines("Đ/c Hải xin bảo lưu ý kiến.", "Chi bộ ghi nhận, báo cáo Đảng ủy xã."),
    withLines("Dong chi Vo Van Khoa bao luu y kien, chi bo ghi nhan de bao cao len cap tren."),
    { doc: withLines("Ý kiến bảo lưu (nếu có): đồng chí … bảo lưu ý kiến: …"), name: "a template line still blank (the placeholder check reports it)" },
  ],
  invalid: [
    { doc: withLines("Có 01 đồng chí bảo lưu ý kiến."), errors: [{ messageId: "noWho", severity: "warning", paragraph: at }, { messageId: "notRecorded", paragraph: at }] },
    { doc: withLines("Đồng chí Võ Văn Khoa bảo lưu ý kiến về chỉ tiêu."), errors: [{ messageId: "notRecorded", paragraph: at }] },
    { doc: withLines("Một đồng chí bảo lưu ý kiến, chi bộ ghi nhận để báo cáo cấp trên."), errors: [{ messageId: "noWho" }] },
    { doc: withLines("Đồng chí Bí thư đề nghị đồng chí bảo lưu ý kiến được ghi nhận."), name: "a title is not a name", errors: [{ messageId: "noWho" }] },
  ],
});
