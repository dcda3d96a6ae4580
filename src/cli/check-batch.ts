/**
 * Checks a batch of files and pairs each biên bản with the nghị quyết of the same meeting
 * (CHK.CROSS_DOC).
 *
 * Memory stays bounded whatever the batch size: pass 1 reads, checks and drops each model in turn,
 * keeping only the findings and a small pairing key — except the models of the most recent
 * documents that could pair, in a small bounded window (KeptModels), because a meeting's biên bản
 * and nghị quyết usually sit side by side in a folder. Pass 2 takes only the files that found a
 * partner, one meeting at a time, from that window or by reading them again, and runs just the
 * cross-document rules with the partner as `related`, replacing those rules' pass-1 findings. The
 * other rules never run twice.
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
  const reports: FileReport[] = [];
  const groups = new Map<string, Candidate[]>();
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
        const group = groups.get(key) ?? [];
        group.push({ report: reports.length - 1, absolute: file.absolute, name: file.path, type: result.documentType, role });
        groups.set(key, group);
        kept.keep(file.absolute, loaded.doc);
      }
    } catch (err) {
      reports.push(failedReport(file.path, { code: "CHECK_FAILED", message: checkFailed(reasonOf(err)) }));
    }
  }

  // Pass 2: only meetings with both a biên bản and a nghị quyết, and only the cross-document rules.
  const crossRules = rules.filter((r) => r.meta.elementId === CROSS_DOC);
  if (crossRules.length === 0) return reports;
  for (const group of groups.values()) {
    if (!group.some((c) => c.role === "minutes") || !group.some((c) => c.role === "resolution")) continue;
    await crossCheck(group, reports, (abs) => kept.take(abs) ?? read(abs), { ...checkOptions, rules: crossRules });
  }
  return reports;
}

async function crossCheck(
  group: readonly Candidate[],
  reports: FileReport[],
  read: (absolute: string) => Promise<ReadResult>,
  checkOptions: CheckOptions,
): Promise<void> {
  const loaded: { candidate: Candidate; doc: DocModel }[] = [];
  for (const candidate of group) {
    const r = await read(candidate.absolute);
    // A file that changed or vanished since pass 1 keeps its pass-1 findings.
    if (r.ok) loaded.push({ candidate, doc: r.doc });
  }
  for (const { candidate, doc } of loaded) {
    const partners = loaded.filter((o) => o.candidate.role !== candidate.role);
    if (partners.length === 0) continue;
    const related: RelatedDocument[] = partners.map((o) => ({
      doc: o.doc,
      facts: extractFacts(o.doc),
      type: o.candidate.type,
      name: o.candidate.name,
    }));
    const report = reports[candidate.report]!;
    try {
      const result = checkDocument(doc, { ...checkOptions, type: candidate.type, related });
      const kept = report.findings.filter((f) => f.elementId !== CROSS_DOC);
      report.findings = [...kept, ...withExcerpts(doc, result.findings)].sort(compareFindings);
      report.related = partners.map((o) => o.candidate.name);
    } catch (err) {
      reports[candidate.report] = failedReport(report.path, { code: "CHECK_FAILED", message: checkFailed(reasonOf(err)) });
    }
  }
}
