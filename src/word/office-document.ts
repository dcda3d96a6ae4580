/**
 * The part of Office.js's common API (Office.context) the Word port uses, as structural types: the
 * real `Office` object fits them, and tests hand in small fakes.
 */
export interface AsyncResultLike {
  status: string;
  error?: { message?: string; code?: number; name?: string };
}

export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: AsyncResultLike) => void): void;
}

export type OfficeHandler = (args: unknown) => void;

export interface OfficeDocumentLike {
  settings?: SettingsLike;
  addHandlerAsync?(eventType: string, handler: OfficeHandler, callback?: (result: AsyncResultLike) => void): void;
  removeHandlerAsync?(eventType: string, options: { handler: OfficeHandler }, callback?: (result: AsyncResultLike) => void): void;
}

export interface OfficeLike {
  requirements: { isSetSupported(set: string, version?: string): boolean };
  document?: OfficeDocumentLike;
  /** Office.EventType.DocumentSelectionChanged ("documentSelectionChanged"). */
  selectionChangedEvent: string;
}

export const SUCCEEDED = "succeeded";
