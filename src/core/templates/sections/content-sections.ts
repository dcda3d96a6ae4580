/**
 * The content of a regular meeting (process.md §3 steps O5, O4, C1–C3): agenda, dues, news and
 * ideology, last month's review, next month's tasks, discussion, self-criticism. What members said
 * is written only from the answers; the placeholders say what belongs there.
 */
import type { Opinion } from "../answers";
import type { FillContext } from "../fill-context";
import { bare, body, paragraphsOf, sentence, type Line, type SectionWriter } from "../lines";
import { blankMonth } from "./header-sections";
import { monthWords } from "../calendar";
import { taskLines } from "./task-lines";

/** "Label: text" from free text (first paragraph after the label, the rest as their own lines). */
export function labelled(ctx: FillContext, label: string, text: string | undefined): Line[] {
  if (text === undefined) return [body(`${label}: ${ctx.blank}`)];
  const [first = "", ...rest] = paragraphsOf(text);
  return [body(sentence(`${label}: ${first}`)), ...rest.map((r) => body(sentence(r)))];
}

/** "Đồng chí X: opinion." per speaker, or one placeholder line. */
export function opinionLines(ctx: FillContext, list: readonly Opinion[] | undefined): Line[] {
  if (!list || list.length === 0) return [body(`Đồng chí ${ctx.blank}: ${ctx.blank}`)];
  return list.map((o) => body(sentence(`Đồng chí ${bare(o.speaker)}: ${o.opinion}`)));
}

/** The review of last month: achieved, shortcomings, causes (BB.REVIEW, NQ.REVIEW). */
export function reviewLines(ctx: FillContext): Line[] {
  const r = ctx.answers?.content?.review;
  return [
    ...labelled(ctx, "Kết quả đạt được", r?.achieved),
    ...labelled(ctx, "Hạn chế", r?.shortcomings),
    ...labelled(ctx, "Nguyên nhân", r?.causes),
  ];
}

export const contentWriters: Record<string, SectionWriter> = {
  "BB.AGENDA_ADOPTED": (ctx) => [
    body(ctx.answers?.content?.agendaAdopted === true
      ? "Chi bộ thống nhất thông qua nội dung, chương trình sinh hoạt."
      : `Chi bộ thông qua nội dung, chương trình sinh hoạt: ${ctx.blank} (ghi ý kiến của chi bộ)`),
  ],
  "BB.DUES": (ctx) => {
    const dues = ctx.answers?.content?.dues;
    const month = ctx.meetingMonth ? monthWords(ctx.meetingMonth) : blankMonth(ctx);
    return [body(dues ? `Thu nộp đảng phí ${month}: ${dues.paid}/${dues.outOf} đồng chí đã nộp.` : `Thu nộp đảng phí ${month}: ${ctx.blank}/${ctx.blank} đồng chí đã nộp`)];
  },
  "BB.NEWS": (ctx) => {
    const news = ctx.answers?.content?.news;
    if (news !== undefined) return paragraphsOf(news).map((l) => body(sentence(l)));
    return [
      body(`Thông tin thời sự trong nước, quốc tế, địa phương: ${ctx.blank}`),
      body(`Quán triệt Nghị quyết, Chỉ thị, Kế hoạch số ${ctx.blank} ngày ${ctx.blank} của ${ctx.blank}; nội dung chính: ${ctx.blank}`),
    ];
  },
  "BB.IDEOLOGY": (ctx) => labelled(ctx, "Tình hình tư tưởng đảng viên và quần chúng", ctx.answers?.content?.ideology),
  "BB.REVIEW": reviewLines,
  "BB.NEXT_TASKS": taskLines,
  "BB.DISCUSSION": (ctx) => [body("Ý kiến thảo luận:"), ...opinionLines(ctx, ctx.answers?.content?.discussion)],
  "BB.SELF_CRITICISM": (ctx) => labelled(ctx, "Tự phê bình và phê bình", ctx.answers?.content?.selfCriticism),
};

