/**
 * The closing of a meeting (process.md §3 steps C4, K2–K6): commendation, the chair's conclusion,
 * the vote, reserved opinions, the meeting's grade, adoption of the minutes, the end time.
 */
import { clockWords } from "../clock";
import { bare, body, sentence, type SectionWriter } from "../lines";
import { labelled } from "./content-sections";
import { voteText } from "./vote-text";

export const closingWriters: Record<string, SectionWriter> = {
  "BB.COMMEND": (ctx) => {
    const c = ctx.answers?.content?.commend;
    if (!c) return [body(`Biểu dương: ${ctx.blank}; nhắc nhở: ${ctx.blank} (ghi "không có" nếu không có)`)];
    return [body(`Biểu dương: ${c.commended ? bare(c.commended) : "không có"}; nhắc nhở: ${c.reminded ? bare(c.reminded) : "không có"}.`)];
  },
  "BB.CONCLUSION": (ctx) => labelled(ctx, "Đồng chí chủ trì kết luận", ctx.answers?.content?.conclusion),
  "BB.VOTE": (ctx) => [body(sentence(voteText(ctx)))],
  "BB.RESERVED_OPINION": (ctx) => {
    const list = ctx.answers?.content?.reservedOpinions;
    if (list?.length === 0) return null;
    if (!list) return [body(`Ý kiến bảo lưu (nếu có): đồng chí ${ctx.blank} bảo lưu ý kiến: ${ctx.blank}; ý kiến được ghi vào biên bản và báo cáo cấp ủy cấp trên.`)];
    return list.map((o) => body(`Đồng chí ${bare(o.speaker)} bảo lưu ý kiến: ${bare(o.opinion)}; ý kiến được ghi vào biên bản và báo cáo cấp ủy cấp trên.`));
  },
  "BB.QUALITY_GRADE": (ctx) => {
    const g = ctx.answers?.content?.grade;
    if (!g) return [body(`Chi bộ tự đánh giá chất lượng buổi sinh hoạt: ${ctx.blank} điểm, xếp loại ${ctx.blank}; hạn chế: ${ctx.blank}`)];
    const points = g.points === undefined ? "" : `${g.points} điểm, `;
    const shortcomings = g.shortcomings ? `; hạn chế: ${bare(g.shortcomings)}` : "";
    return [body(`Chi bộ tự đánh giá chất lượng buổi sinh hoạt: ${points}xếp loại ${g.grade}${shortcomings}.`)];
  },
  "BB.MINUTES_ADOPTED": (ctx) => [
    body(ctx.answers?.content?.minutesAdopted === true
      ? "Biên bản đã được đọc lại và thông qua trước chi bộ; các đồng chí dự họp nhất trí."
      : `Biên bản đã được đọc lại và thông qua trước chi bộ; ý kiến của các đồng chí dự họp: ${ctx.blank}`),
  ],
  "BB.END_TIME": (ctx) => [body(`Cuộc họp kết thúc vào lúc ${ctx.end ? clockWords(ctx.end) : `${ctx.blank} giờ ${ctx.blank} phút`} cùng ngày.`)],
};
