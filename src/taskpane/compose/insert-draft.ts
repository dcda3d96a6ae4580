/**
 * Drafting and inserting: answers → TemplateDoc (buildDocument refuses invalid answers before anything
 * is made) → .docx bytes → the port. The templates and the .docx writer load only when a draft is
 * inserted, so the form paints without them.
 */
import type { DocumentType } from "../../core/catalog/document-types";
import type { Answers } from "../../core/templates/answers";
import { templateSettings } from "../../core/templates/template-settings";
import type { InsertResult, InsertWhere, WordPort } from "../../word/word-port";

export async function insertDraft(port: WordPort, type: DocumentType, answers: Answers, today: string, where: InsertWhere): Promise<InsertResult> {
  const [{ buildDocument }, { renderTemplateDocx }] = await Promise.all([
    import(/* webpackChunkName: "drafting" */ "../../core/templates/build-document"),
    import(/* webpackChunkName: "drafting" */ "../../docx/render-template"),
  ]);
  const doc = buildDocument(type, answers, templateSettings(answers, today));
  return port.insertDocument(renderTemplateDocx(doc), where);
}

/** What happened, in words; the host's own note (e.g. page numbers not carried over) follows it. */
export function insertedMessage(what: string, result: InsertResult): string {
  const note = result.note ? ` ${result.note}` : "";
  return `${whereText(what, result.where)}${note}`;
}

function whereText(what: string, where: InsertResult["where"]): string {
  switch (where) {
    case "replaced-empty":
      return `Đã tạo ${what} trong văn bản trống. Mở thẻ “Từng bước” để ghi tiếp từng phần.`;
    case "cursor":
      return `Đã chèn ${what} tại vị trí con trỏ; nội dung có sẵn được giữ nguyên.`;
    case "new-document":
      return `Đã mở ${what} trong một văn bản mới.`;
  }
}
