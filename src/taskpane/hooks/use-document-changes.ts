import { useEffect, useRef } from "react";
import type { WordPort } from "../../word/word-port";

/** Quiet time after the last edit before the document is read again (typing fires many events). */
export const CHANGE_DEBOUNCE_MS = 800;

/**
 * Calls `onSettled` once the document has stopped changing for `delay` ms: one read per pause in
 * typing, never one per keystroke or per paragraph.
 */
export function useDocumentChanges(port: WordPort, onSettled: () => void, enabled = true, delay = CHANGE_DEBOUNCE_MS): void {
  const callback = useRef(onSettled);
  callback.current = onSettled;
  useEffect(() => {
    if (!enabled) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = port.onDocumentChanged(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        callback.current();
      }, delay);
    });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
    };
  }, [port, enabled, delay]);
}
