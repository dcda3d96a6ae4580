/**
 * Reads one .docx file into the document model, turning every failure into a FileError (the reader's
 * own code and Vietnamese message when it recognised the problem) so one bad file never stops a batch.
 */
import * as fs from "node:fs";
import type { DocModel } from "../core/model/types";
import { isDocxError } from "../docx/errors";
import { readDocx } from "../docx/read-docx";
import { readFailed, reasonOf } from "./messages";
import type { FileError } from "./report";

export type ReadResult = { ok: true; doc: DocModel } | { ok: false; error: FileError };

export async function readModel(absolute: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(absolute);
  } catch (err) {
    const code = (err as { code?: string }).code;
    return { ok: false, error: { code: code === "ENOENT" ? "NOT_FOUND" : "READ_FAILED", message: readFailed(reasonOf(err)) } };
  }
  try {
    // Awaited so that a reader returning either a model or a promise of one is fine.
    const doc = await readDocx(bytes);
    return { ok: true, doc };
  } catch (err) {
    if (isDocxError(err)) return { ok: false, error: { code: err.code, message: err.message } };
    return { ok: false, error: { code: "CORRUPT", message: readFailed(reasonOf(err)) } };
  }
}
