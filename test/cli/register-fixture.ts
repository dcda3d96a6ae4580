/** Writes a generated corpus (test/cli/register-corpus.ts) into a temporary folder as real .docx files. */
import { tempDir, writeDoc, writeRaw } from "./write-fixtures";
import type { CorpusFile } from "./register-corpus";

export function writeCorpus(files: readonly CorpusFile[], prefix = "corpus"): string {
  const dir = tempDir(prefix);
  for (const f of files) {
    if (f.doc) writeDoc(dir, f.rel, f.doc);
    else if (f.bytes) writeRaw(dir, f.rel, f.bytes);
  }
  return dir;
}
