/** How people are written in the body: "đồng chí Nguyễn Văn An, Bí thư Chi bộ". */
import type { Person } from "../answers";
import type { FillContext } from "../fill-context";
import { nameKey } from "../normalize-answers";

/** "đồng chí X, position" or the placeholder with what to write. */
export function comrade(ctx: FillContext, p: Person | undefined, withPosition = true): string {
  if (!p) return withPosition ? `đồng chí ${ctx.blank}, chức vụ ${ctx.blank}` : `đồng chí ${ctx.blank}`;
  return withPosition && p.position ? `đồng chí ${p.name}, ${p.position}` : `đồng chí ${p.name}`;
}

/** A task owner: a member is "đồng chí X"; a body ("Tổ đảng số 2", "Chi ủy") stays as written. */
export function ownerText(ctx: FillContext, owner: string): string {
  const key = nameKey(owner);
  const known = [...(ctx.answers?.cell.members ?? []), ...(ctx.answers?.meeting.guests ?? [])].some((m) => nameKey(m.name) === key);
  return known ? `đồng chí ${owner}` : owner;
}
