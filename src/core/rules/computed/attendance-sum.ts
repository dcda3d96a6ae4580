/**
 * CHK.ATTENDANCE_SUM (process.md §6): the attendance lines must add up. Present + absent (+ exempted
 * absent, away, suspended) = T, present ≤ T, the splits into official / probationary add up, the y of
 * "có mặt x/y" is the register (or the register less its exclusions), each absence line names as
 * many people as it counts, and a written percentage matches the counts.
 */
import { attendanceSum } from "../../arithmetic/attendance-sum";
import { exemptSplit, officialCount, presentCount, probationaryCount, registerTotal } from "../../arithmetic/member-counts";
import { formatPercent } from "../../arithmetic/percent";
import type { AbsenceFact, AttendanceFacts } from "../../facts/types";
import { defineRule, type Report, type RuleContext } from "../types";
import { spanLocation } from "./lib/location";

export default defineRule({
  meta: {
    id: "bienban/attendance-sum",
    elementId: "CHK.ATTENDANCE_SUM",
    description: "Số có mặt, vắng có lý do, vắng không lý do (và miễn sinh hoạt, sinh hoạt tạm thời nơi khác) cộng lại bằng tổng số đảng viên.",
    guidance: ["G-HD12", "G-QD24"],
    fixable: false,
    messages: {
      presentAboveTotal: "Số có mặt ({{present}}) nhiều hơn tổng số đảng viên ({{total}}).",
      sumMismatch: "Số có mặt ({{present}}) cộng số vắng ({{absent}}) được {{sum}}, không khớp tổng số đảng viên ({{total}}).",
      sumMismatchExcluded:
        "Số có mặt ({{present}}), số vắng ({{absent}}) và số miễn sinh hoạt, sinh hoạt tạm thời nơi khác, đình chỉ ({{excluded}}) cộng lại không khớp tổng số đảng viên ({{total}}).",
      sumAboveTotal: "Số có mặt ({{present}}) cộng số vắng đã ghi ({{absent}}) nhiều hơn tổng số đảng viên ({{total}}).",
      registerSplit: "Tổng số đảng viên ghi {{total}}, nhưng chính thức {{official}} cộng dự bị {{probationary}} được {{sum}}.",
      presentSplit: "Số có mặt ghi {{present}}, nhưng chính thức {{official}} cộng dự bị {{probationary}} được {{sum}}.",
      presentOfficialAbove: "Số đảng viên chính thức có mặt ({{present}}) nhiều hơn số đảng viên chính thức của chi bộ ({{official}}).",
      presentProbationaryAbove: "Số đảng viên dự bị có mặt ({{present}}) nhiều hơn số đảng viên dự bị của chi bộ ({{probationary}}).",
      outOfMismatch: "Số có mặt ghi “{{present}}/{{outOf}}”, nhưng tổng số đảng viên là {{total}}.",
      namesMismatch: "Dòng {{line}} ghi {{count}} đồng chí nhưng nêu tên {{names}} đồng chí.",
      percentMismatch: "Tỷ lệ dự họp ghi {{written}}%, nhưng {{present}}/{{base}} là {{computed}}.",
    },
  },
  check(ctx) {
    const att = ctx.facts.attendance;
    // outOf and percent weigh the same bases: worked out once.
    const t = registerTotal(att);
    const bases = t !== undefined ? plausibleBases(att, t) : undefined;
    return [...splits(ctx, att), ...sum(ctx, att), ...outOf(ctx, att, t, bases), ...percent(ctx, att, t, bases), ...names(ctx, att)];
  },
});

function splits(ctx: RuleContext, att: AttendanceFacts): Report[] {
  const reports: Report[] = [];
  const { total, official, probationary, present, presentOfficial: po, presentProbationary: pp } = att;
  if (total !== undefined && official !== undefined && probationary !== undefined && official + probationary !== total) {
    reports.push({ messageId: "registerSplit", data: { total, official, probationary, sum: official + probationary }, location: spanLocation(ctx.doc, att.spans.membership) });
  }
  const presentLoc = spanLocation(ctx.doc, att.spans.present);
  if (present !== undefined && po !== undefined && pp !== undefined && po + pp !== present) {
    reports.push({ messageId: "presentSplit", data: { present, official: po, probationary: pp, sum: po + pp }, location: presentLoc });
  }
  const c = officialCount(att);
  if (po !== undefined && c !== undefined && po > c) reports.push({ messageId: "presentOfficialAbove", data: { present: po, official: c }, location: presentLoc });
  const d = probationaryCount(att);
  if (pp !== undefined && d !== undefined && pp > d) reports.push({ messageId: "presentProbationaryAbove", data: { present: pp, probationary: d }, location: presentLoc });
  return reports;
}

function sum(ctx: RuleContext, att: AttendanceFacts): Report[] {
  const s = attendanceSum(att);
  if (!s) return [];
  const location = spanLocation(ctx.doc, att.spans.present);
  if (s.present > s.total) return [{ messageId: "presentAboveTotal", data: { present: s.present, total: s.total }, location }];
  if (s.consistent) return [];
  if (!s.complete) return [{ messageId: "sumAboveTotal", data: { present: s.present, absent: s.absent, total: s.total }, location }];
  if (s.excluded > 0) return [{ messageId: "sumMismatchExcluded", data: { present: s.present, absent: s.absent, excluded: s.excluded, total: s.total }, location }];
  return [{ messageId: "sumMismatch", data: { present: s.present, absent: s.absent, sum: s.present + s.absent, total: s.total }, location }];
}

/** Every base a "có mặt x/y" may fairly use: T or C, less any of the exclusions. */
function plausibleBases(att: AttendanceFacts, t: number): number[] {
  const exempt = exemptSplit(att);
  const exemptions = [0, exempt.absent, exempt.absent + exempt.present];
  const others = [0, att.away ?? 0, att.suspended ?? 0, (att.away ?? 0) + (att.suspended ?? 0)];
  const tops = [t, officialCount(att)].filter((v): v is number => v !== undefined);
  return tops.flatMap((top) => exemptions.flatMap((e) => others.map((o) => top - e - o)));
}

/** `bases` is plausibleBases(att, t) when t (registerTotal) is known. */
function outOf(ctx: RuleContext, att: AttendanceFacts, t: number | undefined, bases: readonly number[] | undefined): Report[] {
  const present = presentCount(att);
  const y = att.presentOutOf;
  if (t === undefined || bases === undefined || present === undefined || y === undefined || bases.includes(y)) return [];
  return [{ messageId: "outOfMismatch", data: { present, outOf: y, total: t }, location: spanLocation(ctx.doc, att.spans.present) }];
}

function percent(ctx: RuleContext, att: AttendanceFacts, t: number | undefined, plausible: readonly number[] | undefined): Report[] {
  const written = att.presentPercent;
  const present = presentCount(att);
  if (written === undefined || present === undefined) return [];
  const bases = [att.presentOutOf, ...(t !== undefined && plausible ? plausible : [])].filter((v): v is number => v !== undefined && v > 0);
  if (bases.length === 0) return [];
  const numerators = [present, present - exemptSplit(att).present];
  // Minutes round freely ("88,9%", "89%"): anything within one point of a plausible ratio passes.
  const matches = bases.some((b) => numerators.some((n) => Math.abs(100 * n - written * b) < b));
  if (matches) return [];
  const base = bases[0]!;
  return [
    {
      messageId: "percentMismatch",
      data: { written: String(written).replace(".", ","), present, base, computed: formatPercent(present, base) },
      location: spanLocation(ctx.doc, att.spans.present),
    },
  ];
}

function names(ctx: RuleContext, att: AttendanceFacts): Report[] {
  const lines: [AbsenceFact | undefined, string][] = [
    [att.excused, "vắng có lý do"],
    [att.unexcused, "vắng không lý do"],
    [att.unclassified, "vắng mặt"],
  ];
  return lines.flatMap(([a, line]) => {
    if (!a || a.count === undefined || a.names.length === 0 || a.names.length === a.count) return [];
    return [{ messageId: "namesMismatch", data: { line, count: a.count, names: a.names.length }, location: spanLocation(ctx.doc, a) }];
  });
}
