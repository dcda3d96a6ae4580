/**
 * The data shape of a presence rule (after Vale's "existence" rules): an element, the phrasings that
 * show it, where to look, and the labelled line to insert when it is missing. The tables are pure
 * data so the element locator can read them too.
 */
import type { GuidanceId } from "../../guidance/catalog";
import type { Span } from "../../facts/types";
import type { Report, RuleContext } from "../types";

/**
 * Where to look: "body" from the end of the header; "opening" the first paragraphs of the body;
 * "tail" the last paragraphs (signatures, recipients); "all" the whole document.
 */
export type PresenceScope = "body" | "opening" | "tail" | "all";

export interface PresenceSpec {
  /** Rule id without "bienban/" (kebab case). */
  name: string;
  elementId: string;
  description: string;
  guidance: readonly GuidanceId[];
  /**
   * Accepted phrasings, matched on the diacritic-free lower-case text of one paragraph, so text typed
   * without tone marks matches too. A space stands for any run of white space; "d/c" is "đ/c".
   */
  phrases: readonly string[];
  scope: PresenceScope;
  /** The line inserted when the element is missing (labelled, empty: "Tự phê bình và phê bình: …"). */
  label: string;
  /** Message when the element is missing. */
  missing: string;
  /** Extra condition on top of the catalog's document types (e.g. the thematic part is held). */
  when?: (ctx: RuleContext) => boolean;
  /** Found, but incomplete: more messages and a check over the matched spans. */
  incomplete?: {
    messages: Record<string, string>;
    check(ctx: RuleContext, found: readonly Span[]): Report[];
  };
}
