/** A short quotation of document text for a message: spaces squeezed, cut at `max` characters. */
import { squish } from "../../text/normalize";

export function preview(text: string, max = 40): string {
  const s = squish(text.normalize("NFC"));
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
