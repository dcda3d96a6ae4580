/** Time, place, chair, secretary, purpose and guests (elements.md §2, process.md §3 steps 0, O1, O2). */
import { dateWords } from "../calendar";
import { clockWords } from "../clock";
import type { FillContext } from "../fill-context";
import { bare, body, sentence, type SectionWriter } from "../lines";
import { blankDate } from "./header-sections";
import { comrade } from "./person-text";

const blankClock = (ctx: FillContext) => `${ctx.blank} giờ ${ctx.blank} phút`;

export const openingWriters: Record<string, SectionWriter> = {
  "BB.START_TIME": (ctx) => [
    body(`Thời gian: ${ctx.start ? clockWords(ctx.start) : blankClock(ctx)}, ${ctx.date ? dateWords(ctx.date) : blankDate(ctx)}.`),
  ],
  "BB.PLACE": (ctx) => {
    const place = ctx.answers?.meeting.place ?? ctx.answers?.cell.usualPlace;
    return [body(place ? `Địa điểm: ${sentence(place)}` : `Địa điểm: ${ctx.blank}`)];
  },
  "BB.CHAIR": (ctx) => [body(sentence(`Chủ trì: ${comrade(ctx, ctx.chair)}`))],
  "BB.SECRETARY": (ctx) => [body(sentence(`Thư ký: ${comrade(ctx, ctx.secretary, ctx.secretary?.position !== undefined)}`))],
  "BB.PURPOSE": (ctx) => {
    const guests = ctx.answers?.meeting.guests;
    const introduce = guests === undefined || guests.length > 0 ? ", giới thiệu đại biểu" : "";
    return [body(`Đồng chí ${ctx.chair ? bare(ctx.chair.name) : ctx.blank} tuyên bố lý do${introduce}.`)];
  },
  "BB.GUESTS": (ctx) => {
    const guests = ctx.answers?.meeting.guests;
    if (guests?.length === 0) return null;
    const list = guests ? guests.map((g) => comrade(ctx, g)).join("; ") : comrade(ctx, undefined);
    return [body(sentence(`Đại biểu dự: ${list}`))];
  },
};
