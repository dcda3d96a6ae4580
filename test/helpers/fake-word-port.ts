import type { DocModel } from "../../src/core/model/types";
import type { Fix, Location } from "../../src/core/rules/types";
import { readDocx } from "../../src/docx/read-docx";
import { createMemoryWordPort, type MemoryWordPort } from "../../src/word/memory-word-port";
import { emptyModel } from "../../src/word/model-splice";
import { nonePort } from "../../src/word/none-word-port";
import type { CommentItem, InsertWhere, WordHost, WordPort } from "../../src/word/word-port";

/**
 * A WordPort for component tests: src/word's in-memory port (or the "none" port outside Word), with
 * every call the UI makes recorded for assertions. Choose the host, the requirement sets, the
 * document and its stored settings; `edit()` stands in for the user typing in Word.
 */
export interface FakeWordPortOptions {
  host?: WordHost;
  /** Highest supported version per requirement set, e.g. { WordApi: "1.4" } (default in Word: 1.3). */
  supported?: Record<string, string>;
  /** The document the fake "Word" holds (default: a blank document). */
  document?: DocModel;
  /** Settings already stored in the document. */
  settings?: Record<string, unknown>;
}

export interface FakeWordPort extends WordPort {
  /** Every isSupported question asked, in order. */
  readonly queries: Array<{ set: string; version: string }>;
  /** How many times the document was read. */
  readonly reads: number;
  readonly selections: Location[];
  /** Fixes that were applied (refused ones are not listed). */
  readonly fixes: Fix[];
  /** Every insertion, with the inserted .docx read back as a model. */
  readonly inserts: Array<{ where: InsertWhere; model: DocModel }>;
  readonly comments: CommentItem[];
  /** The settings stored in the document now. */
  readonly settings: ReadonlyMap<string, unknown>;
  /** The document as it is now (undefined outside Word). */
  document(): DocModel | undefined;
  /** The user edits the document in Word. */
  edit(change: (doc: DocModel) => DocModel): void;
}

export const emptyDocument = emptyModel;

export function createFakeWordPort(options: FakeWordPortOptions = {}): FakeWordPort {
  const host = options.host ?? "word";
  const queries: FakeWordPort["queries"] = [];
  const selections: Location[] = [];
  const fixes: Fix[] = [];
  const inserts: FakeWordPort["inserts"] = [];
  const comments: CommentItem[] = [];
  let reads = 0;
  const memory: MemoryWordPort | null =
    host === "none"
      ? null
      : createMemoryWordPort({
          host,
          supported: options.supported ?? (host === "word" ? { WordApi: "1.3" } : { WordApi: "1.5" }),
          ...(options.document ? { document: options.document } : {}),
          ...(options.settings ? { settings: options.settings } : {}),
        });
  const inner: WordPort = memory ?? nonePort;
  return {
    host,
    queries,
    selections,
    fixes,
    inserts,
    comments,
    get reads() {
      return reads;
    },
    get settings() {
      return memory?.storedSettings() ?? new Map<string, unknown>();
    },
    document: () => memory?.document(),
    edit(change) {
      if (!memory) throw new Error("no document outside Word");
      memory.edit(change);
    },
    isSupported(set, version) {
      queries.push({ set, version });
      return inner.isSupported(set, version);
    },
    async readDocument() {
      const doc = await inner.readDocument();
      reads += 1;
      return doc;
    },
    async select(location) {
      await inner.select(location);
      selections.push(location);
    },
    async applyFix(fix) {
      await inner.applyFix(fix);
      fixes.push(fix);
    },
    async insertDocument(docx, where) {
      const result = await inner.insertDocument(docx, where);
      inserts.push({ where, model: readDocx(docx) });
      return result;
    },
    async addComments(items) {
      const result = await inner.addComments(items);
      comments.push(...items);
      return result;
    },
    loadSetting: (key) => inner.loadSetting(key),
    saveSetting: (key, value) => inner.saveSetting(key, value),
    onDocumentChanged: (listener) => inner.onDocumentChanged(listener),
  };
}
