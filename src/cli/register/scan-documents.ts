/**
 * Pass 1 of the register: every file once, in turn. Each is read, checked and summarised, its
 * findings go to the spool (when a page will show them), and its model is dropped before the next
 * file, so memory holds summaries only. A file dated outside a --from/--to period is summarised
 * without running the rules. Nothing stops the run: an unreadable file is recorded and skipped.
 */
import type { Finding } from "../../core/rules/types";
import { checkDocument } from "../../core/engine/check-document";
import { detectDocumentType } from "../../core/detect/detect-type";
import { extractFacts } from "../../core/facts/extract-facts";
import type { Profile } from "../../core/profiles/types";
import { meetingMonth } from "../../core/register/meeting-month";
import { summarizeDocument } from "../../core/register/summarize-document";
import type { RegisterEntry } from "../../core/register/types";
import type { YearMonth } from "../../core/register/year-month";
import type { FileEntry } from "../collect-files";
import { checkFailed, reasonOf } from "../messages";
import { pairingKey, pairRole, type PairRole } from "../pairing";
import { readModel } from "../read-model";
import type { FileError } from "../report";
import type { FindingSpool, SpoolRef, SpooledFinding } from "./finding-spool";
import type { Progress } from "./progress-bar";

export interface ScanOptions {
  overlays: readonly Profile[];
  contentProfile?: string;
  formatProfile?: string;
  today: string;
  from?: YearMonth;
  to?: YearMonth;
  /** Keeps each document's findings for the HTML page; none when no page is written. */
  spool?: FindingSpool;
  progress: Progress;
}

/** A biên bản or nghị quyết that may have a partner of the same meeting (CHK.CROSS_DOC). */
export interface PairCandidate {
  id: number;
  absolute: string;
  role: PairRole;
}

export interface ScanResult {
  entries: RegisterEntry[];
  unreadable: { path: string; error: FileError }[];
  /** Spool references per entry id (pass 2 may add one). */
  spooled: Map<number, SpoolRef[]>;
  /** Candidates by meeting key, for pass 2. */
  pairs: Map<string, PairCandidate[]>;
  /** Entries summarised without running the rules (dated outside the period). */
  unchecked: Set<number>;
}

export function spooledOf(findings: readonly Finding[]): SpooledFinding[] {
  return findings.map((f) => ({ elementId: f.elementId, severity: f.severity, message: f.message, guidance: [...f.guidance], paragraph: f.location?.paragraph ?? null }));
}

/**
 * A copy of the summary that shares no string with the document: a name read from a paragraph can be
 * a slice of the whole document's XML text, and keeping the slice would keep that text alive.
 */
const detached = (entry: RegisterEntry): RegisterEntry => structuredClone(entry);

export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const outside = (month: YearMonth | null, o: ScanOptions) => month !== null && ((o.from !== undefined && month < o.from) || (o.to !== undefined && month > o.to));

export async function scanDocuments(files: readonly FileEntry[], options: ScanOptions): Promise<ScanResult> {
  const result: ScanResult = { entries: [], unreadable: [], spooled: new Map(), pairs: new Map(), unchecked: new Set() };
  for (const file of files) {
    try {
      if (file.error) {
        result.unreadable.push({ path: file.path, error: file.error });
        continue;
      }
      const loaded = await readModel(file.absolute);
      if (!loaded.ok) {
        result.unreadable.push({ path: file.path, error: loaded.error });
        continue;
      }
      const doc = loaded.doc;
      const id = result.entries.length;
      try {
        const type = detectDocumentType(doc).type;
        const facts = extractFacts(doc);
        if (outside(meetingMonth(facts, type)?.month ?? null, options)) {
          result.entries.push(detached({ ...summarizeDocument(doc, { documentType: type, facts, findings: [] }), id, path: file.path }));
          result.unchecked.add(id);
          continue;
        }
        const checked = checkDocument(doc, {
          overlays: options.overlays,
          contentProfile: options.contentProfile,
          formatProfile: options.formatProfile,
          today: options.today,
        });
        const entry = detached({ ...summarizeDocument(doc, checked), id, path: file.path });
        const ref = options.spool?.write(spooledOf(checked.findings));
        result.entries.push(entry);
        if (ref) result.spooled.set(id, [ref]);
        const role = pairRole(checked.documentType);
        const key = role ? pairingKey(checked.facts) : null;
        if (role && key) {
          const group = result.pairs.get(key) ?? [];
          group.push({ id, absolute: file.absolute, role });
          result.pairs.set(key, group);
        }
      } catch (err) {
        result.unreadable.push({ path: file.path, error: { code: "CHECK_FAILED", message: checkFailed(reasonOf(err)) } });
      }
    } finally {
      options.progress.tick(file.path);
    }
    // Reading is synchronous under its promises: let the event loop run so Ctrl+C is heard.
    await nextTurn();
  }
  return result;
}
