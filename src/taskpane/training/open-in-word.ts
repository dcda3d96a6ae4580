/**
 * Opens a training document (model or practice) in a new Word document, so it never mixes with the
 * secretary's own minutes. The .docx writer loads on first use.
 */
import type { TemplateDoc } from "../../core/templates/types";
import type { WordPort } from "../../word/word-port";

export async function openInWord(port: WordPort, doc: TemplateDoc): Promise<void> {
  const { renderTemplateDocx } = await import(/* webpackChunkName: "drafting" */ "../../docx/render-template");
  await port.insertDocument(renderTemplateDocx(doc), "new-document");
}
