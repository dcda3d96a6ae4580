/**
 * A fingerprint of a document's text, to find the same document received twice (a copy, or the same
 * file re-saved by another program, whose bytes differ). 64-bit FNV-1a over the paragraphs' NFC
 * text, white space collapsed: pure and fast, and collisions between real documents are negligible
 * at register sizes (thousands).
 */
import type { DocModel } from "../model/types";
import { squish } from "../text/normalize";

const PRIME_LO = 0x1b3;
const PRIME_HI = 0x100;

export function textFingerprint(doc: DocModel): string {
  // 64-bit arithmetic in two 32-bit halves (offset basis 0xcbf29ce484222325).
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const feed = (code: number) => {
    lo = (lo ^ code) >>> 0;
    // (hi:lo) * 0x100000001b3, keeping the low 64 bits.
    const loMul = lo * PRIME_LO;
    const carry = Math.floor(loMul / 0x100000000);
    const newLo = loMul >>> 0;
    hi = (hi * PRIME_LO + lo * PRIME_HI + carry) >>> 0;
    lo = newLo;
  };
  for (const p of doc.paragraphs) {
    const text = squish(p.text);
    if (text === "") continue;
    for (let i = 0; i < text.length; i++) feed(text.charCodeAt(i));
    feed(10);
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}
