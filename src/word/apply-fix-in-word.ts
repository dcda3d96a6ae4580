/**
 * A checker's Fix applied with Office.js, mirroring core's applyFix on the model:
 *  - replace-text: the paragraph's current text must still hold `expected` at [start, end), and be
 *    the read model's text of that paragraph when there is one, else a StaleFixError and nothing is
 *    touched; the range is found by search (text-search.ts) and only its characters are replaced.
 *  - insert-paragraphs: after the anchor (after its table when it sits in one, after its content
 *    control when it is that control's last paragraph) or at the body's start; consecutive new
 *    paragraphs with the same tag go into one content control tagged with the element id.
 * Every check happens in read-only syncs first; all edits are queued and sent in one final sync, so
 * a refusal leaves the document untouched. At most three syncs whatever the document's length.
 */
import { elementById } from "../core/catalog/elements";
import { StaleFixError } from "../core/model/apply-fix";
import type { DocModel } from "../core/model/types";
import type { Fix, NewParagraph } from "../core/rules/types";
import { bodyTarget, rawToWordText, wordTextToRaw } from "./body-paragraphs";
import { WordApiError, toWordApiError } from "./errors";
import { needsSearch, queueRange } from "./paragraph-range";
import type { WordRun } from "./read-document";
import { planRange } from "./text-search";

type ReplaceFix = Extract<Fix, { kind: "replace-text" }>;
type InsertFix = Extract<Fix, { kind: "insert-paragraphs" }>;

const STALE_TEXT = "Nội dung đã thay đổi từ lần kiểm tra trước; hãy kiểm tra lại trước khi sửa.";
const STALE_ANCHOR = "Đoạn văn làm mốc chèn không còn như lúc kiểm tra; hãy kiểm tra lại trước khi sửa.";

const notPlaceable = () =>
  new WordApiError(
    "NOT_FOUND",
    "Word không định vị được chính xác chỗ cần sửa (đoạn chữ có ký tự đặc biệt hoặc lặp lại nhiều lần). Văn bản chưa bị thay đổi; hãy sửa tay tại chỗ được chọn.",
  );

const inTextBox = () =>
  new WordApiError("NOT_SUPPORTED", "Chỗ cần sửa nằm trong hộp văn bản (text box), phần bổ trợ không sửa tự động được. Văn bản chưa bị thay đổi; hãy sửa tay.");

/** Tracks whether the sync carrying the edits has been sent, for an honest error message. */
interface Progress {
  editSent: boolean;
}

async function replaceText(context: Word.RequestContext, model: DocModel | undefined, fix: ReplaceFix, progress: Progress): Promise<void> {
  const target = bodyTarget(model, fix.paragraph);
  if (target.kind === "textbox") throw inTextBox();
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  const paragraph = paragraphs.items[target.index];
  if (!paragraph) throw new StaleFixError("Đoạn văn cần sửa không còn ở vị trí cũ; hãy kiểm tra lại.");
  const text = wordTextToRaw(paragraph.text);
  if (text.slice(fix.start, fix.end) !== fix.expected) throw new StaleFixError(STALE_TEXT);
  // `expected` alone cannot tell an empty range ("Số 5" → insert "0") in another paragraph or at
  // moved offsets: the whole paragraph must still read as the checked model's.
  const known = model?.paragraphs[fix.paragraph];
  if (model && (!known || known.ref !== fix.ref || known.raw !== text)) throw new StaleFixError(STALE_TEXT);
  const plan = planRange(text, fix.start, fix.end);
  if (!plan) throw notPlaceable();
  const resolve = queueRange(paragraph, plan);
  if (needsSearch(plan)) await context.sync();
  const found = resolve();
  if (!found) throw notPlaceable();
  const inserted = rawToWordText(fix.text);
  let range: Word.Range;
  if (found.kind === "range") range = found.range.insertText(inserted, "Replace");
  else if (found.kind === "after") range = found.range.insertText(inserted, "After");
  else range = found.paragraph.insertText(inserted, found.kind === "start" ? "Start" : "End");
  if (fix.font !== undefined) range.font.name = fix.font;
  progress.editSent = true;
  await context.sync();
}

const WORD_ALIGNMENT = { left: "Left", center: "Centered", right: "Right", justify: "Justified" } as const;

/** The innermost model control around `paragraph`, when there is one. */
function innermostControl(model: DocModel, paragraph: number) {
  let best: DocModel["controls"][number] | undefined;
  for (const c of model.controls) {
    if (c.first < 0 || c.first > paragraph || c.last < paragraph) continue;
    if (!best || c.last - c.first < best.last - best.first) best = c;
  }
  return best;
}

/** Runs of consecutive new paragraphs sharing a tag: each run becomes one content control. */
function tagGroups(paragraphs: readonly NewParagraph[]): { tag: string; first: number; last: number }[] {
  const groups: { tag: string; first: number; last: number }[] = [];
  paragraphs.forEach((p, i) => {
    if (!p.tag) return;
    const last = groups[groups.length - 1];
    if (last && last.tag === p.tag && last.last === i - 1) last.last = i;
    else groups.push({ tag: p.tag, first: i, last: i });
  });
  return groups;
}

async function insertParagraphs(context: Word.RequestContext, model: DocModel | undefined, fix: InsertFix, progress: Progress): Promise<void> {
  type Inserter = (text: string) => Word.Paragraph;
  let insertFirst: Inserter;
  if (fix.after < 0) {
    const body = context.document.body;
    insertFirst = (text) => body.insertParagraph(text, "Start");
  } else {
    const target = bodyTarget(model, fix.after);
    if (target.kind === "textbox") throw inTextBox();
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const anchor = paragraphs.items[target.index];
    const known = model?.paragraphs[fix.after];
    if (!anchor || (model && (!known || known.ref !== fix.ref || known.raw !== wordTextToRaw(anchor.text)))) throw new StaleFixError(STALE_ANCHOR);
    const table = anchor.parentTableOrNullObject;
    const control = anchor.parentContentControlOrNullObject;
    table.load("isNullObject");
    control.load("isNullObject");
    await context.sync();
    const modelControl = model ? innermostControl(model, fix.after) : undefined;
    if (!table.isNullObject) insertFirst = (text) => table.insertParagraph(text, "After");
    else if (!control.isNullObject && (!model || modelControl?.last === fix.after)) insertFirst = (text) => control.insertParagraph(text, "After");
    else insertFirst = (text) => anchor.insertParagraph(text, "After");
  }
  const created: Word.Paragraph[] = [];
  for (const np of fix.paragraphs) {
    const previous = created[created.length - 1];
    const paragraph = previous ? previous.insertParagraph(rawToWordText(np.text), "After") : insertFirst(rawToWordText(np.text));
    // The new paragraph inherits the anchor's look (a bold title, a list): give it the body's.
    paragraph.styleBuiltIn = "Normal";
    paragraph.alignment = WORD_ALIGNMENT[np.alignment ?? "justify"];
    paragraph.font.bold = np.bold === true;
    paragraph.font.italic = np.italic === true;
    created.push(paragraph);
  }
  // Wrapped after all paragraphs exist, so later inserts never land inside an earlier control.
  for (const g of tagGroups(fix.paragraphs)) {
    const first = created[g.first];
    const last = created[g.last];
    if (!first || !last) continue;
    const range = g.first === g.last ? first.getRange("Whole") : first.getRange("Whole").expandTo(last.getRange("Whole"));
    const cc = range.insertContentControl();
    cc.tag = g.tag;
    cc.title = elementById(g.tag)?.label ?? g.tag;
  }
  progress.editSent = true;
  await context.sync();
}

export async function applyFixInWord(run: WordRun, model: DocModel | undefined, fix: Fix): Promise<void> {
  const progress: Progress = { editSent: false };
  try {
    await run((context) => (fix.kind === "replace-text" ? replaceText(context, model, fix, progress) : insertParagraphs(context, model, fix, progress)));
  } catch (error) {
    throw toWordApiError(error, "Sửa lỗi", progress.editSent);
  }
}
