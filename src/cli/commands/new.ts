/**
 * `bienban new TYPE --out FILE.docx [--data answers.json | --from-minutes answers.json]`: writes the
 * drafting template of a document type, unfilled or filled from an answers file, as a .docx with each
 * element in a content control. Answers that fail validation are listed one by one and nothing is
 * written; an existing file is never replaced without --force. Returns the exit code.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { DocumentType } from "../../core/catalog/document-types";
import type { Profile, ProfileSettings } from "../../core/profiles/types";
import type { Answers } from "../../core/templates/answers";
import { buildDocument } from "../../core/templates/build-document";
import { isInvalidAnswersError } from "../../core/templates/invalid-answers-error";
import { resolutionFromMinutes } from "../../core/templates/resolution-from-minutes";
import { templateSettings } from "../../core/templates/template-settings";
import type { TemplateDoc } from "../../core/templates/types";
import { validateAnswers, type AnswerIssue } from "../../core/templates/validate-answers";
import { renderTemplateDocx } from "../../docx/render-template";
import { readAnswersFile } from "../answers-file";
import { parseArgs, valueOf, type OptionSpec } from "../args";
import { draftBlanks } from "../draft-blanks";
import { parseDraftType, typeChoices } from "../draft-type";
import { newHelp } from "../help-text";
import type { CliIo } from "../io";
import { overlaysOrExit, settingsOrExit, type ParsedCommand } from "../command-start";
import * as msg from "../messages";
import * as say from "../new-messages";
import { isIsoDate, localIsoDate } from "../today";
import { writeNewFile } from "../write-new-file";

export const newOptions: readonly OptionSpec[] = [
  { name: "out", short: "o", value: true },
  { name: "data", value: true },
  { name: "from-minutes", value: true },
  { name: "force", value: false },
  { name: "profile", value: true, repeatable: true },
  { name: "today", value: true },
  { name: "help", short: "h", value: false },
];

interface NewSettings {
  type: DocumentType;
  out: string;
  /** The answers file and whether it holds the minutes the nghị quyết is drawn from. */
  source?: { file: string; fromMinutes: boolean };
  force: boolean;
  profiles: string[];
  today?: string;
}

type Parsed = ParsedCommand<NewSettings>;

function parseNewArgs(argv: readonly string[]): Parsed {
  const parsed = parseArgs(argv, newOptions);
  if (!parsed.ok) return { ok: false, message: msg.argsErrorMessage(parsed.error) };
  const a = parsed.args;
  if (a.flags.has("help")) return { ok: true, help: true };

  const [typeArg, ...extra] = a.positionals;
  if (typeArg === undefined) return { ok: false, message: say.noType(typeChoices) };
  if (extra.length) return { ok: false, message: msg.unexpectedArguments("new", extra) };
  const type = parseDraftType(typeArg);
  if (!type) return { ok: false, message: say.unknownType(typeArg, typeChoices) };

  const data = valueOf(a, "data");
  const minutes = valueOf(a, "from-minutes");
  if (data !== undefined && minutes !== undefined) return { ok: false, message: say.dataAndMinutes };
  if (minutes !== undefined && type !== "nghi-quyet") return { ok: false, message: say.minutesNeedsResolution(type) };
  const today = valueOf(a, "today");
  if (today !== undefined && !isIsoDate(today)) return { ok: false, message: msg.invalidDate("today", today) };
  const out = valueOf(a, "out");
  if (out === undefined) return { ok: false, message: say.noOut };
  if (!/\.docx$/i.test(out)) return { ok: false, message: say.outNotDocx(out) };

  const source = data !== undefined ? { file: data, fromMinutes: false } : minutes !== undefined ? { file: minutes, fromMinutes: true } : undefined;
  return {
    ok: true,
    help: false,
    settings: { type, out, ...(source ? { source } : {}), force: a.flags.has("force"), profiles: a.values.get("profile") ?? [], ...(today ? { today } : {}) },
  };
}

function printIssues(io: CliIo, heading: string, errors: readonly AnswerIssue[], warnings: readonly AnswerIssue[]): void {
  const lines = [heading, ...errors.map(say.issueLine)];
  if (warnings.length) lines.push(say.alsoReviewHeading, ...warnings.map(say.issueLine));
  lines.push(say.nothingWrittenFix);
  io.stderr.write(lines.join("\n") + "\n");
}

type Drafted = { ok: true; doc: TemplateDoc; settings: ProfileSettings } | { ok: false };

/** Answers (already in the document's own terms) → TemplateDoc, or the refusal printed. */
function draft(io: CliIo, type: DocumentType, answers: Answers | undefined, today: string, overlays: readonly Profile[], file: string): Drafted {
  const settings = templateSettings(answers, today, overlays);
  try {
    return { ok: true, doc: buildDocument(type, answers, settings), settings };
  } catch (err) {
    if (!isInvalidAnswersError(err)) throw err;
    printIssues(io, say.answersRefused(file, err.errors.length), err.errors, err.warnings);
    return { ok: false };
  }
}

/** The answers of the document to draft: read as given, or the nghị quyết drawn from the minutes. */
function answersFor(io: CliIo, s: NewSettings): { ok: true; answers?: Answers } | { ok: false } {
  if (!s.source) return { ok: true };
  const read = readAnswersFile(s.source.file, io.cwd);
  if (!read.ok) {
    const issues = (read.issues ?? []).map(say.issueLine);
    io.stderr.write([read.message, ...issues, issues.length ? say.nothingWrittenFix : say.nothingWritten].join("\n") + "\n");
    return { ok: false };
  }
  // Validated before anything else reads them (the profile is chosen by their dates); the settings
  // only tune the majority warning, which the draft's own validation repeats with the profile's.
  // Minutes must be sound as minutes: the nghị quyết repeats their date, attendance and vote.
  const checked = validateAnswers(read.answers, s.source.fromMinutes ? {} : { type: s.type });
  if (!checked.ok) {
    const heading = s.source.fromMinutes ? say.minutesRefused : say.answersRefused;
    printIssues(io, heading(s.source.file, checked.errors.length), checked.errors, checked.warnings);
    return { ok: false };
  }
  if (!s.source.fromMinutes) return { ok: true, answers: read.answers };
  try {
    return { ok: true, answers: resolutionFromMinutes(read.answers) };
  } catch (err) {
    if (!isInvalidAnswersError(err)) throw err;
    printIssues(io, say.minutesRefused(s.source.file, err.errors.length), err.errors, []);
    return { ok: false };
  }
}

export function runNew(argv: readonly string[], io: CliIo): number {
  const started = settingsOrExit("new", parseNewArgs(argv), newHelp, io);
  if ("exit" in started) return started.exit;
  const s = started.settings;
  const target = path.resolve(io.cwd, s.out);
  // Said before any work on the answers; writeNewFile still refuses atomically at the end.
  if (!s.force && fs.existsSync(target)) {
    io.stderr.write(`${fs.statSync(target).isDirectory() ? say.outIsFolder(s.out) : say.outExists(s.out)}\n`);
    return 2;
  }

  const overlays = overlaysOrExit(s.profiles, io);
  if ("exit" in overlays) return overlays.exit;
  const today = s.today ?? io.today ?? localIsoDate();
  const answers = answersFor(io, s);
  if (!answers.ok) return 2;
  const drafted = draft(io, s.type, answers.answers, today, overlays.overlays, s.source?.file ?? "");
  if (!drafted.ok) return 2;

  const written = writeNewFile(target, renderTemplateDocx(drafted.doc), s.force);
  if (!written.ok) {
    const message = written.reason === "exists" ? say.outExists(s.out) : written.reason === "folder" ? say.outIsFolder(s.out) : say.outNotWritten(s.out, written.error);
    io.stderr.write(`${message}\n`);
    return 2;
  }

  const blanks = draftBlanks(drafted.doc, drafted.settings);
  const status = [say.written(s.type, target)];
  if (!answers.answers) status.push(say.unfilledTemplate(blanks.count));
  else if (blanks.count === 0) status.push(say.allFilled(s.out));
  else status.push(say.someBlanks(blanks.count, blanks.parts));
  io.stdout.write(status.join("\n") + "\n");
  if (drafted.doc.warnings.length) io.stderr.write([say.warningsHeading, ...drafted.doc.warnings.map(say.issueLine)].join("\n") + "\n");
  return 0;
}
