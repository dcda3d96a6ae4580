/**
 * Memoised reading of property elements (w:rPr, w:pPr). Documents repeat the same few property blocks
 * thousands of times; the exact source text of a block is the cache key, so a repeat costs a string
 * comparison (the same block as last time, the usual case) or one map lookup, instead of tokenizing
 * it again. A block is cached only when it was read in full up to the first matching close tag, so a
 * hit is byte-for-byte content already tokenized and validated in the same context, which makes
 * skipping it safe.
 */

import { XmlTokenizer } from "./xml-tokenizer";

/** How many recent blocks are compared before the map lookup (runs often alternate a few formats). */
const RECENT = 4;
/** Bound on distinct blocks kept; past it the map starts afresh (memory stays bounded). */
const MAX_ENTRIES = 4096;

/**
 * A cache of parsed property blocks by source text. The values depend on the text only, so one
 * memo serves every document read (a batch of documents from one template shares most blocks);
 * values are shared and must not be mutated.
 */
export class PropertyMemo<T> {
  readonly closeTag: string;
  readonly openTag: string;
  /** Source text → the same text detached from any document, and its parsed value. */
  readonly map = new Map<string, { key: string; value: T }>();
  /** Most recently used keys and values, newest first. */
  readonly recentKeys: string[] = [];
  readonly recentValues: T[] = [];

  /** `closeTag` is the element's close tag ("</w:rPr>"). */
  constructor(closeTag: string) {
    this.closeTag = closeTag;
    this.openTag = `<${closeTag.slice(2)}`;
  }
}

export function readMemoized<T>(
  tok: XmlTokenizer,
  memo: PropertyMemo<T>,
  read: (tok: XmlTokenizer) => T,
  cacheable?: (key: string) => boolean,
): T {
  if (tok.selfClosing) return read(tok);
  const src = tok.source;
  const contentStart = tok.end;
  const closeTag = memo.closeTag;
  // Recent blocks first, compared as whole strings: `===` is a memory compare, much faster than
  // String.prototype.startsWith against a long two-byte source, and a slice costs no copy.
  const keys = memo.recentKeys;
  for (let i = 0; i < keys.length; i++) {
    const recent = keys[i] as string;
    const close = contentStart + recent.length;
    if (src.slice(contentStart, close) === recent && src.startsWith(closeTag, close)) {
      tok.skipKnown(close + closeTag.length);
      return memo.recentValues[i] as T;
    }
  }
  const close = src.indexOf(closeTag, contentStart);
  if (close < 0) return read(tok);
  const end = close + closeTag.length;
  const key = src.slice(contentStart, close);
  let entry = memo.map.get(key);
  let value: T;
  if (entry !== undefined) {
    tok.skipKnown(end);
    value = entry.value;
  } else {
    value = read(tok);
    if (tok.end !== end || (cacheable !== undefined && !cacheable(key))) return value;
    // The shared cache must not keep this document's source alive (a slice holds its whole parent
    // string): cache a copy read from a fresh string holding just this block.
    const copy = new XmlTokenizer(memo.openTag + key + closeTag);
    copy.next();
    entry = { key: copy.source.slice(memo.openTag.length, memo.openTag.length + key.length), value: read(copy) };
    if (memo.map.size >= MAX_ENTRIES) memo.map.clear();
    memo.map.set(entry.key, entry);
    value = entry.value;
  }
  const cachedKey = entry.key;
  keys.unshift(cachedKey);
  memo.recentValues.unshift(value);
  if (keys.length > RECENT) {
    keys.pop();
    memo.recentValues.pop();
  }
  return value;
}
