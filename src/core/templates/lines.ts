/**
 * Section writers produce lines: text plus a named style. The styles are resolved into sizes,
 * emphasis and alignment from the profile's layout settings in paragraph-styles.ts, so no writer
 * holds a layout number.
 */
import type { FillContext } from "./fill-context";

export type LineStyle =
  | "body"
  | "heading"
  | "upper-org"
  | "issuer"
  | "star"
  | "number"
  | "party-title"
  | "place-date"
  | "type-title"
  | "subject"
  | "separator"
  | "sign-label"
  | "sign-authority"
  | "sign-title"
  | "sign-space"
  | "sign-name"
  | "recipients-label"
  | "recipients-item";

export interface Line {
  text: string;
  style: LineStyle;
}

/** Lines of one element; null leaves the element out (a conditional element the answers say is absent). */
export type SectionWriter = (ctx: FillContext) => Line[] | null;

export const body = (text: string): Line => ({ text, style: "body" });

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export function sentence(text: string): string {
  const t = text.trim();
  // "]" ends a placeholder mark such as "[…]": no full stop after a blank.
  return /[.!?:;…\]]$/.test(t) ? t : `${t}.`;
}

/** Drops a final full stop (before the writer adds its own punctuation). */
export function bare(text: string): string {
  return text.trim().replace(/\.+$/, "");
}

/** Upper-case first letter, the rest as written. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Free text of the answers: one body line per paragraph ("\n"-separated). */
export function paragraphsOf(text: string): string[] {
  return text.split("\n").map((l) => l.trim()).filter(Boolean);
}
