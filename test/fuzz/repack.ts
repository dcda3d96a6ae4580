/** Re-zipping a seed's parts with some of them replaced, for the XML-level mutators. */

import { rawZip, type RawEntry } from "./zip-writer";

export const MAIN_PART = "word/document.xml";

/** The parts as a zip, in their order, with `replace` applied (undefined removes a part). */
export function repack(parts: Record<string, Uint8Array>, replace: Record<string, Uint8Array | undefined> = {}): Uint8Array {
  const entries: RawEntry[] = [];
  for (const [name, data] of Object.entries(parts)) {
    if (name in replace) {
      const next = replace[name];
      if (next !== undefined) entries.push({ name, data: next });
    } else {
      entries.push({ name, data });
    }
  }
  for (const [name, data] of Object.entries(replace)) {
    if (!(name in parts) && data !== undefined) entries.push({ name, data });
  }
  return rawZip(entries);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const text = (bytes: Uint8Array | undefined): string => (bytes === undefined ? "" : decoder.decode(bytes));

/** A main part whose body is `body`, keeping the seed's namespaces and section. */
export function withBody(parts: Record<string, Uint8Array>, body: string): Uint8Array {
  const xml = text(parts[MAIN_PART]);
  const open = xml.indexOf("<w:body>");
  const close = xml.lastIndexOf("</w:body>");
  const next = open < 0 || close < 0 ? xml : `${xml.slice(0, open + 8)}${body}${xml.slice(close)}`;
  return repack(parts, { [MAIN_PART]: utf8(next) });
}
