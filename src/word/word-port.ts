/**
 * The one door between the task pane UI and Word. The UI receives a WordPort and never touches
 * Office.js itself, so components can be tested with a fake and the Office-specific code stays here.
 * Later issues extend this interface (reading and writing the document).
 */

import type { DocModel } from "../core/model/types";

export type WordHost = "word" | "none";

export interface WordPort {
  /** "word" when running inside Word with Office.js ready; "none" when opened anywhere else. */
  readonly host: WordHost;
  /** Whether the host supports an Office.js requirement set, e.g. ("WordApi", "1.3"). Always false outside Word. */
  isSupported(set: string, version: string): boolean;
  /** The open document as the neutral model, in at most two round trips (rejects outside Word). */
  readDocument(): Promise<DocModel>;
}

/** What Office.onReady reports; `host` is an Office.HostType value (a string) or null outside Office. */
export interface OfficeReadyInfo {
  host: unknown;
}

const nonePort: WordPort = {
  host: "none",
  isSupported: () => false,
  readDocument: () => Promise.reject(new Error("Phần bổ trợ không chạy trong Word: không có văn bản nào để đọc.")),
};

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
  return {
    host: "word",
    isSupported: (set, version) => requirements.isSetSupported(set, version),
    // Loaded on first use: the reader is not needed to paint the pane.
    readDocument: async () => (await import("./read-document")).readDocument((batch) => Word.run(batch)),
  };
}
