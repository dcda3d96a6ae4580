/**
 * CHK.NUMBER_FORMAT (G-HD36 §1.3.1; format.md §3): "Số 05-NQ/CB". The line is recognised leniently
 * (colon, any digit count, hyphen or en dash, any codes), then each deviation is its own finding: a
 * colon after "Số" (safe fix), a number below 10 without its zero (safe fix), a type code that does not
 * match the title, another organisation code (severity from the profile), the state order "05/NQ-CB"
 * (an error).
 */
import { isMinutes } from "../../catalog/document-types";
import { replaceFix } from "../../locate/text-fix";
import { defineRule, type Report } from "../types";
import { at } from "./header-report";

const PARTY = /^(Số|So)(\s*:\s*|\s*)([\d…. _xX]*?)\s*[-–]\s*(\p{L}+)\s*\/\s*([\p{L}&.]+)\s*$/du;
const STATE = /^(Số|So)(\s*:?\s*)(\d+)\s*\/\s*(\p{L}+)\s*[-–]\s*(\S+)$/du;

const CODES = { "NGHỊ QUYẾT": "NQ", "BIÊN BẢN": "BB" } as const;

export default defineRule({
  meta: {
    id: "bienban/number-format",
    elementId: "CHK.NUMBER_FORMAT",
    description: "Số và ký hiệu viết \"Số 05-NQ/CB\": không có dấu hai chấm, số có hai chữ số, ký hiệu khớp tên loại và mã chi bộ.",
    guidance: ["G-HD36"],
    fixable: true,
    messages: {
      colon: "Văn bản ghi \"{{text}}\": văn bản của Đảng không đặt dấu hai chấm sau chữ \"Số\" (\"Số:\" là cách viết của văn bản nhà nước).",
      leadingZero: "Số văn bản dưới 10 cần có số 0 phía trước: \"{{expected}}\".",
      typeCode: "Ký hiệu \"{{code}}\" không khớp với tên loại \"{{title}}\" (cần \"{{expected}}\").",
      orgCode: "Mã chi bộ sau dấu gạch chéo là \"{{code}}\", khác với mã quy định \"{{expected}}\".",
      stateOrder: "Số và ký hiệu \"{{text}}\" viết theo thứ tự của văn bản nhà nước; văn bản của Đảng viết \"{{expected}}\".",
      unrecognized: "Số và ký hiệu \"{{text}}\" chưa đúng dạng \"Số 05-NQ/CB\" (số, gạch nối, ký hiệu loại, gạch chéo, mã chi bộ).",
    },
  },
  check(ctx) {
    const n = ctx.facts.header.number;
    if (!n) return [];
    const reports: Report[] = [];
    const where = at(ctx, n);
    const party = PARTY.exec(n.text);
    const state = party ? null : STATE.exec(n.text);
    const m = party ?? state;
    if (!m || !m.indices) return [{ messageId: "unrecognized", data: { text: n.text }, ...where }];
    const [, , sep, num, typeCode, org] = m;
    const offset = (k: number) => n.start + (m.indices?.[k]?.[0] ?? 0);
    const number = (num ?? "").trim();

    if (sep?.includes(":")) {
      const fix = replaceFix(ctx.doc, n.paragraph, offset(2), offset(2) + sep.length, " ");
      reports.push({ messageId: "colon", data: { text: n.text }, ...where, ...(fix ? { fix } : {}) });
    }
    if (/^\d$/.test(number)) {
      // The digit itself is replaced ("5" → "05"), not an empty range before it: a fix always names
      // the text it changes, so one applied to a paragraph that has moved or changed is refused.
      const digit = offset(3) + (num ?? "").indexOf(number);
      const fix = replaceFix(ctx.doc, n.paragraph, digit, digit + 1, `0${number}`);
      reports.push({ messageId: "leadingZero", data: { expected: `0${number}` }, ...where, ...(fix ? { fix } : {}) });
    }
    if (state) {
      const expected = `Số ${number.padStart(2, "0")}-${typeCode}/${org}`;
      reports.push({ messageId: "stateOrder", data: { text: n.text, expected }, severity: "error", ...where });
      return reports;
    }
    const title = ctx.facts.header.typeTitle;
    const kind = title && title.kind !== "OTHER" ? title.kind : isMinutes(ctx.type) ? "BIÊN BẢN" : "NGHỊ QUYẾT";
    const expectedCode = CODES[kind];
    if ((typeCode ?? "").toUpperCase() !== expectedCode) {
      reports.push({ messageId: "typeCode", data: { code: typeCode ?? "", title: title?.text ?? kind, expected: expectedCode }, ...where });
    }
    const orgCode = ctx.profile.settings.orgCode;
    if ((org ?? "").toUpperCase() !== orgCode.toUpperCase()) {
      reports.push({ messageId: "orgCode", data: { code: org ?? "", expected: orgCode }, severity: ctx.profile.settings.orgCodeSeverity, ...where });
    }
    return reports;
  },
});
