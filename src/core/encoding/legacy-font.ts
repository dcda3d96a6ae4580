/**
 * Which legacy encoding a font name implies (format.md §11): ".VnTime", ".VnArialH" → TCVN3;
 * "VNI-Times", "VNI Helve" → VNI. Everything else is treated as a Unicode font.
 */
import { detached } from "../text/detached";

export type LegacyKind = "tcvn3" | "vni";

const TCVN3_FONT = /^\.vn/i;
const VNI_FONT = /^vni[- ]/i;

/** Font names are few and asked about for every run: each is read once (bounded memo). */
const kinds = new Map<string, LegacyKind | null>();

export function legacyFontKind(fontName: string | undefined): LegacyKind | null {
  if (!fontName) return null;
  // Both patterns start with "." or "v" after trimming; a name starting with another letter or a
  // digit (trim leaves it in place) is neither, without a lookup: "Times New Roman", "Arial".
  const first = fontName.charCodeAt(0) | 0x20;
  if (first !== 0x76 && ((first >= 0x61 && first <= 0x7a) || (first >= 0x30 && first <= 0x39))) return null;
  let kind = kinds.get(fontName);
  if (kind === undefined) {
    const name = fontName.trim();
    kind = TCVN3_FONT.test(name) ? "tcvn3" : VNI_FONT.test(name) ? "vni" : null;
    if (kinds.size >= 1000) kinds.clear();
    kinds.set(detached(fontName), kind);
  }
  return kind;
}

/** ".VnTimeH", ".VnArial NarrowH": the upper-case member of a TCVN3 family. */
export function isUpperCaseLegacyFont(fontName: string | undefined): boolean {
  return legacyFontKind(fontName) === "tcvn3" && /H$/.test(fontName!.trim());
}

export const legacyKindLabel: Record<LegacyKind, string> = { tcvn3: "TCVN3", vni: "VNI" };

/**
 * The legacy font that governs a run, if any. Legacy bytes (U+00A0–U+00FF) are drawn with the w:hAnsi
 * font, so a legacy hAnsi font decides; a legacy ascii font alone still holds the run's plain letters.
 */
export function runLegacyFont(format: { font?: string; fontHAnsi?: string }): string | undefined {
  if (legacyFontKind(format.fontHAnsi)) return format.fontHAnsi!.trim();
  if (legacyFontKind(format.font)) return format.font!.trim();
  return undefined;
}
