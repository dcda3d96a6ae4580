/**
 * Hostile .docx inputs at three levels — bytes, zip structure, XML — for the quick run in jest and
 * the long run of `npm run fuzz`. `hostileInput(seed)` is deterministic: the same seed always
 * rebuilds the same input, so a failure is reproduced from the number the runner prints.
 * `hostileCatalogue()` is the fixed list naming every attack of the requirement once.
 */

import { strToU8 } from "fflate";
import { mutateBytes } from "./mutators";
import { MAIN_PART, repack, utf8, withBody } from "./repack";
import { Rng } from "./rng";
import { seedDocs } from "./seed-docs";
import { BROKEN_SNIPPETS, NESTERS, XML_GENERATORS, doctype, encoding, p, type XmlGenerator } from "./xml-hostile";
import { HOSTILE_NAMES, ZIP_GENERATORS, deflatedZeros, type ZipGenerator } from "./zip-hostile";
import { rawZip } from "./zip-writer";

export type HostileLevel = "bytes" | "zip" | "xml";

export interface HostileInput {
  /** What was done: "level:generator:seed-doc", with byte mutation steps when any. */
  label: string;
  level: HostileLevel;
  bytes: Uint8Array;
}

/**
 * The input of one seed. `scale` shrinks the big XML attacks (the quick jest run); 1 in the long run.
 * A third of the zip and XML inputs are also byte-mutated afterwards, to reach deeper damage.
 */
export function hostileInput(seed: number, scale = 1): HostileInput {
  const rng = new Rng(seed);
  const seeds = seedDocs();
  const doc = rng.pick(seeds);
  const roll = rng.next();
  if (roll < 0.4) {
    const other = rng.pick(seeds).bytes;
    const { bytes, steps } = mutateBytes(doc.bytes, rng, other);
    return { label: `bytes:${steps.join("+")}:${doc.label}`, level: "bytes", bytes };
  }
  let level: HostileLevel;
  let name: string;
  let bytes: Uint8Array;
  if (roll < 0.6) {
    level = "zip";
    name = rng.pick(Object.keys(ZIP_GENERATORS));
    bytes = (ZIP_GENERATORS[name] as ZipGenerator)(doc, rng);
  } else {
    level = "xml";
    name = rng.pick(Object.keys(XML_GENERATORS));
    bytes = (XML_GENERATORS[name] as XmlGenerator)(doc, rng, scale);
  }
  let label = `${level}:${name}:${doc.label}`;
  // Byte-mutating a multi-megabyte input only produces CORRUPT_ZIP; keep that for small ones.
  if (bytes.length < 1_000_000 && rng.chance(0.3)) {
    const mutated = mutateBytes(bytes, rng, doc.bytes);
    bytes = mutated.bytes;
    label += `+bytes:${mutated.steps.join("+")}`;
  }
  return { label, level, bytes };
}

/**
 * The fixed catalogue: every attack named by the requirement, once. At `scale` 1 the big ones are
 * full size (100,000 levels, 6 MB paragraphs); jest runs it smaller.
 */
export function hostileCatalogue(scale = 1): HostileInput[] {
  const n = (count: number): number => Math.max(10, Math.round(count * scale));
  const out: HostileInput[] = [];
  const add = (level: HostileLevel, label: string, bytes: Uint8Array): void => {
    out.push({ level, label, bytes });
  };
  const seed = seedDocs()[0];
  if (seed === undefined) throw new Error("no seed documents");
  const parts = seed.parts;
  const rng = new Rng(2026);

  // Bytes.
  add("bytes", "empty file", new Uint8Array(0));
  add("bytes", "one byte", new Uint8Array([0x50]));
  add("bytes", "zip signature only", new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
  add("bytes", "end record only", new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]));
  add("bytes", "random noise", rng.bytes(4096));
  add("bytes", "text file", strToU8("Biên bản họp chi bộ\n".repeat(100)));
  add("bytes", "cut in half", seed.bytes.slice(0, seed.bytes.length >> 1));
  add("bytes", "last byte missing", seed.bytes.slice(0, seed.bytes.length - 1));
  add("bytes", "all bytes inverted", seed.bytes.map((b) => b ^ 0xff));

  // Zip structure.
  for (const name of [MAIN_PART, "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml"]) {
    add("zip", `without ${name}`, repack(parts, { [name]: undefined }));
  }
  const entries = Object.entries(parts).map(([name, data]) => ({ name, data }));
  add("zip", "document.xml twice, junk first", rawZip([{ name: MAIN_PART, data: utf8("<rác") }, ...entries]));
  add("zip", "document.xml twice, junk second", rawZip([...entries, { name: MAIN_PART, data: utf8("<rác") }]));
  add("zip", "document.xml twice, upper-case copy", rawZip([{ name: "WORD/DOCUMENT.XML", data: utf8("<x/>") }, ...entries]));
  add("zip", "path-traversal names", rawZip([...entries, ...HOSTILE_NAMES.map((name) => ({ name, data: utf8("<w:document/>") }))]));
  add("zip", "main part only under ../word/document.xml", rawZip(entries.map((e) => (e.name === MAIN_PART ? { ...e, name: "../word/document.xml" } : e))));
  add("zip", "declared size 4 GB", rawZip(entries.map((e) => (e.name === MAIN_PART ? { ...e, declaredSize: 0xffffffff } : e))));
  add("zip", "declared size 2 GB, compressed size 4 GB", rawZip(entries.map((e) => (e.name === MAIN_PART ? { ...e, declaredSize: 0x80000000, compressedSize: 0xffffffff } : e))));
  // Over the 8 MB ratio-check threshold either way; 64 MB costs a few hundred ms to deflate.
  const bombMb = scale < 1 ? 16 : 64;
  const zeros = deflatedZeros(bombMb * 1024 * 1024);
  const others = entries.filter((e) => e.name !== MAIN_PART);
  add("zip", `zip bomb ${bombMb} MB of zeros, declared honestly`, rawZip([...others, { name: MAIN_PART, data: zeros, preDeflated: true, declaredSize: bombMb * 1024 * 1024 }]));
  add("zip", `zip bomb ${bombMb} MB of zeros, declared 1000 bytes`, rawZip([...others, { name: MAIN_PART, data: zeros, preDeflated: true, declaredSize: 1000 }]));
  add(
    "zip",
    `overlapping entries sharing one ${bombMb} MB bomb`,
    rawZip([
      { name: "bomb.bin", data: zeros, preDeflated: true, declaredSize: bombMb * 1024 * 1024 },
      ...["word/document.xml", "word/styles.xml", "word/settings.xml", "_rels/.rels"].map((name) => ({ name, data: zeros, preDeflated: true, declaredSize: 100_000, aliasOf: 0 })),
    ]),
  );
  const many = [...entries];
  for (let i = 0; i < 20_001; i++) many.push({ name: `word/media/x${i}.bin`, data: new Uint8Array(0) });
  add("zip", "20,001 entries (over the limit)", rawZip(many));
  add("zip", "19,000 entries (under the limit)", rawZip(many.slice(0, 19_000)));
  add("zip", "end record counts 65,535 entries", rawZip(entries, { declaredCount: 0xffff }));
  add("zip", "unknown compression method", rawZip(entries.map((e) => (e.name === MAIN_PART ? { ...e, method: 99 } : e))));
  add("zip", "encrypted entry flag", rawZip(entries.map((e) => (e.name === MAIN_PART ? { ...e, flags: 1 } : e))));
  add("zip", "main part is a zip", repack(parts, { [MAIN_PART]: seed.bytes }));

  // XML.
  for (const [open, close] of NESTERS) {
    add("xml", `nesting ${n(100_000)} × ${open}`, withBody(parts, open.repeat(n(100_000)) + p("sâu") + close.repeat(n(100_000))));
  }
  add("xml", `nesting ${n(100_000)} levels, one close tag missing`, withBody(parts, "<w:sdt><w:sdtContent>".repeat(n(100_000)) + "</w:sdtContent></w:sdt>".repeat(n(100_000) - 1)));
  const tagged = ['<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>', "</w:sdtContent></w:sdt>"];
  for (const [open, close] of [NESTERS[0], NESTERS[1], tagged] as [string, string][]) {
    const para = p("Đồng chí phát biểu.");
    add("xml", `${n(30_000)} paragraphs inside ${n(30_000)} × ${open}`, withBody(parts, open.repeat(n(30_000)) + para.repeat(n(30_000)) + close.repeat(n(30_000))));
    add("xml", `a paragraph at each of ${n(30_000)} levels of ${open}`, withBody(parts, (open + para).repeat(n(30_000)) + close.repeat(n(30_000))));
  }
  add("xml", `one paragraph of ${(6 * scale).toFixed(1)} MB`, withBody(parts, p("Đồng chí Nguyễn Văn An phát biểu: ".repeat(n(Math.ceil((6 * 1024 * 1024) / 34))))));
  add("xml", `one word of ${(4 * scale).toFixed(1)} MB`, withBody(parts, p("a".repeat(n(4 * 1024 * 1024)))));
  add("xml", `${n(200_000)} one-character runs`, withBody(parts, `<w:p>${"<w:r><w:t>Đ</w:t></w:r>".repeat(n(200_000))}</w:p>`));
  add("xml", `${n(100_000)} paragraphs`, withBody(parts, Array.from({ length: n(100_000) }, (_, i) => p(`Đồng chí ${i} phát biểu: nhất trí.`)).join("")));
  const r = (n: number) => new Rng(n);
  for (let k = 0; k < 12; k++) add("xml", `DOCTYPE / entities #${k}`, doctype(seed, r(k)));
  add(
    "xml",
    "external entity SYSTEM file:///etc/passwd",
    repack(parts, {
      [MAIN_PART]: utf8(`<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p("&xxe;")}</w:body></w:document>`),
    }),
  );
  for (let k = 0; k < 21; k++) add("xml", `encoding #${k}`, encoding(seed, r(100 + k)));
  const xml = new TextDecoder().decode(parts[MAIN_PART]);
  add("xml", "unbalanced: </w:body> missing", repack(parts, { [MAIN_PART]: utf8(xml.replace("</w:body>", "")) }));
  add("xml", "unbalanced: extra </w:p>", repack(parts, { [MAIN_PART]: utf8(xml.replace("</w:p>", "</w:p></w:p>")) }));
  add("xml", "cut in the middle of a tag", repack(parts, { [MAIN_PART]: utf8(xml.slice(0, xml.indexOf("<w:t") + 3)) }));
  add("xml", "unterminated attribute", repack(parts, { [MAIN_PART]: utf8(xml.replace(/w:val="/, 'w:val="x')) }));
  for (const [i, snippet] of BROKEN_SNIPPETS.entries()) add("xml", `broken construct #${i}`, withBody(parts, p("Biên bản") + snippet + p("tiếp")));
  return out;
}
