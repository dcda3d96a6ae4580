/**
 * A WordPort over an in-memory DocModel (host "preview"): the document of `npm run preview`, of the
 * browser tests and of the component tests. It behaves as the Word port does where it matters to
 * the pane: fixes go through core's applyFix (a stale fix is refused and nothing changes), inserted
 * .docx bytes are read with readDocx and spliced in after the cursor's paragraph (never over text),
 * comments below WordApi 1.4 are refused, settings live with the document, and listeners hear of
 * every edit. The preview reads its state (selection, opened documents) through the extra members.
 */
import { applyFix } from "../core/model/apply-fix";
import type { DocModel } from "../core/model/types";
import type { Location } from "../core/rules/types";
import { modelToDocxSpec } from "../docx/model-to-docx";
import { readDocx } from "../docx/read-docx";
import { writeDocx } from "../docx/write-docx";
import { WordApiError, commentsNotSupported } from "./errors";
import { emptyModel, isBlankModel, spliceModel } from "./model-splice";
import type { InsertResult, WordHost, WordPort } from "./word-port";

export interface MemoryWordPortOptions {
  /** The document (default: a blank one). */
  document?: DocModel;
  /** Highest version per requirement set (default WordApi 1.5: everything the pane uses). */
  supported?: Record<string, string>;
  /** Settings already stored in the document. */
  settings?: Record<string, unknown>;
  /** "preview" (default); tests may present the memory document as Word. */
  host?: Exclude<WordHost, "none">;
  /** Author of the comments the port adds. */
  commentAuthor?: string;
}

/** The cursor: a paragraph, optionally a character range in it. */
export type MemorySelection = Location;

export interface MemoryWordPort extends WordPort {
  /** The document as it is now. */
  document(): DocModel;
  /** Where the cursor is (null: nowhere yet; an insertion then goes to the end). */
  selection(): MemorySelection | null;
  /** Moves the cursor as a click in the document would. */
  setSelection(selection: MemorySelection | null): void;
  /** Documents opened by insertDocument(…, "new-document"), oldest first. */
  openedDocuments(): readonly DocModel[];
  /** The settings stored in the document (copies). */
  storedSettings(): ReadonlyMap<string, unknown>;
  /** The user edits the document: replaces the model and tells the listeners. */
  edit(change: (doc: DocModel) => DocModel): void;
  /** Opens another document in place of this one (a sample, a blank page); settings start empty. */
  load(doc: DocModel, settings?: Record<string, unknown>): void;
  /** Opens a .docx in place of this one; a bad file throws the reader's DocxError and changes nothing. */
  loadDocx(bytes: Uint8Array): void;
  /** The document as a .docx file. */
  exportDocx(options?: { modified?: Date }): Uint8Array;
  /** Any change to what the preview shows: the document, the selection, the opened documents. */
  onStateChanged(listener: () => void): () => void;
}

function atLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

const jsonCopy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

const AT_END_NOTE = "Con trỏ đang ở trong bảng hoặc trong một mục có đánh dấu, nên mẫu được chèn vào cuối văn bản; nội dung có sẵn được giữ nguyên.";

export function createMemoryWordPort(options: MemoryWordPortOptions = {}): MemoryWordPort {
  const host = options.host ?? "preview";
  const supported = options.supported ?? { WordApi: "1.5" };
  const author = options.commentAuthor ?? "Biên bản Chi bộ";
  let doc: DocModel = options.document ?? emptyModel();
  let selection: MemorySelection | null = null;
  let settings = new Map<string, unknown>(Object.entries(jsonCopy(options.settings ?? {})));
  const opened: DocModel[] = [];
  const changeListeners = new Set<() => void>();
  const stateListeners = new Set<() => void>();
  let fresh = 0;
  const newRef = () => `m${fresh++}`;

  const call = (listeners: Set<() => void>) => {
    for (const l of [...listeners]) {
      try {
        l();
      } catch {
        // A failing listener must not keep the others from hearing about the change.
      }
    }
  };
  const stateChanged = () => call(stateListeners);
  const documentChanged = () => {
    call(changeListeners);
    stateChanged();
  };
  const supports = (set: string, version: string) => {
    const have = supported[set];
    return have !== undefined && atLeast(have, version);
  };
  const paragraphGone = () => new WordApiError("NOT_FOUND", "Không còn tìm thấy đoạn văn này trong văn bản (văn bản đã thay đổi); hãy kiểm tra lại.");

  /** Where an insertion at the cursor goes: after the cursor's paragraph, or at the end (see AT_END_NOTE). */
  const insertionPoint = (): { after: number; atEnd: boolean } => {
    const last = doc.paragraphs.length - 1;
    const p = selection ? doc.paragraphs[selection.paragraph] : undefined;
    if (!p) return { after: last, atEnd: false };
    if (p.cellPos || p.controlTags.length > 0 || p.container !== "body") return { after: last, atEnd: true };
    return { after: p.index, atEnd: false };
  };

  const replaceDocument = (next: DocModel, nextSettings: Record<string, unknown>) => {
    doc = next;
    selection = null;
    settings = new Map(Object.entries(jsonCopy(nextSettings)));
    documentChanged();
  };

  return {
    host,
    isSupported: supports,
    // A new snapshot per read, as Word's port gives (each read parses the OOXML again): the core's
    // per-model memos then start afresh, so a re-check here costs what it costs in Word.
    readDocument: () => Promise.resolve({ ...doc }),
    select(location) {
      if (!doc.paragraphs[location.paragraph]) return Promise.reject(paragraphGone());
      selection = { ...location };
      stateChanged();
      return Promise.resolve();
    },
    applyFix(fix) {
      try {
        const next = applyFix(doc, fix);
        // New paragraphs get refs no later fix can mistake for another paragraph's.
        doc = { ...next, paragraphs: next.paragraphs.map((p) => (p.ref.startsWith("new-") ? { ...p, ref: newRef() } : p)) };
      } catch (error) {
        return Promise.reject(error);
      }
      selection =
        fix.kind === "replace-text"
          ? { paragraph: fix.paragraph, ref: fix.ref, start: fix.start, end: fix.start + fix.text.length }
          : { paragraph: fix.after + 1, ref: doc.paragraphs[fix.after + 1]?.ref ?? "" };
      documentChanged();
      return Promise.resolve();
    },
    insertDocument(docx, where): Promise<InsertResult> {
      let added: DocModel;
      try {
        added = readDocx(docx);
      } catch (error) {
        return Promise.reject(error);
      }
      if (where === "new-document") {
        opened.push(added);
        stateChanged();
        return Promise.resolve({ where: "new-document" });
      }
      if (where === "auto" && isBlankModel(doc)) {
        // As Document.insertFileFromBase64 with WordApi 1.5: the whole file, headers included.
        doc = { ...added, comments: [...added.comments] };
        selection = null;
        documentChanged();
        return Promise.resolve({ where: "replaced-empty" });
      }
      const { after, atEnd } = insertionPoint();
      doc = spliceModel(doc, added, after, newRef);
      selection = added.paragraphs.length > 0 ? { paragraph: after + 1, ref: doc.paragraphs[after + 1]?.ref ?? "" } : selection;
      documentChanged();
      return Promise.resolve(atEnd ? { where: "cursor", note: AT_END_NOTE } : { where: "cursor" });
    },
    addComments(items) {
      if (!supports("WordApi", "1.4")) return Promise.reject(commentsNotSupported());
      const firstWithText = Math.max(0, doc.paragraphs.findIndex((p) => p.raw.trim() !== ""));
      for (const item of items) {
        if (item.location && !doc.paragraphs[item.location.paragraph]) return Promise.reject(paragraphGone());
      }
      const comments = items.map((item) => ({ author, text: item.text, paragraph: item.location?.paragraph ?? firstWithText }));
      doc = { ...doc, comments: [...doc.comments, ...comments] };
      documentChanged();
      return Promise.resolve({ added: items.length });
    },
    loadSetting<T>(key: string) {
      return Promise.resolve(jsonCopy(settings.get(key)) as T | undefined);
    },
    saveSetting(key, value) {
      try {
        if (value === undefined) settings.delete(key);
        else settings.set(key, jsonCopy(value));
      } catch (cause) {
        return Promise.reject(new WordApiError("PRECONDITION", `Không lưu được cài đặt “${key}”: dữ liệu không chuyển được sang dạng lưu trữ.`, { cause }));
      }
      return Promise.resolve();
    },
    onDocumentChanged(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },

    document: () => doc,
    selection: () => selection,
    setSelection(next) {
      selection = next && doc.paragraphs[next.paragraph] ? { ...next } : null;
      stateChanged();
    },
    openedDocuments: () => opened,
    storedSettings: () => new Map([...settings].map(([k, v]) => [k, jsonCopy(v)])),
    edit(change) {
      doc = change(doc);
      if (selection && !doc.paragraphs[selection.paragraph]) selection = null;
      documentChanged();
    },
    load(next, nextSettings = {}) {
      replaceDocument(next, nextSettings);
    },
    loadDocx(bytes) {
      // Read first: a bad file throws here and the open document stays as it was.
      const next = readDocx(bytes);
      replaceDocument(next, {});
    },
    exportDocx(exportOptions = {}) {
      return writeDocx(modelToDocxSpec(doc, { modified: exportOptions.modified ?? new Date(), commentAuthor: author }));
    },
    onStateChanged(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
  };
}
