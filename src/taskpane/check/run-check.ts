/**
 * Runs the pane's check without freezing the pane on a long document: in a Web Worker when the
 * webview has one (check.worker.ts), otherwise on the main thread in slices of the stepwise engine,
 * giving the event loop a turn (setTimeout 0) whenever a slice has run for SLICE_MS. Either way the
 * caller hears every step (phase, rules done of total) and gets checkDocument's very result. An
 * aborted run rejects with an AbortError and, in a worker, stops it at once (the worker is ended;
 * the next run starts a new one).
 */
import type { CheckResult } from "../../core/engine/check-document";
import { checkDocumentSteps, type CheckStep } from "../../core/engine/check-steps";
import type { DocModel } from "../../core/model/types";
import { fromPlainResult, type CheckReply, type PaneCheckOptions } from "./check-protocol";

/** Main-thread slices stay under a frame (a long task is 50 ms; input waits for a slice to end). */
export const SLICE_MS = 12;

export interface RunCheckOptions {
  onStep?: (step: CheckStep) => void;
  signal?: AbortSignal;
}

export interface CheckRunner {
  run(doc: DocModel, options: PaneCheckOptions, how?: RunCheckOptions): Promise<CheckResult>;
  /** Ends the worker, if one was started (the pane's area unmounts). */
  dispose(): void;
  /** "worker" once a worker answered, "main-thread" when there is none or it failed to start. */
  readonly mode: "worker" | "main-thread" | "unknown";
}

const abortError = () => new DOMException("Kiểm tra đã bị thay bằng lần kiểm tra mới hơn.", "AbortError");

export const isAbortError = (e: unknown): boolean => typeof e === "object" && e !== null && (e as { name?: unknown }).name === "AbortError";

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The main-thread way: the stepwise engine, one slice per turn of the event loop. */
export async function runCheckInSlices(doc: DocModel, options: PaneCheckOptions, how: RunCheckOptions = {}, sliceMs = SLICE_MS): Promise<CheckResult> {
  const steps = checkDocumentSteps(doc, options);
  let sliceStart = performance.now();
  for (;;) {
    if (how.signal?.aborted) throw abortError();
    const next = steps.next();
    if (next.done) return next.value;
    how.onStep?.(next.value);
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}

export interface CheckRunnerOptions {
  /** Starts the worker; default: the webpack-built check.worker.ts when `Worker` exists, else none. */
  startWorker?: () => Promise<Worker | null>;
}

async function defaultStartWorker(): Promise<Worker | null> {
  if (typeof Worker === "undefined") return null;
  const { startCheckWorker } = await import(/* webpackChunkName: "check-worker-start" */ "./start-check-worker");
  return startCheckWorker();
}

/**
 * One runner per area that checks: at most one worker, started on the first run and kept for the
 * next ones. A worker that cannot start or dies (blocked by the host, out of memory) is not tried
 * again: that run and the later ones go the main-thread way.
 */
export function createCheckRunner({ startWorker = defaultStartWorker }: CheckRunnerOptions = {}): CheckRunner {
  let worker: Worker | null = null;
  let broken = false;
  let mode: CheckRunner["mode"] = "unknown";
  let nextId = 1;

  const end = () => {
    worker?.terminate();
    worker = null;
  };

  const inWorker = (w: Worker, doc: DocModel, options: PaneCheckOptions, how: RunCheckOptions) =>
    new Promise<CheckResult>((resolve, reject) => {
      const id = nextId++;
      const cleanup = () => {
        w.removeEventListener("message", onMessage);
        w.removeEventListener("error", onError);
        how.signal?.removeEventListener("abort", onAbort);
      };
      const onMessage = (event: MessageEvent<CheckReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.kind === "step") {
          mode = "worker";
          how.onStep?.(reply.step);
          return;
        }
        cleanup();
        if (reply.kind === "done") resolve(fromPlainResult(reply.result, options));
        else reject(new Error(reply.message));
      };
      const onError = (event: ErrorEvent) => {
        // The worker itself failed (its script did not load, or it ran out of memory): not the document's fault.
        event.preventDefault();
        cleanup();
        broken = true;
        end();
        runCheckInSlices(doc, options, how).then(resolve, reject);
      };
      const onAbort = () => {
        cleanup();
        end();
        reject(abortError());
      };
      w.addEventListener("message", onMessage);
      w.addEventListener("error", onError);
      how.signal?.addEventListener("abort", onAbort);
      try {
        w.postMessage({ id, doc, options });
      } catch {
        // Not cloneable (should not happen: the model is plain data): check here instead.
        cleanup();
        runCheckInSlices(doc, options, how).then(resolve, reject);
      }
    });

  return {
    get mode() {
      return mode;
    },
    async run(doc, options, how = {}) {
      if (how.signal?.aborted) throw abortError();
      if (!worker && !broken) {
        try {
          worker = await startWorker();
        } catch {
          worker = null;
        }
        if (!worker) broken = true;
      }
      if (how.signal?.aborted) throw abortError();
      if (!worker) {
        mode = "main-thread";
        return runCheckInSlices(doc, options, how);
      }
      return inWorker(worker, doc, options, how);
    },
    dispose: end,
  };
}
