/**
 * The task pane's check, off the main thread: one request at a time, a "step" message after each
 * phase and each rule (the pane shows them as progress), then the result or the error's message.
 * Built by webpack as its own chunk (start-check-worker.ts), loaded from the pane's own origin.
 */
import { checkDocumentSteps } from "../../core/engine/check-steps";
import { toPlainResult, type CheckReply, type CheckRequest } from "./check-protocol";

/** The worker's global scope, as far as this file uses it (tsconfig has the DOM lib, not WebWorker). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckReply): void;
};

scope.onmessage = (event) => {
  const { id, doc, options } = event.data;
  try {
    const steps = checkDocumentSteps(doc, options);
    for (;;) {
      const next = steps.next();
      if (next.done) {
        scope.postMessage({ id, kind: "done", result: toPlainResult(next.value) });
        return;
      }
      scope.postMessage({ id, kind: "step", step: next.value });
    }
  } catch (e) {
    scope.postMessage({ id, kind: "error", message: e instanceof Error ? e.message : String(e) });
  }
};
