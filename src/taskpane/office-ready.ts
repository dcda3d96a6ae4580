import type { OfficeReadyInfo } from "../word/word-port";

/** How long to wait for Office.onReady before treating the page as opened outside Word. */
export const OFFICE_READY_TIMEOUT_MS = 15_000;

let ready: Promise<OfficeReadyInfo | null> | undefined;

/**
 * Calls Office.onReady once and shares its answer. Resolves to null when Office.js is not loaded
 * (page opened in a plain browser, or the script was blocked) or does not answer in time.
 */
export function officeReady(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<OfficeReadyInfo | null> {
  ready ??= waitForOffice(timeoutMs);
  return ready;
}

function waitForOffice(timeoutMs: number): Promise<OfficeReadyInfo | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    Office.onReady()
      .then((info) => resolve(info))
      .catch(() => resolve(null))
      .finally(() => clearTimeout(timer));
  });
}
