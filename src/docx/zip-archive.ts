/**
 * Read access to the parts of a zip archive (an OPC package). We parse the central directory
 * ourselves so that every declared size is checked against the limits before anything is inflated;
 * fflate only inflates the entries we ask for. Entry names are matched case-insensitively, as OPC
 * part names are. Names with "../" or absolute paths are only ever compared, never used as paths.
 */

import { strFromU8 } from "fflate";
import { DocxError, docxError } from "./errors";
import { describeNonZip } from "./file-signature";
import { inflateGuarded } from "./inflate-guarded";
import type { DocxLimits } from "./read-options";

export interface ZipEntry {
  /** Name as stored in the archive. */
  name: string;
  method: number;
  flags: number;
  /** CRC-32 of the uncompressed data, as declared. */
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0;
}

function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function truncated(): DocxError {
  return docxError(
    "TRUNCATED",
    "Tệp .docx bị cắt cụt hoặc chưa tải xong (thiếu phần cuối của tệp nén). Hãy tải hoặc sao chép lại tệp.",
  );
}

function corruptZip(detail: string): DocxError {
  return docxError("CORRUPT_ZIP", `Tệp nén bị hỏng (${detail}).`);
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const last = bytes.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let i = last; i >= first; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && u32(bytes, i) === SIG_EOCD) return i;
  }
  return -1;
}

function normaliseName(name: string): string {
  return (name.startsWith("/") ? name.slice(1) : name).toLowerCase();
}

export class ZipArchive {
  private readonly bytes: Uint8Array;
  private readonly limits: DocxLimits;
  private readonly byName = new Map<string, ZipEntry>();
  private readonly order: ZipEntry[] = [];
  private inflatedTotal = 0;

  private constructor(bytes: Uint8Array, limits: DocxLimits) {
    // A plain view of a Node Buffer: Buffer#subarray, called per part, is markedly slower than
    // Uint8Array's; the bytes are the same.
    this.bytes = bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.limits = limits;
  }

  static open(bytes: Uint8Array, limits: DocxLimits): ZipArchive {
    if (bytes.length > limits.maxInputBytes) {
      throw docxError(
        "TOO_LARGE",
        `Tệp quá lớn (${Math.ceil(bytes.length / 1048576)} MB, giới hạn ${Math.floor(limits.maxInputBytes / 1048576)} MB).`,
      );
    }
    const zip = new ZipArchive(bytes, limits);
    zip.readCentralDirectory();
    return zip;
  }

  /** Entries in central-directory order. */
  get entries(): readonly ZipEntry[] {
    return this.order;
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(normaliseName(name));
  }

  has(name: string): boolean {
    return this.byName.has(normaliseName(name));
  }

  /** Uncompressed bytes of a part, or undefined when the archive has no such part. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entry(name);
    return entry === undefined ? undefined : this.readEntry(entry);
  }

  /** The stored (still compressed) bytes of an entry, for copying it unchanged into another zip. */
  rawData(entry: ZipEntry): Uint8Array {
    const start = this.dataOffset(entry);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  readEntry(entry: ZipEntry): Uint8Array {
    const { limits } = this;
    const part = entry.name;
    if (entry.flags & 1) {
      throw docxError("ENCRYPTED", `Tệp được mã hóa (phần "${part}" có mật khẩu). Hãy gỡ mật khẩu rồi lưu lại.`, {
        part,
      });
    }
    const declared = entry.uncompressedSize;
    const ratio = declared / Math.max(1, entry.compressedSize);
    if (this.inflatedTotal + declared > limits.maxUncompressedBytes) {
      if (ratio > limits.maxCompressionRatio) throw this.bombError(part, ratio);
      throw docxError(
        "TOO_LARGE",
        `Nội dung tệp quá lớn khi giải nén (giới hạn ${Math.floor(limits.maxUncompressedBytes / 1048576)} MB).`,
        { part },
      );
    }
    if (declared >= limits.ratioCheckMinBytes && ratio > limits.maxCompressionRatio) throw this.bombError(part, ratio);
    const start = this.dataOffset(entry);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    let out: Uint8Array;
    if (entry.method === 0) {
      if (entry.compressedSize !== declared) throw corruptZip(`kích thước phần "${part}" không khớp`);
      out = new Uint8Array(data);
    } else if (entry.method === 8) {
      out = inflateGuarded(data, declared, part, limits.maxUncompressedBytes);
    } else {
      throw docxError("UNSUPPORTED", `Tệp dùng kiểu nén không hỗ trợ (phương thức ${entry.method}, phần "${part}").`, {
        part,
      });
    }
    this.inflatedTotal += out.length;
    return out;
  }

  private bombError(part: string, ratio: number): DocxError {
    return docxError(
      "ZIP_BOMB",
      `Tệp bị nghi là "bom nén": phần "${part}" có tỉ lệ nén bất thường (${Math.round(ratio)}:1) và quá lớn khi giải nén.`,
      { part },
    );
  }

  private dataOffset(entry: ZipEntry): number {
    const b = this.bytes;
    const o = entry.localHeaderOffset;
    if (o + 30 > b.length) throw truncated();
    if (u32(b, o) !== SIG_LOCAL) throw corruptZip(`đầu mục "${entry.name}" không hợp lệ`);
    const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
    if (start + entry.compressedSize > b.length) throw truncated();
    return start;
  }

  private readCentralDirectory(): void {
    const b = this.bytes;
    const eocd = findEndOfCentralDirectory(b);
    if (eocd < 0) {
      // A local file header at the start means a zip whose end is missing.
      if (b.length >= 4 && u32(b, 0) === SIG_LOCAL) throw truncated();
      throw describeNonZip(b);
    }
    let count = u16(b, eocd + 10);
    let cdSize = u32(b, eocd + 12);
    let cdOffset = u32(b, eocd + 16);
    if (u16(b, eocd + 4) !== 0 && u16(b, eocd + 4) !== 0xffff) throw corruptZip("tệp nén nhiều phần");
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locator = eocd - 20;
      if (locator >= 0 && u32(b, locator) === SIG_ZIP64_LOCATOR) {
        const z = u64(b, locator + 8);
        if (z + 56 > b.length || u32(b, z) !== SIG_ZIP64_EOCD) throw corruptZip("thư mục ZIP64 không hợp lệ");
        count = u64(b, z + 32);
        cdSize = u64(b, z + 40);
        cdOffset = u64(b, z + 48);
      }
    }
    if (count > this.limits.maxEntries) {
      throw docxError("TOO_LARGE", `Tệp nén có quá nhiều mục (${count}).`);
    }
    // Data prepended to the archive (self-extractors) shifts every offset by the same amount.
    let shift = 0;
    if (u32(b, cdOffset) !== SIG_CENTRAL && count > 0) {
      const guess = eocd - cdSize;
      if (guess >= 0 && u32(b, guess) === SIG_CENTRAL) shift = guess - cdOffset;
      else if (cdOffset + cdSize > eocd) throw truncated();
      else throw corruptZip("thư mục trung tâm không hợp lệ");
    }
    let p = cdOffset + shift;
    for (let i = 0; i < count; i++) {
      if (p + 46 > b.length) throw truncated();
      if (u32(b, p) !== SIG_CENTRAL) throw corruptZip("mục trong thư mục trung tâm không hợp lệ");
      const flags = u16(b, p + 8);
      const method = u16(b, p + 10);
      const crc32 = u32(b, p + 16);
      let compressedSize = u32(b, p + 20);
      let uncompressedSize = u32(b, p + 24);
      const nameLen = u16(b, p + 28);
      const extraLen = u16(b, p + 30);
      const commentLen = u16(b, p + 32);
      let localHeaderOffset = u32(b, p + 42);
      const nameStart = p + 46;
      const extraStart = nameStart + nameLen;
      const next = extraStart + extraLen + commentLen;
      if (next > b.length) throw truncated();
      const name = strFromU8(b.subarray(nameStart, extraStart), (flags & 0x800) === 0);
      if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
        // ZIP64 extra field: the 8-byte values appear in this order, only for fields that overflowed.
        for (let e = extraStart; e + 4 <= extraStart + extraLen; ) {
          const id = u16(b, e);
          const size = u16(b, e + 2);
          if (id === 0x0001) {
            let f = e + 4;
            if (uncompressedSize === 0xffffffff) {
              uncompressedSize = u64(b, f);
              f += 8;
            }
            if (compressedSize === 0xffffffff) {
              compressedSize = u64(b, f);
              f += 8;
            }
            if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(b, f);
            break;
          }
          e += 4 + size;
        }
      }
      const entry: ZipEntry = {
        name,
        method,
        flags,
        crc32,
        compressedSize,
        uncompressedSize,
        localHeaderOffset: localHeaderOffset + shift,
      };
      this.order.push(entry);
      const key = normaliseName(name);
      if (!this.byName.has(key)) this.byName.set(key, entry);
      p = next;
    }
  }
}
