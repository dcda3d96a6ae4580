import { useCallback, useEffect, useRef, useState } from "react";
import { checkDocument, type CheckResult } from "../../core/engine/check-document";
import type { DocModel } from "../../core/model/types";
import { useAreaActive } from "../areas/area-active";
import { errorMessage } from "../error-message";
import { useSession } from "../session/session-context";
import { useDocumentChanges } from "./use-document-changes";

export interface DocumentCheck {
  status: "idle" | "reading" | "ready" | "error";
  doc?: DocModel;
  result?: CheckResult;
  error?: string;
}

/**
 * Reads the open document (one port.readDocument: at most two round trips in Word) and runs the
 * checker with the session's choices. Runs when the area is shown, when the choices change, when
 * the pane edits the document, on request, and after every pause in the secretary's typing
 * (debounced change events) while the area is on screen. Requests that arrive during a read are
 * coalesced into one more read afterwards.
 */
export function useDocumentCheck(): DocumentCheck & { run: () => Promise<void> } {
  const { port, today, loaded, choice, revision } = useSession();
  const active = useAreaActive();
  const [state, setState] = useState<DocumentCheck>({ status: "idle" });
  const busy = useRef(false);
  const again = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async () => {
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    setState((s) => (s.result ? s : { status: "reading" }));
    try {
      do {
        again.current = false;
        try {
          const doc = await port.readDocument();
          const result = checkDocument(doc, {
            today,
            ...(choice.type ? { type: choice.type } : {}),
            ...(choice.contentProfile ? { contentProfile: choice.contentProfile } : {}),
            ...(choice.formatProfile ? { formatProfile: choice.formatProfile } : {}),
          });
          if (mounted.current) setState({ status: "ready", doc, result });
        } catch (e) {
          if (mounted.current) setState({ status: "error", error: errorMessage(e, "Đọc văn bản") });
        }
      } while (again.current && mounted.current);
    } finally {
      busy.current = false;
    }
  }, [port, today, choice]);

  useEffect(() => {
    if (loaded && active) void run();
  }, [loaded, active, run, revision]);

  useDocumentChanges(port, () => void run(), loaded && active && port.host !== "none");

  return { ...state, run };
}
