/**
 * The body of a nghị quyết (format.md §10): the preamble naming the meeting, attendance and chair;
 * last month's results; the tasks; who carries them out and reports back; the vote that adopted it.
 */
import { addMonths, dateWords, monthWords } from "../calendar";
import { countText } from "../counts";
import { bare, body, sentence, type SectionWriter } from "../lines";
import { blankDate, blankMonth } from "./header-sections";
import { reviewLines } from "./content-sections";
import { comrade } from "./person-text";
import { taskLines } from "./task-lines";
import { voteText } from "./vote-text";
import type { FillContext } from "../fill-context";

const MEETING_WORDS = {
  "thuong-ky": "họp thường kỳ",
  "chuyen-de": "sinh hoạt chuyên đề",
  "thuong-ky-chuyen-de": "họp thường kỳ kết hợp sinh hoạt chuyên đề",
  "chi-uy": "họp chi ủy",
} as const;

function preamble(ctx: FillContext): string {
  const b = ctx.blank;
  const date = ctx.date ? dateWords(ctx.date) : blankDate(ctx);
  const meeting = `${MEETING_WORDS[ctx.kind ?? "thuong-ky"]} ${ctx.meetingMonth ? monthWords(ctx.meetingMonth) : blankMonth(ctx)}`;
  const a = ctx.attendance;
  const present = a?.present ? countText(a.present.total) : b;
  const total = a ? countText(a.total) : b;
  const chair = ctx.chair ? `${comrade(ctx, ctx.chair)},` : `đồng chí ${b}, chức vụ ${b},`;
  return `${date[0]!.toUpperCase()}${date.slice(1)}, Chi bộ ${ctx.or(ctx.cellName)} ${meeting}; dự họp ${present}/${total} đảng viên; ${chair} chủ trì.`;
}

function assignment(ctx: FillContext): string {
  const given = ctx.answers?.resolution?.assignment;
  if (given) return sentence(bare(given));
  const next = ctx.planMonth ? monthWords(addMonths(ctx.planMonth, 1)) : blankMonth(ctx);
  const tasks = ctx.answers?.meeting.tasks;
  if (!tasks || tasks.length === 0) return `Phân công tổ chức thực hiện: ${ctx.blank}; báo cáo kết quả tại kỳ sinh hoạt chi bộ ${next}.`;
  return `Các đồng chí, tổ đảng được giao nhiệm vụ tại mục II tổ chức thực hiện, báo cáo kết quả tại kỳ sinh hoạt chi bộ ${next}.`;
}

export const resolutionWriters: Record<string, SectionWriter> = {
  "NQ.PREAMBLE": (ctx) => [body(preamble(ctx))],
  "NQ.REVIEW": reviewLines,
  "NQ.TASKS": taskLines,
  "NQ.ASSIGNMENT": (ctx) => [body(assignment(ctx))],
  "NQ.VOTE_RESULT": (ctx) => {
    const date = ctx.date ? dateWords(ctx.date) : blankDate(ctx);
    const vote = voteText(ctx);
    return [body(sentence(`Nghị quyết được Chi bộ thông qua ${date}; ${vote[0]!.toLowerCase()}${vote.slice(1)}`))];
  },
};
