/**
 * The one door between the task pane UI and a document. The UI receives a WordPort and never touches
 * Office.js itself, so components can be tested with a fake and the Office-specific code stays in
 * src/word. Contract and implementations: docs/design/word-port.md.
 */

import type { DocModel } from "../core/model/types";
import type { Fix, Location } from "../core/rules/types";
import { nonePort } from "./none-word-port";
import type { OfficeDocumentLike, OfficeLike } from "./office-document";
import { createOfficeWordPort } from "./office-word-port";

/** "word": inside Word with Office.js ready; "preview": the in-browser document; "none": anywhere else. */
export type WordHost = "word" | "preview" | "none";

export type InsertWhere = "auto" | "cursor" | "new-document";

export interface InsertResult {
  where: "replaced-empty" | "cursor" | "new-document";
  /**
   * Optional: a Vietnamese note when the host could only do part of what was asked in the best way
   * (e.g. page numbers not brought over below WordApi 1.5, or the cursor was inside a table so the
   * draft went to the end). The UI may show it beside its own message.
   */
  note?: string;
}

export interface CommentItem {
  location: Location | null;
  text: string;
}

export interface WordPort {
  readonly host: WordHost;
  /** Requirement sets, e.g. ("WordApi", "1.4"); the UI degrades gracefully where false. */
  isSupported(set: string, version: string): boolean;
  /** The whole document as the neutral model: at most two context.sync calls, whatever its length. */
  readDocument(): Promise<DocModel>;
  /** Moves the selection to a finding's or an element's place (paragraph, optional range). */
  select(location: Location): Promise<void>;
  /**
   * Applies a fix from the checker. Refuses with a StaleFixError (Vietnamese message) when the text
   * is no longer what the check saw; never touches text outside the fix's range. One batch of edits.
   */
  applyFix(fix: Fix): Promise<void>;
  /**
   * Inserts a generated document (.docx bytes from src/docx). "auto": an empty document gets the
   * whole structure, a non-empty one gets it at the cursor; "cursor": at the cursor even when empty;
   * "new-document": opens it as a new document. Never overwrites existing text.
   */
  insertDocument(docx: Uint8Array, where: InsertWhere): Promise<InsertResult>;
  /** One comment per item (WordApi 1.4); rejects with a Vietnamese "not supported" message below it. */
  addComments(items: CommentItem[]): Promise<{ added: number }>;
  /** Settings stored in the document itself (ignored findings with reasons, cell answers). */
  loadSetting<T>(key: string): Promise<T | undefined>;
  saveSetting(key: string, value: unknown): Promise<void>;
  /** Notifies of edits (the caller debounces and re-reads); returns the unsubscribe function. */
  onDocumentChanged(listener: () => void): () => void;
}

/** What Office.onReady reports; `host` is an Office.HostType value (a string) or null outside Office. */
export interface OfficeReadyInfo {
  host: unknown;
}

/**
 * The Office-backed port when Office.js is loaded, has a requirements context and (if onReady's
 * answer is given) reports Word as the host; the "none" port otherwise, e.g. in a plain browser tab.
 */
export function createWordPort(ready?: OfficeReadyInfo | null): WordPort {
  // `typeof` because outside Office the global does not exist at all.
  if (typeof Office === "undefined") return nonePort;
  const requirements = Office.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return nonePort;
  if (ready !== undefined && (ready === null || ready.host !== Office.HostType?.Word)) return nonePort;
  const office: OfficeLike = {
    requirements,
    // Office.Document's overloaded signatures are wider than the structural subset the port calls.
    document: Office.context.document as unknown as OfficeDocumentLike | undefined,
    selectionChangedEvent: String(Office.EventType?.DocumentSelectionChanged ?? "documentSelectionChanged"),
  };
  return createOfficeWordPort({ run: (batch) => Word.run(batch), office });
}
