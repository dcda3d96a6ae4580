/**
 * A deliberately permissive zip writer for hostile archives: duplicate names, any bytes as a name,
 * declared sizes that lie, central records pointing anywhere. fflate's zipSync takes an object (no
 * duplicate names) and always tells the truth, so it cannot build these.
 */

import { deflateSync } from "fflate";

export interface RawEntry {
  /** Entry name, as text (UTF-8) or raw bytes. */
  name: string | Uint8Array;
  data: Uint8Array;
  /** 0 stored, 8 deflate (default), or any other method number to test rejection. */
  method?: number;
  /** General-purpose flags (bit 0: encrypted; bit 11 is always set for UTF-8 names). */
  flags?: number;
  /** Override of the uncompressed size written in the headers. */
  declaredSize?: number;
  /** Override of the compressed size written in the headers. */
  compressedSize?: number;
  /** `data` is already deflated: written as is (then `declaredSize` should be given). */
  preDeflated?: boolean;
  /** Make the central record point at the local header of this earlier entry (overlapping entries). */
  aliasOf?: number;
}

export interface RawZipOptions {
  /** Override of the entry count written in the end record. */
  declaredCount?: number;
  /** Bytes placed before the first local header. */
  prefix?: Uint8Array;
  /** End-record comment (at most 65,535 bytes). */
  comment?: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function u16(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
}

function u32(b: Uint8Array, o: number, v: number): void {
  u16(b, o, v & 0xffff);
  u16(b, o + 2, (v >>> 16) & 0xffff);
}

const encoder = new TextEncoder();

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function rawZip(entries: readonly RawEntry[], options: RawZipOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  if (options.prefix !== undefined) {
    chunks.push(options.prefix);
    offset += options.prefix.length;
  }
  for (const e of entries) {
    const name = typeof e.name === "string" ? encoder.encode(e.name) : e.name;
    const method = e.method ?? 8;
    const stored = method === 8 && e.preDeflated !== true ? deflateSync(e.data) : e.data;
    const crc = e.preDeflated === true ? 0 : crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const csize = e.compressedSize ?? stored.length;
    const flags = (e.flags ?? 0) | 0x800;
    let localAt = offset;
    if (e.aliasOf !== undefined && offsets[e.aliasOf] !== undefined) {
      localAt = offsets[e.aliasOf] as number;
    } else {
      const local = new Uint8Array(30 + name.length);
      u32(local, 0, 0x04034b50);
      u16(local, 4, 20);
      u16(local, 6, flags);
      u16(local, 8, method);
      u32(local, 14, crc);
      u32(local, 18, csize);
      u32(local, 22, size);
      u16(local, 26, name.length);
      local.set(name, 30);
      chunks.push(local, stored);
      offset += local.length + stored.length;
    }
    offsets.push(localAt);
    const record = new Uint8Array(46 + name.length);
    u32(record, 0, 0x02014b50);
    u16(record, 4, 20);
    u16(record, 6, 20);
    u16(record, 8, flags);
    u16(record, 10, method);
    u32(record, 16, crc);
    u32(record, 20, csize);
    u32(record, 24, size);
    u16(record, 28, name.length);
    u32(record, 42, localAt);
    record.set(name, 46);
    central.push(record);
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const comment = options.comment ?? new Uint8Array(0);
  const end = new Uint8Array(22 + comment.length);
  const count = options.declaredCount ?? entries.length;
  u32(end, 0, 0x06054b50);
  u16(end, 8, Math.min(count, 0xffff));
  u16(end, 10, Math.min(count, 0xffff));
  u32(end, 12, cdSize);
  u32(end, 16, offset);
  u16(end, 20, comment.length);
  end.set(comment, 22);
  return concat([...chunks, ...central, end]);
}
