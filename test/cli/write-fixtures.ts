/** Writes sample documents as real .docx files into a temporary folder for the CLI tests. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { DocModel } from "../../src/core/model/types";
import { writeDocx } from "../../src/docx/write-docx";
import { modelToDocxSpec } from "../helpers/model-to-docx";

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `bienban-${prefix}-`));
}

export function writeDoc(dir: string, rel: string, doc: DocModel): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, writeDocx(modelToDocxSpec(doc)));
  return file;
}

export function writeRaw(dir: string, rel: string, content: string | Uint8Array): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}
