/**
 * Membership, presence and absences (process.md §6, §9). The counts come from attendance.ts, so
 * present + absent + exempt members absent = total on every draft; for a chi ủy meeting the group is
 * the chi ủy and one line says "Có mặt: 03/03 đồng chí chi ủy viên".
 */
import type { Absentee, PresentCounts } from "../attendance";
import { countText } from "../counts";
import type { FillContext } from "../fill-context";
import { bare, body, type Line, type SectionWriter } from "../lines";

function absenceLine(ctx: FillContext, label: string, list: readonly Absentee[], withReason: boolean): string {
  if (list.length === 0) return `${label}: không.`;
  const who = list.map((a) => (withReason ? `${a.name}, ${a.reason ? bare(a.reason) : ctx.blank}` : a.name)).join(withReason ? "; " : ", ");
  return `${label}: ${countText(list.length)} đồng chí (${who}).`;
}

function committeePresent(ctx: FillContext, p: PresentCounts | undefined): Line[] {
  const total = ctx.attendance?.total;
  if (!p) return [body(`Có mặt: ${ctx.blank}/${total === undefined ? ctx.blank : countText(total)} đồng chí chi ủy viên; vắng: ${ctx.blank} (ghi họ tên, lý do).`)];
  const lines = [body(`Có mặt: ${countText(p.total)}/${countText(total ?? p.total)} đồng chí chi ủy viên.`)];
  if (p.excused.length > 0) lines.push(body(absenceLine(ctx, "Vắng có lý do", p.excused, true)));
  if (p.unexcused.length > 0) lines.push(body(absenceLine(ctx, "Vắng không lý do", p.unexcused, false)));
  return lines;
}

export const attendanceWriters: Record<string, SectionWriter> = {
  "BB.MEMBERSHIP": (ctx) => {
    const a = ctx.attendance;
    if (!a) return [body(`Tổng số đảng viên: ${ctx.blank} đồng chí (chính thức ${ctx.blank}, dự bị ${ctx.blank}).`)];
    const lines = [body(`Tổng số đảng viên: ${countText(a.total)} đồng chí (chính thức ${countText(a.official)}, dự bị ${countText(a.probationary)}).`)];
    if (a.exempt > 0) {
      const p = a.present;
      const parts = p ? [p.exemptPresent > 0 ? `${countText(p.exemptPresent)} có mặt` : "", p.exemptAbsent > 0 ? `${countText(p.exemptAbsent)} vắng` : ""].filter(Boolean) : [];
      lines.push(body(`Miễn sinh hoạt: ${countText(a.exempt)} đồng chí${parts.length ? ` (${parts.join(", ")})` : ""}.`));
    }
    return lines;
  },
  "BB.PRESENT": (ctx) => {
    const p = ctx.attendance?.present;
    if (ctx.kind === "chi-uy" || ctx.type === "bien-ban-chi-uy") return committeePresent(ctx, p);
    if (!p) return [body(`Có mặt: ${ctx.blank} đồng chí (chính thức ${ctx.blank}, dự bị ${ctx.blank}).`)];
    return [body(`Có mặt: ${countText(p.total)} đồng chí (chính thức ${countText(p.official)}, dự bị ${countText(p.probationary)}).`)];
  },
  "BB.ABSENT_EXCUSED": (ctx) => {
    const p = ctx.attendance?.present;
    return [body(p ? absenceLine(ctx, "Vắng có lý do", p.excused, true) : `Vắng có lý do: ${ctx.blank} đồng chí (họ tên, lý do: ${ctx.blank}).`)];
  },
  "BB.ABSENT_UNEXCUSED": (ctx) => {
    const p = ctx.attendance?.present;
    return [body(p ? absenceLine(ctx, "Vắng không lý do", p.unexcused, false) : `Vắng không lý do: ${ctx.blank} đồng chí (họ tên: ${ctx.blank}).`)];
  },
};
