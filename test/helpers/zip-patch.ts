/** Test helper: edit fields of a zip's central directory / local headers to build damaged archives. */

function u32(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0;
}

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

export function writeU16(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
}

export function writeU32(b: Uint8Array, o: number, v: number): void {
  writeU16(b, o, v & 0xffff);
  writeU16(b, o + 2, (v >>> 16) & 0xffff);
}

export interface EntryOffsets {
  /** Offset of the central-directory record. */
  central: number;
  /** Offset of the local file header. */
  local: number;
}

/** Finds a named entry's central and local header offsets. */
export function findEntry(zip: Uint8Array, name: string): EntryOffsets {
  let eocd = zip.length - 22;
  while (eocd >= 0 && u32(zip, eocd) !== 0x06054b50) eocd--;
  const count = u16(zip, eocd + 10);
  let p = u32(zip, eocd + 16);
  for (let i = 0; i < count; i++) {
    const nameLen = u16(zip, p + 28);
    const entryName = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLen));
    if (entryName === name) return { central: p, local: u32(zip, p + 42) };
    p += 46 + nameLen + u16(zip, p + 30) + u16(zip, p + 32);
  }
  throw new Error(`no entry ${name}`);
}

/** Sets the uncompressed size declared for an entry (central directory and local header). */
export function setDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  const at = findEntry(copy, name);
  writeU32(copy, at.central + 24, size);
  writeU32(copy, at.local + 22, size);
  return copy;
}

export function setMethod(zip: Uint8Array, name: string, method: number): Uint8Array {
  const copy = zip.slice();
  const at = findEntry(copy, name);
  writeU16(copy, at.central + 10, method);
  writeU16(copy, at.local + 8, method);
  return copy;
}

export function setFlags(zip: Uint8Array, name: string, flags: number): Uint8Array {
  const copy = zip.slice();
  const at = findEntry(copy, name);
  writeU16(copy, at.central + 8, flags);
  writeU16(copy, at.local + 6, flags);
  return copy;
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

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function writeU64(b: Uint8Array, o: number, v: number): void {
  writeU32(b, o, v >>> 0);
  writeU32(b, o + 4, Math.floor(v / 0x100000000));
}

/**
 * A ZIP64 archive of stored entries: every central record carries its sizes and offset in the ZIP64
 * extra field, and the end of central directory points to a ZIP64 record (as big archives do).
 */
export function zip64Stored(files: Record<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const enc = new TextEncoder();
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = enc.encode(name);
    const local = new Uint8Array(30 + nameBytes.length);
    writeU32(local, 0, 0x04034b50);
    writeU16(local, 4, 45);
    writeU32(local, 14, crc32(data));
    writeU32(local, 18, data.length);
    writeU32(local, 22, data.length);
    writeU16(local, 26, nameBytes.length);
    local.set(nameBytes, 30);
    const record = new Uint8Array(46 + nameBytes.length + 28);
    writeU32(record, 0, 0x02014b50);
    writeU16(record, 4, 45);
    writeU16(record, 6, 45);
    writeU32(record, 16, crc32(data));
    writeU32(record, 20, 0xffffffff);
    writeU32(record, 24, 0xffffffff);
    writeU16(record, 28, nameBytes.length);
    writeU16(record, 30, 28);
    writeU32(record, 42, 0xffffffff);
    record.set(nameBytes, 46);
    const extra = 46 + nameBytes.length;
    writeU16(record, extra, 0x0001);
    writeU16(record, extra + 2, 24);
    writeU64(record, extra + 4, data.length);
    writeU64(record, extra + 12, data.length);
    writeU64(record, extra + 20, offset);
    chunks.push(local, data);
    central.push(record);
    offset += local.length + data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(56 + 20 + 22);
  writeU32(end, 0, 0x06064b50);
  writeU64(end, 4, 44);
  writeU16(end, 12, 45);
  writeU16(end, 14, 45);
  writeU64(end, 24, central.length);
  writeU64(end, 32, central.length);
  writeU64(end, 40, cdSize);
  writeU64(end, 48, offset);
  writeU32(end, 56, 0x07064b50);
  writeU64(end, 64, offset + cdSize);
  writeU32(end, 72, 1);
  writeU32(end, 76, 0x06054b50);
  writeU16(end, 84, 0xffff);
  writeU16(end, 86, 0xffff);
  writeU32(end, 88, 0xffffffff);
  writeU32(end, 92, 0xffffffff);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
