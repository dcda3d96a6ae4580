/**
 * Change notifications for the pane. Word's common API reports DocumentSelectionChanged, which fires
 * as the user types, pastes or moves around (every edit moves the cursor); the port's own edits
 * notify directly. One Office handler is registered while at least one listener is subscribed.
 * The caller debounces: this fires often.
 */
import type { OfficeDocumentLike, OfficeHandler } from "./office-document";

export interface DocumentChanges {
  subscribe(listener: () => void): () => void;
  /** Called by the port after its own edits. */
  notify(): void;
}

export function documentChanges(document: OfficeDocumentLike | undefined, eventType: string): DocumentChanges {
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // One failing listener must not keep the others from hearing about the edit.
      }
    }
  };
  const handler: OfficeHandler = () => notify();
  let registered = false;

  const register = () => {
    if (registered || typeof document?.addHandlerAsync !== "function") return;
    registered = true;
    try {
      // Without the event (older hosts) the pane still hears about the port's own edits.
      document.addHandlerAsync(eventType, handler, (result) => {
        if (result.status !== "succeeded") registered = false;
      });
    } catch {
      registered = false;
    }
  };
  const unregister = () => {
    if (!registered || typeof document?.removeHandlerAsync !== "function") return;
    registered = false;
    try {
      document.removeHandlerAsync(eventType, { handler });
    } catch {
      // Nothing to undo: the handler only calls listeners, and there are none left.
    }
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      register();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) unregister();
      };
    },
    notify,
  };
}
