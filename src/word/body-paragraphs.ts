/**
 * From the model's paragraph index to Word's body.paragraphs. The model lists paragraphs in reading
 * order with text-box paragraphs inline (right after the paragraph that anchors the box); Word's
 * body.paragraphs has no text-box paragraphs, so their count before a paragraph is subtracted.
 * Without a model (no read yet) the indices are taken as equal, and every edit still re-verifies text.
 */
import type { DocModel } from "../core/model/types";

export type BodyTarget =
  /** The paragraph is body.paragraphs.items[index]. */
  | { kind: "body"; index: number }
  /** A text-box paragraph: not reachable; `host` is the body paragraph that anchors the box (or -1). */
  | { kind: "textbox"; host: number };

export function bodyTarget(model: DocModel | undefined, paragraph: number): BodyTarget {
  if (!model) return { kind: "body", index: paragraph };
  let skipped = 0;
  const end = Math.min(paragraph, model.paragraphs.length);
  for (let i = 0; i < end; i++) if (model.paragraphs[i]?.container === "textbox") skipped++;
  const index = paragraph - skipped;
  if (model.paragraphs[paragraph]?.container === "textbox") return { kind: "textbox", host: index - 1 };
  return { kind: "body", index };
}

/**
 * Word's paragraph.text in the model's conventions: a manual line break is "\v" (U+000B) in Word and
 * "\n" in the model; a stray carriage return counts as a break too.
 */
export function wordTextToRaw(text: string): string {
  return text.replace(/[\u000b\r]/g, "\n");
}

/** Text for Range.insertText: the model's "\n" is a manual line break in Word, not a new paragraph. */
export function rawToWordText(text: string): string {
  return text.replace(/\n/g, "\u000b");
}

/**
 * The body paragraph that is the model's paragraph, tolerating a shift: when the expected text is
 * known and the mapped paragraph no longer has it (a paragraph added or removed above since the read),
 * the nearest paragraph with exactly that text within `window` is taken instead.
 */
export function findBodyParagraph(texts: readonly string[], index: number, expected: string | undefined, window = 25): number {
  if (expected === undefined || texts[index] === expected) return index;
  for (let d = 1; d <= window; d++) {
    if (texts[index - d] === expected) return index - d;
    if (texts[index + d] === expected) return index + d;
  }
  return index;
}
