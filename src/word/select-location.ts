/**
 * Moves Word's selection to a model location: the exact characters when the range can be found
 * (see text-search.ts), else the whole paragraph; a text-box paragraph selects the paragraph that
 * anchors its box. At most three syncs whatever the document's length.
 */
import type { DocModel } from "../core/model/types";
import type { Location } from "../core/rules/types";
import { bodyTarget, findBodyParagraph, wordTextToRaw } from "./body-paragraphs";
import { WordApiError, toWordApiError } from "./errors";
import { needsSearch, queueRange } from "./paragraph-range";
import type { WordRun } from "./read-document";
import { planRange } from "./text-search";

export const paragraphGone = (): WordApiError =>
  new WordApiError("NOT_FOUND", "Không còn tìm thấy đoạn văn này trong văn bản (văn bản đã thay đổi); hãy kiểm tra lại.");

export async function selectLocation(run: WordRun, model: DocModel | undefined, location: Location): Promise<void> {
  try {
    await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const texts = paragraphs.items.map((p) => wordTextToRaw(p.text));
      const target = bodyTarget(model, location.paragraph);
      const known = model?.paragraphs[location.paragraph]?.raw;
      const index = target.kind === "body" ? findBodyParagraph(texts, target.index, known) : Math.max(0, target.host);
      const paragraph = paragraphs.items[index];
      const text = texts[index];
      if (!paragraph || text === undefined) throw paragraphGone();
      const { start, end } = location;
      // A range is worth searching only while its characters are still the ones the check saw.
      const exact = target.kind === "body" && start !== undefined && end !== undefined && end > start && (known === undefined || known.slice(start, end) === text.slice(start, end));
      const plan = exact ? planRange(text, start, end) : null;
      if (plan && needsSearch(plan)) {
        const resolve = queueRange(paragraph, plan);
        await context.sync();
        const found = resolve();
        if (found?.kind === "range") {
          found.range.select();
          await context.sync();
          return;
        }
      }
      paragraph.select();
      await context.sync();
    });
  } catch (error) {
    throw toWordApiError(error, "Chọn vị trí trong văn bản");
  }
}
