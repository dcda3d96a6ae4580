/**
 * Inflating one zip entry without trusting it. The output buffer is sized by the entry's declared
 * size (already checked against the limits), and inflation stops as soon as the data would exceed it,
 * so a lying header can neither grow memory nor keep the decoder running.
 */

import { Inflate, inflateSync } from "fflate";
import { DocxError, docxError } from "./errors";

/** Deflate's best case is about 1032:1; beyond this many output bytes per input byte the data lies. */
const DEFLATE_MAX_RATIO = 1032;

/*
 * The one-shot decoder (fastest) writes into a fixed buffer, so memory is safe; but on a lying header
 * it keeps decoding past the buffer. It is used only while that wasted work is bounded by
 * `workBudget` output bytes (the caller passes its uncompressed limit: no worse than inflating one
 * honest part of the largest accepted size); bigger inputs go through the streaming decoder.
 */

/** Compressed bytes fed per step of the streaming decoder: at most ~16 MB of output per step. */
const STREAM_CHUNK = 16 * 1024;

function bomb(part: string): DocxError {
  return docxError("ZIP_BOMB", `Tệp bị nghi là "bom nén": phần "${part}" giải nén ra nhiều hơn kích thước khai báo.`, {
    part,
  });
}

function corrupt(part: string, cause?: unknown): DocxError {
  return docxError("CORRUPT_ZIP", `Tệp nén bị hỏng: không giải nén được phần "${part}".`, {
    part,
    ...(cause === undefined ? {} : { cause }),
  });
}

export function inflateGuarded(data: Uint8Array, declaredSize: number, part: string, workBudget = 0): Uint8Array {
  if (data.length * DEFLATE_MAX_RATIO <= workBudget) {
    // One spare byte tells "exactly the declared size" from "more than declared".
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(declaredSize + 1) });
    } catch (e) {
      throw corrupt(part, e);
    }
    if (out.length > declaredSize) throw bomb(part);
    if (out.length !== declaredSize) throw corrupt(part);
    return out;
  }
  const out = new Uint8Array(declaredSize);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk: Uint8Array) => {
    if (overflow) return;
    if (written + chunk.length > declaredSize) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let i = 0; i < data.length && !overflow; i += STREAM_CHUNK) {
      const end = Math.min(data.length, i + STREAM_CHUNK);
      inflater.push(data.subarray(i, end), end === data.length);
    }
  } catch (e) {
    if (!overflow) throw corrupt(part, e);
  }
  if (overflow) throw bomb(part);
  if (written !== declaredSize) throw corrupt(part);
  return out;
}
