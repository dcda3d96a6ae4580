/**
 * HDR.SUBJECT (G-HD36): the line under the type title. A biên bản names the meeting ("sinh hoạt chi bộ
 * thường kỳ tháng 11 năm 2025", "họp chi ủy …"); a nghị quyết gives its subject, lower-case "về …"
 * (a capital "Về" is the state habit, format.md §5: info).
 */
import { isMinutes } from "../../catalog/document-types";
import { fold } from "../../text/normalize";
import { replaceFix } from "../../locate/text-fix";
import { defineRule } from "../types";
import { at } from "./header-report";

const MEETING = /(sinh hoat|hop|hoi nghi|ky hop|phien hop|cuoc hop)(?![a-z])/;

export default defineRule({
  meta: {
    id: "bienban/require-subject",
    elementId: "HDR.SUBJECT",
    description: "Dưới tên loại có trích yếu: biên bản ghi kỳ sinh hoạt, cuộc họp; nghị quyết ghi \"về …\".",
    guidance: ["G-HD36"],
    fixable: true,
    messages: {
      missing: "Dưới tên loại văn bản chưa có trích yếu (ví dụ \"{{example}}\").",
      noMeeting: "Trích yếu \"{{text}}\" chưa cho biết kỳ sinh hoạt, cuộc họp nào (ví dụ \"sinh hoạt chi bộ thường kỳ tháng 11 năm 2025\").",
      capitalVe: "Trích yếu nghị quyết của Đảng viết thường \"về …\"; \"Về\" viết hoa là cách của văn bản nhà nước.",
    },
  },
  check(ctx) {
    const s = ctx.facts.header.subject;
    const minutes = isMinutes(ctx.type);
    if (!s) {
      const example = minutes ? "sinh hoạt chi bộ thường kỳ tháng 11 năm 2025" : "về lãnh đạo thực hiện nhiệm vụ tháng 11 năm 2025";
      return [{ messageId: "missing", data: { example }, ...at(ctx, ctx.facts.header.typeTitle) }];
    }
    if (minutes) {
      // "BIÊN BẢN HỌP CHI ỦY" carries the meeting in the title itself.
      const title = ctx.facts.header.typeTitle?.text ?? "";
      if (MEETING.test(fold(`${title} ${s.text}`))) return [];
      return [{ messageId: "noMeeting", data: { text: s.text }, severity: "warning", ...at(ctx, s) }];
    }
    if (/^Về\s/u.test(s.text)) {
      const fix = replaceFix(ctx.doc, s.paragraph, s.start, s.start + 1, "v");
      return [{ messageId: "capitalVe", severity: "info", ...at(ctx, { paragraph: s.paragraph, start: s.start, end: s.start + 2 }), ...(fix ? { fix } : {}) }];
    }
    return [];
  },
});
