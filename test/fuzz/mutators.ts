/**
 * Byte-level mutators: what a damaged disk, a cut download or a bad copy does to a file. Each takes
 * the bytes of a (usually valid) .docx and returns a new array; the input is never modified.
 */

import type { Rng } from "./rng";

export type ByteMutator = (bytes: Uint8Array, rng: Rng, other: Uint8Array) => Uint8Array;

/** Flip 1–8 random bits. */
export const flipBits: ByteMutator = (bytes, rng) => {
  const out = bytes.slice();
  if (out.length === 0) return out;
  for (let n = rng.range(1, 8); n > 0; n--) {
    const at = rng.int(out.length);
    out[at] = (out[at] as number) ^ (1 << rng.int(8));
  }
  return out;
};

/** Overwrite 1–16 random bytes with interesting values (0, 0xff, 0x7f, 0x80, random). */
export const setBytes: ByteMutator = (bytes, rng) => {
  const out = bytes.slice();
  if (out.length === 0) return out;
  const values = [0, 0xff, 0x7f, 0x80, 0x01, 0xfe];
  for (let n = rng.range(1, 16); n > 0; n--) out[rng.int(out.length)] = rng.chance(0.5) ? rng.pick(values) : rng.int(256);
  return out;
};

/** Overwrite a 16- or 32-bit little-endian field with a boundary value (sizes, offsets, counts). */
export const setWord: ByteMutator = (bytes, rng) => {
  const out = bytes.slice();
  if (out.length < 4) return out;
  const at = rng.int(out.length - 3);
  const values = [0, 1, 0xffff, 0xffffffff, 0x7fffffff, 0x80000000, out.length, out.length + 1, rng.int(0x100000000)];
  const v = rng.pick(values) >>> 0;
  const width = rng.chance(0.5) ? 2 : 4;
  for (let i = 0; i < width; i++) out[at + i] = (v >>> (8 * i)) & 0xff;
  return out;
};

/** Cut the file short (anywhere, often near the end where the central directory is). */
export const truncate: ByteMutator = (bytes, rng) => {
  const cut = rng.chance(0.5) ? rng.int(bytes.length) : Math.max(0, bytes.length - rng.range(1, 200));
  return bytes.slice(0, cut);
};

/** Insert 1–64 random bytes, shifting every offset after them. */
export const insertBytes: ByteMutator = (bytes, rng) => {
  const at = rng.int(bytes.length + 1);
  const ins = rng.bytes(rng.range(1, 64));
  const out = new Uint8Array(bytes.length + ins.length);
  out.set(bytes.subarray(0, at));
  out.set(ins, at);
  out.set(bytes.subarray(at), at + ins.length);
  return out;
};

/** Delete a random range of 1–256 bytes. */
export const deleteRange: ByteMutator = (bytes, rng) => {
  const at = rng.int(bytes.length);
  const len = Math.min(rng.range(1, 256), bytes.length - at);
  const out = new Uint8Array(bytes.length - len);
  out.set(bytes.subarray(0, at));
  out.set(bytes.subarray(at + len), at);
  return out;
};

/** Copy a chunk of the file over another place of it (duplicated headers, repeated records). */
export const duplicateChunk: ByteMutator = (bytes, rng) => {
  const out = bytes.slice();
  if (out.length < 2) return out;
  const len = rng.range(1, Math.min(512, out.length - 1));
  const from = rng.int(out.length - len);
  const to = rng.int(out.length - len);
  out.copyWithin(to, from, from + len);
  return out;
};

/** The head of one file followed by the tail of another (two half-written copies). */
export const splice: ByteMutator = (bytes, rng, other) => {
  const a = rng.int(bytes.length + 1);
  const b = rng.int(other.length + 1);
  const out = new Uint8Array(a + other.length - b);
  out.set(bytes.subarray(0, a));
  out.set(other.subarray(b), a);
  return out;
};

/** Pure noise of a random length. */
export const randomBytes: ByteMutator = (_bytes, rng) => rng.bytes(rng.int(4096));

export const BYTE_MUTATORS: Readonly<Record<string, ByteMutator>> = {
  flipBits,
  setBytes,
  setWord,
  truncate,
  insertBytes,
  deleteRange,
  duplicateChunk,
  splice,
  randomBytes,
};

/** Applies 1–3 byte mutators in a row; returns the names applied. */
export function mutateBytes(bytes: Uint8Array, rng: Rng, other: Uint8Array): { bytes: Uint8Array; steps: string[] } {
  const names = Object.keys(BYTE_MUTATORS);
  const steps: string[] = [];
  let out = bytes;
  for (let n = rng.range(1, 3); n > 0; n--) {
    const name = rng.pick(names);
    steps.push(name);
    out = (BYTE_MUTATORS[name] as ByteMutator)(out, rng, other);
  }
  return { bytes: out, steps };
}
