/**
 * Checks a batch of files and pairs each biên bản with the nghị quyết of the same meeting
 * (CHK.CROSS_DOC).
 *
 * Memory stays bounded whatever the batch size: pass 1 reads, checks and drops each model in turn,
 * keeping only the findings and a small pairing key — except the models of the most recent
 * documents that could pair, in a small bounded window (KeptModels), because a meeting's biên bản
 * and nghị quyết usually sit side by side in a folder. When a file completes a meeting whose other
 * files are still in that window, the cross-document rules run for the meeting at once, from the
 * models in hand (nothing is read again); the outcome is only staged. Pass 2 takes the meetings
 * with a biên bản and a nghị quyết: a meeting no file joined after its outcome was staged gets that
 * outcome, any other is checked then, one meeting at a time, from the window or by reading its
 * files again. Either way the cross-document rules run with the partners as `related`, replacing
 * those rules' pass-1 findings; the other rules never run twice.
 */
import type { DocumentType } from "../core/catalog/document-types";
import { checkDocument, type CheckOptions, type CheckResult } from "../core/engine/check-document";
import { compareFindings } from "../core/engine/run-rules";
import { extractFacts } from "../core/facts/extract-facts";
import type { DocModel } from "../core/model/types";
import type { Profile } from "../core/profiles/types";
import { allRules } from "../core/rules/index";
import type { Finding, RelatedDocument, Rule } from "../core/rules/types";
import { squish } from "../core/text/normalize";
import type { FileEntry } from "./collect-files";
import { checkFailed, reasonOf, typeUndetected } from "./messages";
import { pairingKey, pairRole, type PairRole } from "./pairing";
import { KeptModels } from "./kept-models";
import { readModel, type ReadResult } from "./read-model";
import type { FileReport, ReportedFinding } from "./report";

export interface BatchOptions {
  type?: DocumentType;
  contentProfile?: string;
  formatProfile?: string;
  overlays: readonly Profile[];
  today: string;
  /** Rules to run (default: all); tests and the benchmark may narrow it. */
  rules?: readonly Rule[];
  /** Reads one file (default: the .docx reader); injectable for tests. */
  read?: (absolute: string) => Promise<ReadResult>;
}

const CROSS_DOC = "CHK.CROSS_DOC";
const EXCERPT_LENGTH = 60;

interface Candidate {
  report: number;
  absolute: string;
  name: string;
  type: DocumentType;
  role: PairRole;
}

function excerptOf(doc: DocModel, f: Finding): string | null {
  const p = f.location ? doc.paragraphs[f.location.paragraph] : undefined;
  if (!p) return null;
  const text = squish(p.text);
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

function withExcerpts(doc: DocModel, findings: readonly Finding[]): ReportedFinding[] {
  return findings.map((f) => ({ ...f, excerpt: excerptOf(doc, f) }));
}

function reportOf(path: string, doc: DocModel, result: CheckResult, forced: boolean): FileReport {
  const p = result.profile;
  return {
    path,
    documentType: result.documentType,
    detection: { basis: forced ? "forced" : result.detection.basis, detectedType: result.detection.type },
    profile: {
      label: p.label,
      content: p.content.id,
      format: p.format.id,
      overlays: p.overlays.map((o) => o.id),
      notes: [...p.notes],
    },
    error: null,
    note: result.documentType ? null : typeUndetected,
    findings: withExcerpts(doc, result.findings),
    related: [],
  };
}

function failedReport(path: string, error: FileReport["error"]): FileReport {
  return { path, documentType: null, detection: null, profile: null, error, note: null, findings: [], related: [] };
}

/** A meeting's files in pass-1 order, and its cross check as run when `staged.size` files had joined. */
interface Group {
  candidates: Candidate[];
  staged: { size: number; outcomes: CrossOutcome[] } | undefined;
}

/** What the cross check does to one file's report: new CHK.CROSS_DOC findings and partners, or a failure. */
type CrossOutcome =
  | { report: number; findings: ReportedFinding[]; related: string[] }
  | { report: number; error: FileReport["error"] };

export async function checkBatch(files: readonly FileEntry[], options: BatchOptions): Promise<FileReport[]> {
  const read = options.read ?? readModel;
  const rules = options.rules ?? allRules;
  const checkOptions = {
    type: options.type,
    contentProfile: options.contentProfile,
    formatProfile: options.formatProfile,
    overlays: options.overlays,
    today: options.today,
  };
  const crossRules = rules.filter((r) => r.meta.elementId === CROSS_DOC);
  const crossOptions: CheckOptions = { ...checkOptions, rules: crossRules };
  const reports: FileReport[] = [];
  const groups = new Map<string, Group>();
  const kept = new KeptModels();

  // Pass 1: every file once; the model is dropped at the end of each iteration.
  for (const file of files) {
    if (file.error) {
      reports.push(failedReport(file.path, file.error));
      continue;
    }
    const loaded = await read(file.absolute);
    if (!loaded.ok) {
      reports.push(failedReport(file.path, loaded.error));
      continue;
    }
    try {
      const result = checkDocument(loaded.doc, { ...checkOptions, rules });
      reports.push(reportOf(file.path, loaded.doc, result, options.type !== undefined));
      const role = pairRole(result.documentType);
      const key = role ? pairingKey(result.facts) : null;
      if (role && key && result.documentType) {
        let group = groups.get(key);
        if (group === undefined) {
          group = { candidates: [], staged: undefined };
          groups.set(key, group);
        }
        group.candidates.push({ report: reports.length - 1, absolute: file.absolute, name: file.path, type: result.documentType, role });
        kept.keep(file.absolute, loaded.doc);
        if (crossRules.length > 0) stageCrossCheck(group, file.absolute, loaded.doc, kept, crossOptions);
      }
    } catch (err) {
      reports.push(failedReport(file.path, { code: "CHECK_FAILED", message: checkFailed(reasonOf(err)) }));
    }
  }

  // Pass 2: only meetings with both a biên bản and a nghị quyết, and only the cross-document rules.
  if (crossRules.length === 0) return reports;
  for (const group of groups.values()) {
    const { candidates, staged } = group;
    if (!isMeeting(candidates)) continue;
    // A staged outcome that covers every file of the meeting is what checking now would give: it
    // ran on the same models (kept, or as read in pass 1) with the same partners.
    const outcomes =
      staged !== undefined && staged.size === candidates.length
        ? staged.outcomes
        : await crossOutcomes(candidates, (abs) => kept.take(abs) ?? read(abs), crossOptions);
    for (const outcome of outcomes) applyOutcome(reports, outcome);
  }
  return reports;
}

function isMeeting(group: readonly Candidate[]): boolean {
  return group.some((c) => c.role === "minutes") && group.some((c) => c.role === "resolution");
}

/**
 * Right after `absolute` joined `group` in pass 1: when the group is a meeting and every other file's
 * model is still kept, runs its cross check now, on those models, and stages the outcome; otherwise
 * forgets any earlier one (it no longer covers every file).
 */
function stageCrossCheck(group: Group, absolute: string, doc: DocModel, kept: KeptModels, crossOptions: CheckOptions): void {
  group.staged = undefined;
  const { candidates } = group;
  if (!isMeeting(candidates)) return;
  const models: { candidate: Candidate; doc: DocModel }[] = [];
  for (const candidate of candidates) {
    const model = candidate.absolute === absolute ? doc : kept.peek(candidate.absolute);
    if (model === undefined) return;
    models.push({ candidate, doc: model });
  }
  try {
    group.staged = { size: candidates.length, outcomes: crossOutcomesOf(models, crossOptions) };
  } catch {
    // Whatever failed here fails again in pass 2, where it always surfaced.
  }
}

async function crossOutcomes(
  group: readonly Candidate[],
  read: (absolute: string) => Promise<ReadResult>,
  crossOptions: CheckOptions,
): Promise<CrossOutcome[]> {
  const loaded: { candidate: Candidate; doc: DocModel }[] = [];
  for (const candidate of group) {
    const r = await read(candidate.absolute);
    // A file that changed or vanished since pass 1 keeps its pass-1 findings.
    if (r.ok) loaded.push({ candidate, doc: r.doc });
  }
  return crossOutcomesOf(loaded, crossOptions);
}

/** The cross check of a meeting's loaded files, each against the files of the other role. */
function crossOutcomesOf(loaded: readonly { candidate: Candidate; doc: DocModel }[], crossOptions: CheckOptions): CrossOutcome[] {
  const outcomes: CrossOutcome[] = [];
  for (const { candidate, doc } of loaded) {
    const partners = loaded.filter((o) => o.candidate.role !== candidate.role);
    if (partners.length === 0) continue;
    const related: RelatedDocument[] = partners.map((o) => ({
      doc: o.doc,
      facts: extractFacts(o.doc),
      type: o.candidate.type,
      name: o.candidate.name,
    }));
    try {
      const result = checkDocument(doc, { ...crossOptions, type: candidate.type, related });
      outcomes.push({ report: candidate.report, findings: withExcerpts(doc, result.findings), related: partners.map((o) => o.candidate.name) });
    } catch (err) {
      outcomes.push({ report: candidate.report, error: { code: "CHECK_FAILED", message: checkFailed(reasonOf(err)) } });
    }
  }
  return outcomes;
}

/** Replaces a report's pass-1 CHK.CROSS_DOC findings with the cross check's, or the report with its failure. */
function applyOutcome(reports: FileReport[], outcome: CrossOutcome): void {
  const report = reports[outcome.report]!;
  if ("error" in outcome) {
    reports[outcome.report] = failedReport(report.path, outcome.error);
    return;
  }
  const kept = report.findings.filter((f) => f.elementId !== CROSS_DOC);
  report.findings = [...kept, ...outcome.findings].sort(compareFindings);
  report.related = outcome.related;
}
