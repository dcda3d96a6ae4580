/** The thematic part (process.md §4): topic, presenter, members relating it, the chair's conclusion. */
import { bare, body, type SectionWriter } from "../lines";
import { labelled } from "./content-sections";

export const thematicWriters: Record<string, SectionWriter> = {
  "CD.TOPIC": (ctx) => labelled(ctx, "Chuyên đề", ctx.answers?.meeting.thematic?.topic),
  "CD.PRESENTER": (ctx) => {
    const presenter = ctx.answers?.meeting.thematic?.presenter;
    return [body(`Đồng chí ${presenter ? bare(presenter) : ctx.blank} trình bày dự thảo chuyên đề.`)];
  },
  "CD.RELATION": (ctx) => labelled(ctx, "Liên hệ, thảo luận chuyên đề", ctx.answers?.meeting.thematic?.relation),
  "CD.CONCLUSION": (ctx) => labelled(ctx, "Kết luận chuyên đề", ctx.answers?.meeting.thematic?.conclusion),
};
