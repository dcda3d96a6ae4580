/**
 * The WordPort inside Word. Every Word.run lives in src/word; the modules that do the work are loaded
 * on first use (one chunk for reading, one for editing), so the pane paints without them. The last
 * model read is kept to map model paragraphs to Word's body.paragraphs (body-paragraphs.ts); every
 * edit re-verifies the text in Word before touching it.
 */
import type { DocModel } from "../core/model/types";
import { documentChanges } from "./document-changes";
import { loadDocumentSetting, saveDocumentSetting } from "./document-settings";
import { toWordApiError } from "./errors";
import type { OfficeLike } from "./office-document";
import type { WordRun } from "./read-document";
import type { WordPort } from "./word-port";

export type { OfficeLike } from "./office-document";

export interface OfficeWordPortDeps {
  /** Word.run, or a strict fake of it in tests. */
  run: WordRun;
  office: OfficeLike;
}

const edits = () => import(/* webpackChunkName: "word-edit" */ "./word-edits");

export function createOfficeWordPort({ run, office }: OfficeWordPortDeps): WordPort {
  const supports = (set: string, version: string) => {
    try {
      return office.requirements.isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  const changes = documentChanges(office.document, office.selectionChangedEvent);
  let model: DocModel | undefined;
  /** Runs an edit, then tells listeners (Word's own event may not fire for an add-in's edit). */
  const edit = async <T>(action: () => Promise<T>): Promise<T> => {
    const result = await action();
    changes.notify();
    return result;
  };

  return {
    host: "word",
    isSupported: supports,
    async readDocument() {
      const { readDocument } = await import(/* webpackChunkName: "word-read" */ "./read-document");
      try {
        model = await readDocument(run);
      } catch (error) {
        // A DocxError already says in Vietnamese what is wrong with the package Word returned.
        throw error instanceof Error && error.name.startsWith("Docx") ? error : toWordApiError(error, "Đọc văn bản");
      }
      return model;
    },
    select: async (location) => (await edits()).selectLocation(run, model, location),
    applyFix: (fix) => edit(async () => (await edits()).applyFixInWord(run, model, fix)),
    insertDocument: (docx, where) => edit(async () => (await edits()).insertDocumentInWord(run, supports, docx, where)),
    addComments: (items) => edit(async () => (await edits()).addCommentsInWord(run, supports, model, items)),
    loadSetting: (key) => loadDocumentSetting(office.document?.settings, key),
    saveSetting: (key, value) => saveDocumentSetting(office.document?.settings, key, value),
    onDocumentChanged: (listener) => changes.subscribe(listener),
  };
}
