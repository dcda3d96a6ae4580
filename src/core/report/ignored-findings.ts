/**
 * Findings the secretary or the Văn phòng officer decided to leave as they are ("Bỏ qua"), each with
 * the reason, stored in the document's settings so the decision travels with the file. What comes
 * back from a document is untrusted: anything malformed is dropped, never thrown.
 */
import type { Finding } from "../rules/types";
import { findingKey } from "./finding-key";

/** The key under which the list is saved in the document (WordPort.saveSetting). */
export const IGNORED_SETTING = "bienban.ignoredFindings";

export interface IgnoredFinding {
  /** findingKey of the finding. */
  key: string;
  elementId: string;
  /** The message as shown when it was ignored (for the report, even after the text changed). */
  message: string;
  reason: string;
  /** ISO date the decision was taken. */
  date: string;
}

const MAX_REASON = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** The stored list, keeping only well-formed entries (the last one wins for a repeated key). */
export function parseIgnored(value: unknown): IgnoredFinding[] {
  if (!Array.isArray(value)) return [];
  const byKey = new Map<string, IgnoredFinding>();
  for (const item of value) {
    if (!isRecord(item)) continue;
    const { key, elementId, message, reason, date } = item;
    if (typeof key !== "string" || typeof reason !== "string" || !key || !reason.trim()) continue;
    byKey.set(key, {
      key,
      elementId: typeof elementId === "string" ? elementId : "",
      message: typeof message === "string" ? message : "",
      reason: reason.trim().slice(0, MAX_REASON),
      date: typeof date === "string" ? date : "",
    });
  }
  return [...byKey.values()];
}

/** Adds (or replaces) the decision for a finding. An empty reason is refused: the list stays as it was. */
export function ignoreFinding(list: readonly IgnoredFinding[], finding: Finding, reason: string, date: string): IgnoredFinding[] {
  const text = reason.trim();
  if (!text) throw new Error("Hãy ghi lý do bỏ qua.");
  const key = findingKey(finding);
  return [...list.filter((i) => i.key !== key), { key, elementId: finding.elementId, message: finding.message, reason: text.slice(0, MAX_REASON), date }];
}

export function unignoreFinding(list: readonly IgnoredFinding[], finding: Finding): IgnoredFinding[] {
  const key = findingKey(finding);
  return list.filter((i) => i.key !== key);
}

/** The decision recorded for a finding, if any. */
export function ignoredEntry(list: readonly IgnoredFinding[], finding: Finding): IgnoredFinding | undefined {
  const key = findingKey(finding);
  return list.find((i) => i.key === key);
}
