/**
 * Reads the local overlay files given with --profile. Any problem (unreadable file, invalid JSON, a
 * field parseOverlay refuses) is reported with the file name and every error, and nothing is checked:
 * a misspelt threshold must not silently fall back to the default.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseOverlay } from "../core/profiles/parse-overlay";
import type { Profile } from "../core/profiles/types";
import { overlayInvalid, overlayNotJson, overlayUnreadable, reasonOf } from "./messages";

export type OverlaysResult = { ok: true; overlays: Profile[] } | { ok: false; errors: string[] };

export function loadOverlays(files: readonly string[], cwd: string): OverlaysResult {
  const overlays: Profile[] = [];
  const errors: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(cwd, file), "utf8");
    } catch (err) {
      errors.push(overlayUnreadable(file, reasonOf(err)));
      continue;
    }
    let json: unknown;
    try {
      // A byte-order mark is common in files saved by Notepad.
      json = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (err) {
      errors.push(overlayNotJson(file, reasonOf(err)));
      continue;
    }
    const parsed = parseOverlay(json);
    if (parsed.ok) overlays.push(parsed.profile);
    else errors.push(overlayInvalid(file, parsed.errors));
  }
  return errors.length ? { ok: false, errors } : { ok: true, overlays };
}
