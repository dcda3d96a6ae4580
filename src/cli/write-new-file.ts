/**
 * Writes a drafted file without ever losing one that is there. Without `force` the file is created
 * exclusively (no check-then-write race); a failed write removes only the partial file it created.
 * With `force` the bytes go to a temporary file beside the target, renamed over it once complete, so
 * a full disk or a crash leaves the old file whole.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export type WriteResult = { ok: true } | { ok: false; reason: "exists" | "folder" | "failed"; error?: unknown };

function isFolder(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}

export function writeNewFile(target: string, bytes: Uint8Array, force: boolean): WriteResult {
  if (isFolder(target)) return { ok: false, reason: "folder" };
  if (!force) {
    let fd: number;
    try {
      fd = fs.openSync(target, "wx");
    } catch (error) {
      return (error as { code?: string }).code === "EEXIST" ? { ok: false, reason: "exists" } : { ok: false, reason: "failed", error };
    }
    try {
      fs.writeFileSync(fd, bytes);
      fs.closeSync(fd);
      return { ok: true };
    } catch (error) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already closed by the failed write: the removal below is what matters */
      }
      fs.rmSync(target, { force: true });
      return { ok: false, reason: "failed", error };
    }
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, bytes, { flag: "wx" });
    fs.renameSync(temp, target);
    return { ok: true };
  } catch (error) {
    fs.rmSync(temp, { force: true });
    return { ok: false, reason: "failed", error };
  }
}
