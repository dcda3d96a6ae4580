/**
 * The chair and the secretary are checked alike: the role is written with a full name. A title with
 * no name ("Chủ trì: Bí thư chi bộ") or an unfilled label is its own finding, without a fix (the
 * label is there; only the name is missing).
 */
import type { PersonFact } from "../../facts/types";
import type { Report, RuleContext } from "../types";
import { at, hasWords, missingWithLine } from "./report";

export function checkRole(ctx: RuleContext, person: PersonFact | undefined, elementId: string, emptyLine: string): Report[] {
  if (!person) return [missingWithLine(ctx, elementId, emptyLine)];
  if (person.name) return [];
  if (hasWords(person.position)) return [{ messageId: "titleOnly", data: { position: person.position! }, ...at(ctx, person) }];
  return [{ messageId: "noName", ...at(ctx, person) }];
}
