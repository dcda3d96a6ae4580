/**
 * Queues the searches of a RangePlan on a Word paragraph and, after the caller's sync, turns Word's
 * answers into the place to act on. The searches of many ranges share one sync.
 */
import { wordTextToRaw } from "./body-paragraphs";
import { escapeForWordSearch, resultsAgree, type RangePlan, type SearchStep } from "./text-search";

export type RangeTarget =
  /** Exactly the planned characters. */
  | { kind: "range"; range: Word.Range }
  /** A point at the paragraph's start or end. */
  | { kind: "start" | "end"; paragraph: Word.Paragraph }
  /** A point right after `range`. */
  | { kind: "after"; range: Word.Range };

function queueSearch(paragraph: Word.Paragraph, s: SearchStep): Word.RangeCollection {
  const results = paragraph.search(escapeForWordSearch(s.needle), { matchCase: true });
  results.load("items/text");
  return results;
}

function pick(results: Word.RangeCollection, s: SearchStep): Word.Range | null {
  if (!resultsAgree(results.items.map((r) => r.text), s, wordTextToRaw)) return null;
  return results.items[s.nth] ?? null;
}

/** Queues the plan's searches; the returned function (call it after the sync) gives the target or null. */
export function queueRange(paragraph: Word.Paragraph, plan: RangePlan): () => RangeTarget | null {
  switch (plan.kind) {
    case "paragraph-start":
      return () => ({ kind: "start", paragraph });
    case "paragraph-end":
      return () => ({ kind: "end", paragraph });
    case "after": {
      const results = queueSearch(paragraph, plan.before);
      return () => {
        const range = pick(results, plan.before);
        return range ? { kind: "after", range } : null;
      };
    }
    case "range": {
      const head = queueSearch(paragraph, plan.head);
      const tailStep = plan.tail;
      const tail = tailStep ? queueSearch(paragraph, tailStep) : undefined;
      return () => {
        const first = pick(head, plan.head);
        if (!first) return null;
        if (!tail || !tailStep) return { kind: "range", range: first };
        const last = pick(tail, tailStep);
        return last ? { kind: "range", range: first.expandTo(last) } : null;
      };
    }
  }
}

/** True when the plan needs a sync before its target is known. */
export const needsSearch = (plan: RangePlan): boolean => plan.kind === "range" || plan.kind === "after";
