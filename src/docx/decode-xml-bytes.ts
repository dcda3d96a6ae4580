/**
 * Bytes of an XML part → string. Parts are UTF-8 (the norm) or UTF-16 with a byte-order mark
 * (allowed by OPC); fflate's strFromU8 uses the platform TextDecoder where there is one.
 */

import { strFromU8 } from "fflate";

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    const lo = bytes[i] ?? 0;
    const hi = bytes[i + 1] ?? 0;
    chunk.push(littleEndian ? lo | (hi << 8) : (lo << 8) | hi);
    if (chunk.length === 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk.length = 0;
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join("");
}

export function decodeXmlBytes(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, true);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, false);
  const text = strFromU8(bytes);
  // A UTF-8 BOM decodes to U+FEFF, which the tokenizer ignores as text outside the root.
  return text;
}
