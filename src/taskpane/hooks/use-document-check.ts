import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckResult } from "../../core/engine/check-document";
import type { DocModel } from "../../core/model/types";
import { useAreaActive } from "../areas/area-active";
import type { PaneCheckOptions } from "../check/check-protocol";
import { createCheckRunner, isAbortError, type CheckRunner } from "../check/run-check";
import { errorMessage } from "../error-message";
import { useSession } from "../session/session-context";
import { useDocumentChanges } from "./use-document-changes";

/** How far a check is, shown in the area: reading, recognising the document, then rules k of n. */
export type CheckProgress = { phase: "read" } | { phase: "detect" } | { phase: "rules"; done: number; total: number };

export interface DocumentCheck {
  status: "idle" | "reading" | "ready" | "error";
  doc?: DocModel;
  result?: CheckResult;
  error?: string;
  /** Set while a check runs long enough to be worth showing (see PROGRESS_DELAY_MS, LARGE_DOCUMENT). */
  progress?: CheckProgress;
  /** How many checks have ended (with a result or an error): tests and the bench wait on it. */
  completed: number;
}

/** A check still running after this long shows its progress… */
export const PROGRESS_DELAY_MS = 300;
/** …and a document of this many paragraphs (about 20 pages) shows it as soon as it is read. */
export const LARGE_DOCUMENT_PARAGRAPHS = 600;

/**
 * Reads the open document (one port.readDocument: at most two round trips in Word) and runs the
 * checker with the session's choices, off the main thread (check/run-check.ts: a worker, or slices
 * of the stepwise engine), so the pane answers while a long document is checked. Runs when the
 * area is shown, when the choices change, when the pane edits the document, on request, and after
 * every pause in the secretary's typing (debounced change events) while the area is on screen.
 * Requests that arrive during a run are coalesced into one more run afterwards; a check under way
 * when a request arrives is abandoned (its result would be stale) and the document read again.
 */
export function useDocumentCheck(): DocumentCheck & { run: () => Promise<void> } {
  const { port, today, loaded, choice, revision } = useSession();
  const active = useAreaActive();
  const [state, setState] = useState<DocumentCheck>({ status: "idle", completed: 0 });
  const busy = useRef(false);
  const again = useRef(false);
  const mounted = useRef(true);
  const runner = useRef<CheckRunner | null>(null);
  const current = useRef<AbortController | null>(null);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      current.current?.abort();
      runner.current?.dispose();
      runner.current = null;
    };
  }, []);

  const run = useCallback(async () => {
    if (busy.current) {
      again.current = true;
      current.current?.abort();
      return;
    }
    busy.current = true;
    setState((s) => (s.result ? s : { status: "reading", completed: s.completed }));
    let shown = false;
    let latest: CheckProgress = { phase: "read" };
    const show = (p: CheckProgress) => {
      latest = p;
      if (shown && mounted.current) setState((s) => ({ ...s, progress: p }));
    };
    const reveal = () => {
      shown = true;
      show(latest);
    };
    const timer = setTimeout(reveal, PROGRESS_DELAY_MS);
    try {
      do {
        again.current = false;
        const controller = new AbortController();
        current.current = controller;
        try {
          show({ phase: "read" });
          const doc = await port.readDocument();
          if (again.current || !mounted.current) continue;
          if (!shown && doc.paragraphs.length >= LARGE_DOCUMENT_PARAGRAPHS) reveal();
          show({ phase: "detect" });
          const options: PaneCheckOptions = {
            today,
            ...(choice.type ? { type: choice.type } : {}),
            ...(choice.contentProfile ? { contentProfile: choice.contentProfile } : {}),
            ...(choice.formatProfile ? { formatProfile: choice.formatProfile } : {}),
          };
          runner.current ??= createCheckRunner();
          const result = await runner.current.run(doc, options, {
            signal: controller.signal,
            onStep: (step) => {
              if (step.phase === "rules") show({ phase: "rules", done: step.done, total: step.total });
            },
          });
          if (mounted.current) setState((s) => ({ status: "ready", doc, result, completed: s.completed + 1 }));
        } catch (e) {
          if (isAbortError(e)) continue;
          if (mounted.current) setState((s) => ({ status: "error", error: errorMessage(e, "Đọc văn bản"), completed: s.completed + 1 }));
        }
      } while (again.current && mounted.current);
    } finally {
      clearTimeout(timer);
      current.current = null;
      busy.current = false;
      if (shown && mounted.current) setState((s) => (s.progress ? { ...s, progress: undefined } : s));
    }
  }, [port, today, choice]);

  useEffect(() => {
    if (loaded && active) void run();
  }, [loaded, active, run, revision]);

  useDocumentChanges(port, () => void run(), loaded && active && port.host !== "none");

  return { ...state, run };
}
