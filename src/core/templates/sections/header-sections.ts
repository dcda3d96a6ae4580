/** The header block, type title and subject (format.md §2–5). */
import { dateWords, monthWords } from "../calendar";
import type { FillContext } from "../fill-context";
import type { SectionWriter } from "../lines";
import type { TemplateSpec } from "../types";

const upper = (s: string) => s.toUpperCase();

/** The blank date of a place-date line or a meeting time: "ngày … tháng … năm …". */
export const blankDate = (ctx: FillContext) => `ngày ${ctx.blank} tháng ${ctx.blank} năm ${ctx.blank}`;
export const blankMonth = (ctx: FillContext) => `tháng ${ctx.blank} năm ${ctx.blank}`;

const MEETING_KIND_WORDS = { "thuong-ky": "thường kỳ", "chuyen-de": "chuyên đề", "thuong-ky-chuyen-de": "thường kỳ và chuyên đề", "chi-uy": "chi ủy" } as const;

/** Values of the {{variables}} of subjects and headings. */
export function templateVariables(ctx: FillContext): Record<string, string> {
  const month = (m: FillContext["meetingMonth"]) => (m ? monthWords(m) : blankMonth(ctx));
  const kind = ctx.kind ?? (ctx.thematic ? "thuong-ky-chuyen-de" : "thuong-ky");
  return {
    meetingKind: MEETING_KIND_WORDS[kind],
    meetingMonth: month(ctx.meetingMonth),
    planMonth: month(ctx.planMonth),
    reviewMonth: month(ctx.reviewMonth),
    cellName: ctx.or(ctx.cellName),
  };
}

export function fillVariables(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => vars[key] ?? whole);
}

export function headerWriters(spec: TemplateSpec): Record<string, SectionWriter> {
  return {
    "HDR.UPPER_ORG": (ctx) => [{ text: upper(ctx.answers?.cell.upperCommittee ?? `Đảng bộ ${ctx.blank}`), style: "upper-org" }],
    "HDR.ISSUER": (ctx) => {
      const issuer = spec.issuer === "chi-uy" ? "CHI ỦY CHI BỘ" : "CHI BỘ";
      return [{ text: `${issuer} ${upper(ctx.or(ctx.cellName))}`, style: "issuer" }];
    },
    "HDR.STAR": () => [{ text: "*", style: "star" }],
    "HDR.NUMBER": (ctx) => {
      const n = ctx.answers?.cell.numbers?.[spec.typeCode];
      const number = n === undefined ? ctx.blank : String(n).padStart(2, "0");
      return [{ text: `Số ${number}-${spec.typeCode}/${ctx.settings.orgCode}`, style: "number" }];
    },
    "HDR.PARTY_TITLE": () => [{ text: "ĐẢNG CỘNG SẢN VIỆT NAM", style: "party-title" }],
    "HDR.PLACE_DATE": (ctx) => [
      { text: `${ctx.or(ctx.answers?.cell.placeName)}, ${ctx.documentDate ? dateWords(ctx.documentDate) : blankDate(ctx)}`, style: "place-date" },
    ],
    "HDR.TYPE_TITLE": () => [{ text: spec.title, style: "type-title" }],
    // The trích yếu starts lower-case ("về …", "sinh hoạt …", format.md §5): the specs write it so.
    "HDR.SUBJECT": (ctx) => [{ text: fillVariables(spec.subject, templateVariables(ctx)), style: "subject" }],
  };
}
