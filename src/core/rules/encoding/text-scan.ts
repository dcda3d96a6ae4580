/**
 * One pass over each paragraph's raw text, read once per model, for what the ENC rules, FMT.SPACING,
 * FMT.FONT and FMT.SIZES would otherwise each scan the text for. Each flag is exactly the pre-check a
 * rule ran on `raw` (a regex test, mayHoldLegacyText), so a rule may skip a paragraph, or the whole
 * document, whose flag is clear: the stretches it looks at are pieces of `raw` and cannot hold what
 * `raw` lacks. The same pass weighs the runs for run-stats when they are raw's pieces.
 */
import { cp1252Byte } from "../../encoding/cp1252";
import { runLegacyFont } from "../../encoding/legacy-font";
import { readsAsLegacyAt, unitClass, wordHash } from "../../encoding/legacy-text";
import { memoByObject } from "../../model/memo";
import type { DocModel, Paragraph } from "../../model/types";
import { isWhiteSpace } from "../../text/white-space";

/** /[\u0300-\u036f]/: a combining mark (ENC.NFD). */
export const COMBINING = 1;
/** /[\u00d0\u00f0]/: an eth (ENC.LOOKALIKE). */
export const ETH = 2;
/** /[\u200b-\u200d\u2060\ufeff\u00ad]/: a zero-width character or a soft hyphen (ENC.INVISIBLE). */
export const INVISIBLE = 4;
/**
 * /[ÃÄÅÆá]/ and /[\u00c2-\u00f4][\u0080-\u00bf<cp1252 specials>]/ both hold: mojibakeWords' own
 * pre-check (ENC.MOJIBAKE).
 */
export const MOJIBAKE = 8;
/** / {2}| [,;:.!?]/: two spaces or a space before punctuation (FMT.SPACING). */
export const SPACING = 16;
/** mayHoldLegacyText(raw): some word reads as legacy (ENC.LEGACY_TEXT). */
export const LEGACY_WORD = 32;
/** Some run has a legacy font (runLegacyFont): ENC.LEGACY_FONT, and raw is not all one Unicode segment. */
export const LEGACY_FONT_RUN = 64;

/** Weighs in run-stats (not white space). */
const WEIGHS = 1 << 3;
/**
 * Pairs of neighbouring code units: a unit with bit B followed by one with bit B + 1. A space then a
 * space or , ; : . ! ? (FMT.SPACING); a UTF-8 lead byte (U+00C2–U+00F4) then a continuation byte as
 * Windows-1252 shows it (U+0080–U+00BF or a character of bytes 0x80–0x9F: ENC.MOJIBAKE).
 */
const SPACE = 1 << 4;
const AFTER_SPACE = 1 << 5;
const LEAD = 1 << 6;
const CONTINUATION = 1 << 7;
/** The flags a unit sets on its own, shifted: COMBINING, ETH, INVISIBLE, then one of Ã Ä Å Æ á. */
const OWN_SHIFT = 8;
const MOJIBAKE_MARK = 1 << 11;
/** Set on every computed entry, so that 0 means not yet computed. */
const KNOWN = 1 << 15;

function unitInfo(code: number): number {
  let info = KNOWN | unitClass(code);
  if (!isWhiteSpace(code)) info |= WEIGHS;
  if (code === 0x20) info |= SPACE;
  if (code === 0x20 || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x2e || code === 0x21 || code === 0x3f) info |= AFTER_SPACE;
  if (code >= 0xc2 && code <= 0xf4) info |= LEAD;
  const byte = cp1252Byte(code);
  if (byte !== undefined && byte >= 0x80 && byte <= 0xbf) info |= CONTINUATION;
  if (code >= 0x300 && code <= 0x36f) info |= COMBINING << OWN_SHIFT;
  if (code === 0xd0 || code === 0xf0) info |= ETH << OWN_SHIFT;
  if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xad) info |= INVISIBLE << OWN_SHIFT;
  if ((code >= 0xc3 && code <= 0xc6) || code === 0xe1) info |= MOJIBAKE_MARK;
  return info;
}

/** unitInfo by code unit, filled as units are met (charCodeAt never exceeds 0xFFFF). */
const infos = new Uint16Array(0x10000);

/** Characters other than white space (what /\s/ leaves). */
export function weightOf(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) n++;
  return n;
}

/** The runs are raw's pieces, in order (as runSpans checks). */
function runsArePieces(p: Paragraph): boolean {
  let pos = 0;
  for (const run of p.runs) pos += run.text.length;
  if (pos !== p.raw.length) return false;
  pos = 0;
  for (const run of p.runs) {
    const end = pos + run.text.length;
    // Comparing a slice is many times faster than startsWith with a position (V8).
    if (p.raw.slice(pos, end) !== run.text) return false;
    pos = end;
  }
  return true;
}

/**
 * The flags of `raw`; with `runs`, also each run's weight (weightOf) at weights[at + k], read from
 * raw (the caller has checked that the runs are raw's pieces).
 */
function scanRaw(raw: string, runs: Paragraph["runs"] | null, weights: Int32Array, at: number): number {
  let seen = 0;
  let pairs = 0;
  let prev = 0;
  // legacy words (see hasLegacyWord in legacy-text)
  let wordStart = -1;
  let wordUnits = 0;
  let hash = 0;
  let legacy = false;
  // One stretch per run (or one for all of raw without runs), so the loop over the units checks no
  // run boundary: each run's weight is what the stretch adds up.
  const stretches = runs ? runs.length : 1;
  let i = 0;
  for (let k = 0; k < stretches; k++) {
    const end = runs ? i + runs[k]!.text.length : raw.length;
    let weight = 0;
    for (; i < end; i++) {
      const c = raw.charCodeAt(i);
      let info = infos[c]!;
      if (info === 0) info = infos[c] = unitInfo(c);
      weight += (info >> 3) & 1;
      const unit = info & 7;
      if (unit !== 0) {
        if (wordStart < 0) {
          wordStart = i;
          wordUnits = 0;
          hash = 0;
        }
        wordUnits |= unit;
        hash = wordHash(hash, c);
      } else if (wordStart >= 0) {
        if (!legacy && (wordUnits & 6) === 2 && readsAsLegacyAt(raw, wordStart, i, hash)) legacy = true;
        wordStart = -1;
      }
      seen |= info;
      pairs |= prev & (info >> 1);
      prev = info;
    }
    if (runs) weights[at + k] = weight;
  }
  if (wordStart >= 0 && !legacy && (wordUnits & 6) === 2 && readsAsLegacyAt(raw, wordStart, raw.length, hash)) legacy = true;
  let flags = (seen >> OWN_SHIFT) & (COMBINING | ETH | INVISIBLE);
  if (pairs & SPACE) flags |= SPACING;
  if (pairs & LEAD && seen & MOJIBAKE_MARK) flags |= MOJIBAKE;
  if (legacy) flags |= LEGACY_WORD;
  return flags;
}

/** The flags textScan gives a paragraph whose raw text is `raw` (without LEGACY_FONT_RUN). */
export function textFlags(raw: string): number {
  return scanRaw(raw, null, new Int32Array(0), 0);
}

export interface TextScan {
  /** The flags of each paragraph, by position in doc.paragraphs. */
  paragraphs: Int32Array;
  /** Every paragraph's flags together: a clear flag here clears the whole document. */
  any: number;
  /** Run k of paragraph i (by position) weighs weights[runOffsets[i] + k] (weightOf its text). */
  runOffsets: Int32Array;
  weights: Int32Array;
}

export const textScan = memoByObject((doc: DocModel): TextScan => {
  const count = doc.paragraphs.length;
  const paragraphs = new Int32Array(count);
  const runOffsets = new Int32Array(count + 1);
  let total = 0;
  for (let i = 0; i < count; i++) {
    runOffsets[i] = total;
    total += doc.paragraphs[i]!.runs.length;
  }
  runOffsets[count] = total;
  const weights = new Int32Array(total);
  let any = 0;
  for (let i = 0; i < count; i++) {
    const p = doc.paragraphs[i]!;
    const pieces = runsArePieces(p);
    let flags = scanRaw(p.raw, pieces ? p.runs : null, weights, runOffsets[i]!);
    if (!pieces) for (let k = 0; k < p.runs.length; k++) weights[runOffsets[i]! + k] = weightOf(p.runs[k]!.text);
    if (p.runs.some((r) => runLegacyFont(r.format))) flags |= LEGACY_FONT_RUN;
    paragraphs[i] = flags;
    any |= flags;
  }
  return { paragraphs, any, runOffsets, weights };
});
