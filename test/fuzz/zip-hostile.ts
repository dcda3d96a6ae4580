/**
 * Zip-structure attacks on a seed: parts removed or duplicated, path-traversal and absurd names,
 * lying sizes, zip bombs (honest and lying, overlapping entries), too many entries, fake end
 * records. Each generator returns a complete archive.
 */

import { deflateSync } from "fflate";
import { MAIN_PART, repack, utf8 } from "./repack";
import type { Rng } from "./rng";
import type { SeedDoc } from "./seed-docs";
import { concat, rawZip, type RawEntry } from "./zip-writer";

export type ZipGenerator = (seed: SeedDoc, rng: Rng) => Uint8Array;

const entriesOf = (seed: SeedDoc): RawEntry[] => Object.entries(seed.parts).map(([name, data]) => ({ name, data }));

const IMPORTANT = [MAIN_PART, "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml"];

/** Names a zip may carry that must never be used as paths. */
export const HOSTILE_NAMES = [
  "../../evil",
  "../../../../../../etc/passwd",
  "/abs/evil.xml",
  "/etc/passwd",
  "C:\\Windows\\evil.xml",
  "C:/evil.xml",
  "\\\\server\\share\\x.xml",
  "word/../../up.xml",
  "word/./document.xml",
  "WORD/DOCUMENT.XML",
  "/word/document.xml",
  "word\\document.xml",
  "word/document.xml\u0000.txt",
  "",
  "/",
  "..",
  "word/",
  "a".repeat(0xffff),
  "tên-tiếng-việt/tài-liệu.xml",
];

export const removePart: ZipGenerator = (seed, rng) => {
  const names = Object.keys(seed.parts);
  const victim = rng.chance(0.6) ? rng.pick(IMPORTANT) : rng.pick(names);
  return repack(seed.parts, { [victim]: undefined });
};

/** The same name twice: garbage first or second, or a case variant (OPC names ignore case). */
export const duplicatePart: ZipGenerator = (seed, rng) => {
  const entries = entriesOf(seed);
  const name = rng.pick(IMPORTANT.filter((n) => n in seed.parts));
  const variants = [name, name.toUpperCase(), `/${name}`];
  const junk = rng.pick([utf8("<x/>"), utf8("không phải XML"), rng.bytes(200), new Uint8Array(0), seed.parts[name] ?? new Uint8Array(0)]);
  const dup: RawEntry = { name: rng.pick(variants), data: junk };
  const at = rng.int(entries.length + 1);
  entries.splice(at, 0, dup);
  return rawZip(entries);
};

export const hostileNames: ZipGenerator = (seed, rng) => {
  const entries = entriesOf(seed);
  for (let n = rng.range(1, 6); n > 0; n--) {
    const name: string | Uint8Array = rng.chance(0.15) ? rng.bytes(rng.range(1, 40)) : rng.pick(HOSTILE_NAMES);
    entries.splice(rng.int(entries.length + 1), 0, { name, data: rng.chance(0.5) ? utf8("<x/>") : rng.bytes(50), method: rng.chance(0.5) ? 0 : 8 });
  }
  // Sometimes the real main part itself goes under a traversal name only.
  if (rng.chance(0.2)) {
    const main = entries.find((e) => e.name === MAIN_PART);
    if (main !== undefined) main.name = rng.pick(["../word/document.xml", "/word/document.xml", "word\\document.xml", "Word/Document.xml"]);
  }
  return rawZip(entries);
};

/** Relationship targets that climb out of the package or point back at the main part. */
export const hostileTargets: ZipGenerator = (seed, rng) => {
  const targets = ["../../../../etc/passwd", "/etc/passwd", "file:///etc/passwd", "document.xml", "../word/document.xml", "styles.xml",
    "C:\\x.xml", "http://example.invalid/x.xml", "", "#", "header1.xml#frag", "%2e%2e/%2e%2e/x"];
  const types = ["styles", "theme", "settings", "comments", "header", "footer", "officeDocument"];
  const rels: string[] = [];
  for (let i = 0; i < rng.range(1, 8); i++) {
    const mode = rng.chance(0.3) ? ' TargetMode="External"' : "";
    rels.push(`<Relationship Id="rIdH${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${rng.pick(types)}" Target="${rng.pick(targets)}"${mode}/>`);
  }
  const xml = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  const rootRels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${rng.pick(targets)}"/></Relationships>`;
  const replace: Record<string, Uint8Array | undefined> = { "word/_rels/document.xml.rels": utf8(xml) };
  if (rng.chance(0.3)) {
    replace["_rels/.rels"] = utf8(rootRels);
    replace[MAIN_PART] = undefined;
    replace["word/main.xml"] = seed.parts[MAIN_PART];
  }
  return repack(seed.parts, replace);
};

/** Declared sizes that lie: absurdly large, zero, or off by a little. */
export const lyingSizes: ZipGenerator = (seed, rng) => {
  const entries = entriesOf(seed);
  const target = entries.find((e) => e.name === MAIN_PART) ?? rng.pick(entries);
  const sizes = [0xffffffff, 0x7fffffff, 0x80000000, 2 ** 31 - 1, 200 * 1024 * 1024, 0, 1, target.data.length + 1, target.data.length - 1];
  if (rng.chance(0.7)) target.declaredSize = rng.pick(sizes);
  if (rng.chance(0.4)) target.compressedSize = rng.pick([0, 0xffffffff, 1, 12345678]);
  if (rng.chance(0.2)) target.method = rng.pick([0, 1, 9, 12, 14, 93, 99, 0xffff]);
  if (rng.chance(0.1)) target.flags = rng.pick([1, 8, 0x41]);
  return rawZip(entries);
};

const bombCache = new Map<number, Uint8Array>();

/** Deflated zeros (built once per size: a 100 MB bomb costs a few hundred ms to make). */
export function deflatedZeros(size: number): Uint8Array {
  let out = bombCache.get(size);
  if (out === undefined) {
    out = deflateSync(new Uint8Array(size), { level: 9 });
    bombCache.set(size, out);
  }
  return out;
}

/**
 * Zip bombs: a part of zeros declared honestly (ratio ~1000:1), the same data declared small (the
 * decoder must stop at the declared size), or one local entry shared by many central records.
 */
export const zipBomb: ZipGenerator = (seed, rng) => {
  const size = rng.pick([16, 64, 160]) * 1024 * 1024;
  const zeros = deflatedZeros(size);
  const kind = rng.int(3);
  const entries = entriesOf(seed).filter((e) => kind === 2 || e.name !== MAIN_PART);
  const bomb: RawEntry = {
    name: kind === 2 ? "word/media/bomb.bin" : MAIN_PART,
    data: zeros,
    preDeflated: true,
    declaredSize: kind === 1 ? rng.pick([1000, 65536]) : size,
  };
  entries.push(bomb);
  if (kind === 2) {
    // Overlapping entries: every part name points at the bomb's local header.
    const at = entries.length - 1;
    for (const name of [MAIN_PART, "word/styles.xml", "word/header1.xml", "word/comments.xml", "word/settings.xml"]) {
      entries.push({ name, data: zeros, preDeflated: true, declaredSize: size, aliasOf: at });
    }
  }
  return rawZip(entries);
};

/** Too many entries (over the limit), or many tiny ones just under it. */
export const manyEntries: ZipGenerator = (seed, rng) => {
  const entries = entriesOf(seed);
  const count = rng.pick([20_001, 30_000, 5_000]);
  for (let i = 0; i < count; i++) entries.push({ name: `word/media/x${i}.bin`, data: new Uint8Array(0), method: 0 });
  return rawZip(entries, rng.chance(0.3) ? { declaredCount: 0xffff } : {});
};

/** End-of-archive tricks: a false count, garbage before the archive, a fake end record in the comment. */
export const endRecordTricks: ZipGenerator = (seed, rng) => {
  const entries = entriesOf(seed);
  const kind = rng.int(4);
  if (kind === 0) return rawZip(entries, { declaredCount: rng.pick([0, 1, entries.length + 1, 0xffff]) });
  if (kind === 1) return rawZip(entries, { prefix: rng.bytes(rng.range(1, 5000)) });
  if (kind === 2) {
    // A complete small zip inside the comment: its end record is found first.
    const inner = rawZip([{ name: MAIN_PART, data: utf8("<w:document/>") }]);
    return rawZip(entries, { comment: inner.subarray(inner.length - 22) });
  }
  const fake = new Uint8Array(22);
  fake.set([0x50, 0x4b, 0x05, 0x06]);
  fake.set(rng.bytes(18), 4);
  return rawZip(entries, { comment: concat([rng.bytes(rng.int(100)), fake]) });
};

/** A .docx whose main part is itself a zip, or whose parts are empty. */
export const nestedAndEmpty: ZipGenerator = (seed, rng) => {
  if (rng.chance(0.5)) return repack(seed.parts, { [MAIN_PART]: seed.bytes });
  const replace: Record<string, Uint8Array> = {};
  for (const name of Object.keys(seed.parts)) if (rng.chance(0.5)) replace[name] = new Uint8Array(0);
  replace[MAIN_PART] = new Uint8Array(0);
  return repack(seed.parts, replace);
};

export const ZIP_GENERATORS: Readonly<Record<string, ZipGenerator>> = {
  removePart,
  duplicatePart,
  hostileNames,
  hostileTargets,
  lyingSizes,
  zipBomb,
  manyEntries,
  endRecordTricks,
  nestedAndEmpty,
};
