/**
 * The Office-backed port over the strict fake Word document (test/helpers/fake-word-context.ts) and a
 * fake Office common API (settings, events), for the adapter's tests.
 */
import { createOfficeWordPort } from "../../src/word/office-word-port";
import type { AsyncResultLike, OfficeDocumentLike, OfficeHandler, SettingsLike } from "../../src/word/office-document";
import type { WordPort } from "../../src/word/word-port";
import { fakeWord, type FakeWord, type FakeWordOptions } from "../helpers/fake-word-context";

export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

export interface FakeOffice extends OfficeDocumentLike {
  settings: SettingsLike & { stored: Map<string, unknown>; saved: Map<string, unknown>; failSave: boolean };
  handlers: Map<string, OfficeHandler[]>;
  fire(event: string): void;
}

export function fakeOfficeDocument(initial: Record<string, unknown> = {}): FakeOffice {
  const stored = new Map(Object.entries(initial));
  const saved = new Map(stored);
  const handlers = new Map<string, OfficeHandler[]>();
  const settings = {
    stored,
    saved,
    failSave: false,
    get: (name: string) => (stored.has(name) ? stored.get(name) : null),
    set: (name: string, value: unknown) => void stored.set(name, value),
    remove: (name: string) => void stored.delete(name),
    saveAsync(callback?: (r: AsyncResultLike) => void) {
      // Asynchronous like Office: the callback comes later.
      setTimeout(() => {
        if (settings.failSave) return callback?.({ status: "failed", error: { message: "The document is read-only." } });
        saved.clear();
        for (const [k, v] of stored) saved.set(k, v);
        callback?.({ status: "succeeded" });
      }, 0);
    },
  };
  return {
    settings,
    handlers,
    addHandlerAsync(event, handler, callback) {
      handlers.set(event, [...(handlers.get(event) ?? []), handler]);
      callback?.({ status: "succeeded" });
    },
    removeHandlerAsync(event, { handler }, callback) {
      handlers.set(event, (handlers.get(event) ?? []).filter((h) => h !== handler));
      callback?.({ status: "succeeded" });
    },
    fire(event) {
      for (const h of handlers.get(event) ?? []) h({ type: event });
    },
  };
}

export interface Harness {
  word: FakeWord;
  office: FakeOffice;
  port: WordPort;
}

export function officePort(options: FakeWordOptions, wordApi = "1.4", office = fakeOfficeDocument()): Harness {
  const word = fakeWord(options);
  const port = createOfficeWordPort({
    run: word.run,
    office: {
      requirements: { isSetSupported: (set, version = "1.1") => set === "WordApi" && versionAtLeast(wordApi, version) },
      document: office,
      selectionChangedEvent: "documentSelectionChanged",
    },
  });
  return { word, office, port };
}

/** n body paragraphs of distinct text. */
export const numbered = (n: number, text = (i: number) => `Đoạn văn số ${i + 1}.`): string[] => Array.from({ length: n }, (_, i) => text(i));
