/**
 * One fuzz input through the whole check (readDocx, then checkDocument) and the outcome classified:
 * findings, a typed DocxError (by code), or UNEXPECTED — anything else thrown, which is a bug. A
 * DocxError "CORRUPT" whose cause is a program error (TypeError…) is the reader's last-resort guard
 * hiding a bug: it is reported apart, as `hiddenBug`, so the fuzzer can find those too.
 */

import { performance } from "node:perf_hooks";
import { checkDocument } from "../../src/core/engine/check-document";
import { DocxError, type DocxErrorCode } from "../../src/docx/errors";
import { readDocx } from "../../src/docx/read-docx";

export const FUZZ_TODAY = "2026-11-27";

export type FuzzOutcome =
  | { kind: "findings"; findings: number; documentType: string | null; paragraphs: number }
  | { kind: "error"; code: DocxErrorCode; message: string; hiddenBug?: string }
  | { kind: "unexpected"; stage: "read" | "check"; error: string };

export interface FuzzResult {
  outcome: FuzzOutcome;
  /** Wall time of read + check, ms. */
  ms: number;
  /** Growth of heap + array buffers across the call, bytes (a lower bound of the peak). */
  heapDelta: number;
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}\n${e.stack ?? ""}`;
  return String(e);
}

function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Classifies what reading and checking `bytes` does. Never throws. */
export function classify(bytes: Uint8Array): FuzzOutcome {
  let doc;
  try {
    doc = readDocx(bytes);
  } catch (e) {
    if (!(e instanceof DocxError)) return { kind: "unexpected", stage: "read", error: describe(e) };
    const cause = (e as { cause?: unknown }).cause;
    // Only the last-resort guard's CORRUPT hides bugs; other codes carry their cause on purpose
    // (CORRUPT_ZIP keeps the inflater's own error).
    const hidden = e.code === "CORRUPT" && cause !== undefined && !(cause instanceof DocxError) ? describe(cause) : undefined;
    return hidden === undefined ? { kind: "error", code: e.code, message: e.message } : { kind: "error", code: e.code, message: e.message, hiddenBug: hidden };
  }
  try {
    const result = checkDocument(doc, { today: FUZZ_TODAY });
    return { kind: "findings", findings: result.findings.length, documentType: result.documentType, paragraphs: doc.paragraphs.length };
  } catch (e) {
    return { kind: "unexpected", stage: "check", error: describe(e) };
  }
}

export function fuzzOne(bytes: Uint8Array): FuzzResult {
  const before = memory();
  const start = performance.now();
  const outcome = classify(bytes);
  const ms = performance.now() - start;
  return { outcome, ms, heapDelta: memory() - before };
}

/** A short label for counting: "findings", "DocxError:CODE", "hidden-bug:CODE" or "UNEXPECTED". */
export function outcomeClass(outcome: FuzzOutcome): string {
  if (outcome.kind === "findings") return "findings";
  if (outcome.kind === "unexpected") return "UNEXPECTED";
  return outcome.hiddenBug === undefined ? `DocxError:${outcome.code}` : `hidden-bug:${outcome.code}`;
}
