/**
 * One Word comment per item (Range.insertComment, WordApi 1.4), anchored on the finding's exact
 * characters when they can be found, else on its whole paragraph; a finding without a place is
 * anchored on the first paragraph with text (the document as a whole). Below WordApi 1.4 it refuses
 * before touching anything, with a message the pane shows. Three syncs however many comments.
 */
import type { DocModel } from "../core/model/types";
import { bodyTarget, findBodyParagraph, wordTextToRaw } from "./body-paragraphs";
import { commentsNotSupported, toWordApiError } from "./errors";
import { needsSearch, queueRange, type RangeTarget } from "./paragraph-range";
import type { WordRun } from "./read-document";
import { planRange } from "./text-search";
import type { Supports } from "./insert-document";
import type { CommentItem } from "./word-port";
import { paragraphGone } from "./select-location";

export async function addCommentsInWord(run: WordRun, supports: Supports, model: DocModel | undefined, items: readonly CommentItem[]): Promise<{ added: number }> {
  if (!supports("WordApi", "1.4")) throw commentsNotSupported();
  if (items.length === 0) return { added: 0 };
  let editSent = false;
  try {
    return await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const texts = paragraphs.items.map((p) => wordTextToRaw(p.text));
      const firstWithText = Math.max(0, texts.findIndex((t) => t.trim() !== ""));
      const places = items.map((item) => {
        const location = item.location;
        if (!location) return { paragraph: paragraphs.items[firstWithText], resolve: undefined };
        const target = bodyTarget(model, location.paragraph);
        const known = model?.paragraphs[location.paragraph]?.raw;
        const index = target.kind === "body" ? findBodyParagraph(texts, target.index, known) : Math.max(0, target.host);
        const paragraph = paragraphs.items[index];
        const text = texts[index] ?? "";
        const { start, end } = location;
        const exact = paragraph && target.kind === "body" && start !== undefined && end !== undefined && end > start && (known === undefined || known.slice(start, end) === text.slice(start, end));
        const plan = exact ? planRange(text, start, end) : null;
        const resolve: (() => RangeTarget | null) | undefined = paragraph && plan && needsSearch(plan) ? queueRange(paragraph, plan) : undefined;
        return { paragraph, resolve };
      });
      if (places.some((p) => p.resolve)) await context.sync();
      for (const [i, place] of places.entries()) {
        if (!place.paragraph) throw paragraphGone();
        const found = place.resolve?.();
        const range = found?.kind === "range" ? found.range : place.paragraph.getRange("Whole");
        range.insertComment(items[i]?.text ?? "");
      }
      editSent = true;
      await context.sync();
      return { added: items.length };
    });
  } catch (error) {
    throw toWordApiError(error, "Thêm nhận xét vào văn bản", editSent);
  }
}
