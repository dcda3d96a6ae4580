/**
 * Inserts a generated .docx into Word with insertFileFromBase64 (the choice and the evidence behind
 * it: docs/decisions/insertion.md).
 *  - "new-document": application.createDocument(base64).open() (WordApi 1.3).
 *  - an empty document ("auto"): the whole file replaces the empty body; with WordApi 1.5 through
 *    Document.insertFileFromBase64, which also brings the section's headers (page numbers from
 *    page 2), else Body.insertFileFromBase64, which by design leaves headers out (then a note says so).
 *  - otherwise: a new empty paragraph after the cursor's paragraph receives the file ("Replace" on
 *    that paragraph only), so no existing character is replaced and the file's last paragraph never
 *    merges into the user's text. A cursor inside a table, a content control, a header or a note
 *    sends the draft to the end of the body instead (never into a cell or another element).
 * Sync 1 reads whether the body is empty and where the cursor is; sync 2 carries the one insertion.
 */
import { toBase64 } from "./base64";
import { WordApiError, toWordApiError } from "./errors";
import type { WordRun } from "./read-document";
import type { InsertResult, InsertWhere } from "./word-port";

export type Supports = (set: string, version: string) => boolean;

const NO_HEADERS_NOTE =
  "Phiên bản Word này chưa chép được đầu trang của mẫu: hãy tự đánh số trang (Chèn > Số trang, bỏ số ở trang đầu).";
const AT_END_NOTE =
  "Con trỏ đang ở trong bảng, trong một mục có đánh dấu hoặc ở đầu/chân trang, nên mẫu được chèn vào cuối văn bản; nội dung có sẵn được giữ nguyên.";

export async function insertDocumentInWord(run: WordRun, supports: Supports, docx: Uint8Array, where: InsertWhere): Promise<InsertResult> {
  if (where === "new-document" && !supports("WordApi", "1.3")) {
    throw new WordApiError("NOT_SUPPORTED", "Phiên bản Word này chưa mở được văn bản mới từ phần bổ trợ (cần WordApi 1.3). Hãy chèn vào văn bản đang mở.");
  }
  const base64 = toBase64(docx);
  let editSent = false;
  try {
    return await run(async (context): Promise<InsertResult> => {
      if (where === "new-document") {
        context.application.createDocument(base64).open();
        editSent = true;
        await context.sync();
        return { where: "new-document" };
      }
      const body = context.document.body;
      body.load("text");
      const tables = body.tables;
      tables.load("items");
      const pictures = body.inlinePictures;
      pictures.load("items");
      const cursor = context.document.getSelection().paragraphs.getLast();
      const table = cursor.parentTableOrNullObject;
      const control = cursor.parentContentControlOrNullObject;
      const story = cursor.parentBody;
      table.load("isNullObject");
      control.load("isNullObject");
      story.load("type");
      await context.sync();

      const empty = body.text.trim() === "" && tables.items.length === 0 && pictures.items.length === 0;
      if (empty && where === "auto") {
        if (supports("WordApi", "1.5")) {
          // Styles and spacing come with the file so the draft looks as format.md says.
          context.document.insertFileFromBase64(base64, "Replace", { importStyles: true, importParagraphSpacing: true });
          editSent = true;
          await context.sync();
          return { where: "replaced-empty" };
        }
        body.insertFileFromBase64(base64, "Replace");
        editSent = true;
        await context.sync();
        return { where: "replaced-empty", note: NO_HEADERS_NOTE };
      }

      const plain = table.isNullObject && control.isNullObject && story.type === "MainDoc";
      const holder = plain ? cursor.insertParagraph("", "After") : body.insertParagraph("", "End");
      holder.insertFileFromBase64(base64, "Replace");
      editSent = true;
      await context.sync();
      return plain ? { where: "cursor" } : { where: "cursor", note: AT_END_NOTE };
    });
  } catch (error) {
    throw toWordApiError(error, where === "new-document" ? "Mở văn bản mới" : "Chèn mẫu vào văn bản", editSent);
  }
}
