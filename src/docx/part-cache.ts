/**
 * A small content-addressed cache of parsed package parts (styles, theme, settings, relationships,
 * headers). Documents made from one template carry byte-identical copies of these parts, so a batch
 * (the command line checking a folder) parses them once. An entry is used only when the stored,
 * compressed bytes are identical to those it was made from — same input, same result — so a hit
 * can never return another document's content. Cached values are shared: never mutate them.
 */

import type { ZipArchive, ZipEntry } from "./zip-archive";

/** Parts bigger than these (stored / uncompressed) are not cached: the cache stays small. */
const MAX_CACHED_BYTES = 256 * 1024;
const MAX_CACHED_UNCOMPRESSED = 2 * 1024 * 1024;
const MAX_ENTRIES = 64;

interface CachedPart {
  raw: Uint8Array;
  value: unknown;
}

const cache = new Map<string, CachedPart>();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `parse(bytes)` for an entry, or the value cached for identical stored bytes under the same `kind`
 * (the kind names the parse function, so one part read two ways gets two entries).
 */
export function cachedPart<T>(zip: ZipArchive, entry: ZipEntry, kind: string, parse: (bytes: Uint8Array) => T): T {
  if (entry.compressedSize > MAX_CACHED_BYTES || entry.uncompressedSize > MAX_CACHED_UNCOMPRESSED) {
    return parse(zip.readEntry(entry));
  }
  const key = `${kind}\u0000${entry.crc32}\u0000${entry.compressedSize}\u0000${entry.uncompressedSize}\u0000${entry.method}\u0000${entry.flags}`;
  const raw = zip.rawData(entry);
  const hit = cache.get(key);
  if (hit !== undefined && sameBytes(hit.raw, raw)) {
    // Most recently used last: the oldest entry is the first one evicted.
    cache.delete(key);
    cache.set(key, hit);
    return hit.value as T;
  }
  const value = parse(zip.readEntry(entry));
  cache.delete(key);
  // A copy: the caller may reuse its buffer (Buffer#slice would only be a view).
  cache.set(key, { raw: new Uint8Array(raw), value });
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  return value;
}
