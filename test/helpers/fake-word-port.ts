import type { DocModel } from "../../src/core/model/types";
import type { Fix, Location } from "../../src/core/rules/types";
import { readDocx } from "../../src/docx/read-docx";
import { toWordApiError } from "../../src/word/errors";
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
  /**
   * Fault injection: how many of the first calls of each method fail, as Office.js errors do once
   * the adapter wrapped them (a WordApiError "HOST_ERROR" with a Vietnamese message). A failing call
   * does not reach the document: it stays exactly as it was. See also `failNext`.
   */
  faults?: Partial<Record<FaultyMethod, number>>;
}

/** The port methods a fault can be injected into. */
export type FaultyMethod = "readDocument" | "select" | "applyFix" | "insertDocument" | "addComments" | "loadSetting" | "saveSetting";

/** What each method does, in the words of the adapter's messages (src/word/office-word-port.ts). */
const FAULT_ACTIONS: Record<FaultyMethod, string> = {
  readDocument: "Đọc văn bản",
  select: "Chọn vị trí trong văn bản",
  applyFix: "Sửa văn bản",
  insertDocument: "Chèn văn bản",
  addComments: "Thêm nhận xét",
  loadSetting: "Đọc thiết lập lưu trong văn bản",
  saveSetting: "Lưu thiết lập vào văn bản",
};

/** The error an injected fault rejects with: Office.js's GeneralException, wrapped by the adapter. */
export function injectedFault(method: FaultyMethod): Error {
  return toWordApiError(Object.assign(new Error("GeneralException"), { code: "GeneralException" }), FAULT_ACTIONS[method]);
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
  /** The next `times` calls of `method` fail (with `error`, default injectedFault) without touching the document. */
  failNext(method: FaultyMethod, times?: number, error?: Error): void;
  /** Injected faults thrown so far, by method. */
  readonly faultsThrown: Array<{ method: FaultyMethod; error: Error }>;
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
  const pending: Array<{ method: FaultyMethod; error: Error }> = [];
  for (const [method, times] of Object.entries(options.faults ?? {}) as Array<[FaultyMethod, number]>) {
    for (let i = 0; i < times; i++) pending.push({ method, error: injectedFault(method) });
  }
  const faultsThrown: FakeWordPort["faultsThrown"] = [];
  /** Rejects the call when a fault is pending for `method` (before the document is touched). */
  const fault = async (method: FaultyMethod): Promise<void> => {
    const i = pending.findIndex((f) => f.method === method);
    if (i < 0) return;
    const [f] = pending.splice(i, 1);
    faultsThrown.push(f!);
    throw f!.error;
  };
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
    faultsThrown,
    failNext(method, times = 1, error) {
      for (let i = 0; i < times; i++) pending.push({ method, error: error ?? injectedFault(method) });
    },
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
      await fault("readDocument");
      const doc = await inner.readDocument();
      reads += 1;
      return doc;
    },
    async select(location) {
      await fault("select");
      await inner.select(location);
      selections.push(location);
    },
    async applyFix(fix) {
      await fault("applyFix");
      await inner.applyFix(fix);
      fixes.push(fix);
    },
    async insertDocument(docx, where) {
      await fault("insertDocument");
      const result = await inner.insertDocument(docx, where);
      inserts.push({ where, model: readDocx(docx) });
      return result;
    },
    async addComments(items) {
      await fault("addComments");
      const result = await inner.addComments(items);
      comments.push(...items);
      return result;
    },
    loadSetting: (key) => fault("loadSetting").then(() => inner.loadSetting(key)),
    saveSetting: (key, value) => fault("saveSetting").then(() => inner.saveSetting(key, value)),
    onDocumentChanged: (listener) => inner.onDocumentChanged(listener),
  };
}
