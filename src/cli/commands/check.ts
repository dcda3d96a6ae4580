/**
 * `bienban check`: reads the options, loads the overlays, checks every file and prints (or writes)
 * the report in the chosen format. Returns the exit code.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { documentTypes, isDocumentType, type DocumentType } from "../../core/catalog/document-types";
import { contentProfiles, formatProfiles } from "../../core/profiles/builtin";
import { parseArgs, valueOf, type OptionSpec } from "../args";
import { checkBatch } from "../check-batch";
import { collectFiles } from "../collect-files";
import { colorsWanted } from "../formatters/colors";
import { formatHtml } from "../formatters/html";
import { formatJson } from "../formatters/json";
import { summaryLine } from "../formatters/labels";
import { formatText } from "../formatters/text";
import { checkHelp, formats, type ReportFormat } from "../help-text";
import type { CliIo } from "../io";
import { overlaysOrExit, settingsOrExit, type ParsedCommand } from "../command-start";
import * as msg from "../messages";
import type { BatchReport } from "../report";
import { exitCodeOf, summarize } from "../summary";
import { isIsoDate, localIsoDate } from "../today";
import { packageVersion } from "../version";

export const checkOptions: readonly OptionSpec[] = [
  { name: "format", value: true },
  { name: "out", short: "o", value: true },
  { name: "profile", value: true, repeatable: true },
  { name: "content-profile", value: true },
  { name: "format-profile", value: true },
  { name: "type", value: true },
  { name: "today", value: true },
  { name: "help", short: "h", value: false },
];

interface CheckSettings {
  format: ReportFormat;
  out?: string;
  profiles: string[];
  contentProfile?: string;
  formatProfile?: string;
  type?: DocumentType;
  today?: string;
  paths: string[];
}

type Parsed = ParsedCommand<CheckSettings>;

function oneOf<T extends string>(value: string | undefined, option: string, choices: readonly T[]): { ok: true; value?: T } | { ok: false; message: string } {
  if (value === undefined) return { ok: true };
  return (choices as readonly string[]).includes(value) ? { ok: true, value: value as T } : { ok: false, message: msg.invalidChoice(option, value, choices) };
}

function parseCheckArgs(argv: readonly string[]): Parsed {
  const parsed = parseArgs(argv, checkOptions);
  if (!parsed.ok) return { ok: false, message: msg.argsErrorMessage(parsed.error) };
  const a = parsed.args;
  if (a.flags.has("help")) return { ok: true, help: true };

  const format = oneOf(valueOf(a, "format"), "format", formats);
  if (!format.ok) return format;
  const content = oneOf(valueOf(a, "content-profile"), "content-profile", contentProfiles.map((p) => p.id));
  if (!content.ok) return content;
  const formatProfile = oneOf(valueOf(a, "format-profile"), "format-profile", formatProfiles.map((p) => p.id));
  if (!formatProfile.ok) return formatProfile;
  const type = valueOf(a, "type");
  if (type !== undefined && !isDocumentType(type)) return { ok: false, message: msg.invalidChoice("type", type, documentTypes) };
  const today = valueOf(a, "today");
  if (today !== undefined && !isIsoDate(today)) return { ok: false, message: msg.invalidDate("today", today) };
  if (a.positionals.length === 0) return { ok: false, message: msg.noPaths };

  return {
    ok: true,
    help: false,
    settings: {
      format: format.value ?? "text",
      out: valueOf(a, "out"),
      profiles: a.values.get("profile") ?? [],
      contentProfile: content.value,
      formatProfile: formatProfile.value,
      type: type as DocumentType | undefined,
      today,
      paths: a.positionals,
    },
  };
}

function render(report: BatchReport, format: ReportFormat, colors: boolean): string {
  if (format === "json") return formatJson(report);
  if (format === "html") return formatHtml(report);
  return formatText(report, colors);
}

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const started = settingsOrExit("check", parseCheckArgs(argv), checkHelp, io);
  if ("exit" in started) return started.exit;
  const s = started.settings;

  const overlays = overlaysOrExit(s.profiles, io);
  if ("exit" in overlays) return overlays.exit;

  const { files, emptyFolders } = collectFiles(s.paths, io.cwd);
  for (const folder of emptyFolders) io.stderr.write(msg.emptyFolder(folder) + "\n");

  const today = s.today ?? io.today ?? localIsoDate();
  const reports = await checkBatch(files, {
    type: s.type,
    contentProfile: s.contentProfile,
    formatProfile: s.formatProfile,
    overlays: overlays.overlays,
    today,
  });
  const summary = summarize(reports);
  const report: BatchReport = { tool: { name: "bienban", version: packageVersion() }, today, files: reports, summary };

  if (s.out) {
    const target = path.resolve(io.cwd, s.out);
    try {
      fs.writeFileSync(target, render(report, s.format, false));
    } catch (err) {
      io.stderr.write(msg.reportNotWritten(s.out, msg.reasonOf(err)) + "\n");
      return 2;
    }
    // stdout stays empty; the person still learns where the report went and how it ended.
    io.stderr.write(`${msg.reportWritten(s.out)} ${summaryLine(summary)}\n`);
  } else {
    io.stdout.write(render(report, s.format, colorsWanted(io.isTTY, io.env)));
  }
  return exitCodeOf(summary);
}
