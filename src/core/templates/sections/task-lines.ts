/**
 * Tasks with owner and time frame (CHK.TASK_SPECIFIC): "1. Rà soát hộ nghèo: giao đồng chí Nguyễn
 * Văn An chủ trì thực hiện, hoàn thành trước ngày 20 tháng 12 năm 2025."
 */
import { dateWords, parseIsoDate } from "../calendar";
import type { FillContext } from "../fill-context";
import { bare, body, capitalize, type Line } from "../lines";
import { ownerText } from "./person-text";

export function deadlineText(deadline: string): string {
  const date = parseIsoDate(deadline);
  return date ? `hoàn thành trước ${dateWords(date)}` : `thời hạn: ${bare(deadline)}`;
}

export function taskLines(ctx: FillContext): Line[] {
  const tasks = ctx.answers?.meeting.tasks;
  if (!tasks || tasks.length === 0) {
    return [body(`1. ${ctx.blank} (nội dung nhiệm vụ): giao đồng chí ${ctx.blank} chủ trì thực hiện, hoàn thành trước ngày ${ctx.blank}`)];
  }
  return tasks.map((t, i) => body(`${i + 1}. ${capitalize(bare(t.text))}: giao ${ownerText(ctx, t.owner)} chủ trì thực hiện, ${deadlineText(t.deadline)}.`));
}
