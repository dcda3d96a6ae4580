/**
 * The port of a pane opened outside Word (a plain browser tab): it answers "not supported" to every
 * requirement set and rejects every document action with the same Vietnamese message.
 */
import { notInWord } from "./errors";
import type { WordPort } from "./word-port";

const refuse = () => Promise.reject(notInWord());

export const nonePort: WordPort = {
  host: "none",
  isSupported: () => false,
  readDocument: refuse,
  select: refuse,
  applyFix: refuse,
  insertDocument: refuse,
  addComments: refuse,
  loadSetting: refuse,
  saveSetting: refuse,
  // Nothing ever changes outside Word; the listener is simply never called.
  onDocumentChanged: () => () => undefined,
};
