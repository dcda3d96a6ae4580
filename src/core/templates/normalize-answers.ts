/**
 * Answers typed by hand or pasted may be decomposed Unicode (tổ hợp) or carry stray spaces; the draft
 * must be clean NFC text (ENC.NFD, FMT.SPACING), so every string is normalised before use.
 */
import { nfc, squish } from "../text/normalize";

export function normalizeAnswers<T>(value: T): T {
  // Line breaks separate paragraphs of free text; spacing inside a line is squished.
  if (typeof value === "string") return nfc(value).split(/\r?\n/).map(squish).filter(Boolean).join("\n") as T;
  if (Array.isArray(value)) return value.map((v: unknown) => normalizeAnswers(v)) as T;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalizeAnswers(v);
    return out as T;
  }
  return value;
}

/** Comparison key of a person's name: case and spacing do not matter. */
export function nameKey(name: string): string {
  return squish(nfc(name)).toLowerCase();
}
