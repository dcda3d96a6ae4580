/**
 * BB.ABSENT_EXCUSED and BB.ABSENT_UNEXCUSED read alike (process.md §9): a count with the absentees'
 * names (and, when excused, their reasons), or an explicit "không" / "không có" / "0". Full attendance
 * ("Có mặt 18/18", "dự họp đầy đủ") answers both. "Vắng: 02" with no class answers neither.
 */
import type { AbsenceFact } from "../../facts/types";
import type { Report, RuleContext } from "../types";
import { at, missingWithLine } from "./report";

export const absenceMessages = (label: string) => ({
  missing: `Biên bản chưa ghi số đảng viên ${label} (ghi "không có" nếu không ai ${label}).`,
  noCount: `Biên bản ghi "${label}" nhưng chưa ghi số lượng và họ tên.`,
  noNames: `Biên bản ghi {{count}} đồng chí ${label} nhưng chưa ghi họ tên.`,
  unclassified: `Biên bản ghi số đảng viên vắng nhưng chưa phân rõ vắng có lý do hay không có lý do.`,
});

export function checkAbsence(ctx: RuleContext, cls: "excused" | "unexcused", elementId: string, emptyLine: string): Report[] {
  const a = ctx.facts.attendance;
  if (a.full) return [];
  const fact: AbsenceFact | undefined = a[cls];
  if (!fact) {
    const u = a.unclassified;
    if (u && !u.none) return [{ messageId: "unclassified", ...at(ctx, u) }];
    return [missingWithLine(ctx, elementId, emptyLine)];
  }
  if (fact.none || fact.count === 0) return [];
  if (fact.count === undefined && fact.names.length === 0) return [{ messageId: "noCount", ...at(ctx, fact) }];
  if (fact.names.length === 0) return [{ messageId: "noNames", data: { count: fact.count ?? 0 }, ...at(ctx, fact) }];
  if (cls === "excused" && fact.reasons.length === 0) {
    return [{ messageId: "noReason", data: { names: fact.names.join(", ") }, ...at(ctx, fact) }];
  }
  return [];
}
