/**
 * Where the register keeps each document's findings until the HTML report is written: a temporary
 * file on this machine, appended once per document and read back one document at a time, so memory
 * holds two numbers per document instead of every message of a year of documents. The file lives in
 * its own private folder and is removed when the run ends, whatever happens.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Severity } from "../../core/catalog/elements";

/** What the report shows of a finding. */
export interface SpooledFinding {
  elementId: string;
  severity: Severity;
  message: string;
  guidance: string[];
  /** 0-based paragraph, or null for the whole document. */
  paragraph: number | null;
}

export interface SpoolRef {
  offset: number;
  length: number;
}

export class FindingSpool {
  private readonly dir: string;
  private fd: number | null;
  private size = 0;

  private constructor(dir: string, fd: number) {
    this.dir = dir;
    this.fd = fd;
  }

  static open(): FindingSpool {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bienban-register-"));
    try {
      return new FindingSpool(dir, fs.openSync(path.join(dir, "findings.jsonl"), "w+", 0o600));
    } catch (err) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw err;
    }
  }

  /** The folder holding the spool (tests check it is removed). */
  get folder(): string {
    return this.dir;
  }

  write(findings: readonly SpooledFinding[]): SpoolRef {
    if (this.fd === null) throw new Error("FindingSpool: closed");
    const bytes = Buffer.from(JSON.stringify(findings) + "\n", "utf8");
    fs.writeSync(this.fd, bytes, 0, bytes.length, this.size);
    const ref = { offset: this.size, length: bytes.length };
    this.size += bytes.length;
    return ref;
  }

  read(ref: SpoolRef): SpooledFinding[] {
    if (this.fd === null) throw new Error("FindingSpool: closed");
    const bytes = Buffer.alloc(ref.length);
    fs.readSync(this.fd, bytes, 0, ref.length, ref.offset);
    return JSON.parse(bytes.toString("utf8")) as SpooledFinding[];
  }

  close(): void {
    if (this.fd !== null) {
      fs.closeSync(this.fd);
      this.fd = null;
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
