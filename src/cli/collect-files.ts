/**
 * Turns the paths on the command line into the list of files to check: files as given, folders
 * searched recursively for .docx. Word's lock files ("~$name.docx") and hidden entries are skipped;
 * a path that cannot be found or read becomes an entry with an error, so the batch goes on.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { folderUnreadable, pathNotFound, reasonOf } from "./messages";
import type { FileError } from "./report";

export interface FileEntry {
  /** The path as shown to the user (as typed, joined with the names found below a folder). */
  path: string;
  absolute: string;
  /** Set when the path could not be found or listed. */
  error?: FileError;
}

export interface Collected {
  files: FileEntry[];
  /** Folders that held no .docx (said on stderr, not an error). */
  emptyFolders: string[];
}

const isDocx = (name: string) => /\.docx$/i.test(name);
const isSkipped = (name: string) => name.startsWith("~$") || name.startsWith(".");

export function collectFiles(inputs: readonly string[], cwd: string): Collected {
  const files: FileEntry[] = [];
  const emptyFolders: string[] = [];
  // Real paths already taken: a file named twice, or reached twice through a link, is checked once;
  // a link back to a parent folder cannot loop.
  const seen = new Set<string>();

  const realOf = (abs: string) => {
    try {
      return fs.realpathSync(abs);
    } catch {
      return abs;
    }
  };

  const walk = (shown: string, abs: string, found: FileEntry[]): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (err) {
      found.push({ path: shown, absolute: abs, error: { code: "READ_FAILED", message: folderUnreadable(reasonOf(err)) } });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (isSkipped(e.name)) continue;
      const childShown = path.join(shown, e.name);
      const childAbs = path.join(abs, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = fs.statSync(childAbs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link is not a document
        }
      }
      if (isDir) {
        const real = realOf(childAbs);
        if (seen.has(real)) continue;
        seen.add(real);
        walk(childShown, childAbs, found);
      } else if (isFile && isDocx(e.name)) {
        const real = realOf(childAbs);
        if (seen.has(real)) continue;
        seen.add(real);
        found.push({ path: childShown, absolute: childAbs });
      }
    }
  };

  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (err) {
      const code = (err as { code?: string }).code;
      const message = code === "ENOENT" || code === "ENOTDIR" ? pathNotFound : folderUnreadable(reasonOf(err));
      files.push({ path: input, absolute: abs, error: { code: code === "ENOENT" || code === "ENOTDIR" ? "NOT_FOUND" : "READ_FAILED", message } });
      continue;
    }
    const real = realOf(abs);
    if (seen.has(real)) continue;
    seen.add(real);
    if (st.isDirectory()) {
      const found: FileEntry[] = [];
      walk(input, abs, found);
      if (found.length === 0) emptyFolders.push(input);
      files.push(...found);
    } else {
      // A file named explicitly is always read, whatever its extension: the reader says what it is.
      files.push({ path: input, absolute: abs });
    }
  }
  return { files, emptyFolders };
}
