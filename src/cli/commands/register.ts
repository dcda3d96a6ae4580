/**
 * `bienban register`: the Văn phòng's register of received documents. Reads every .docx under the
 * paths once (streaming: only a summary of each stays in memory), compares each meeting's biên
 * bản and nghị quyết, then builds the register of the period and writes it as text, JSON or an HTML
 * page, with an optional CSV of the documents. Returns the exit code (as `check`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { resolveProfile } from "../../core/profiles/resolve-profile";
import { buildRegister } from "../../core/register/build-register";
import { collectFiles } from "../collect-files";
import { colorsWanted } from "../formatters/colors";
import { registerHelp } from "../help-text";
import type { CliIo } from "../io";
import { overlaysOrExit, settingsOrExit } from "../command-start";
import * as msg from "../messages";
import { crossDocumentPass } from "../register/cross-document-pass";
import { FindingSpool } from "../register/finding-spool";
import { progressBar } from "../register/progress-bar";
import { registerCsv } from "../register/register-csv";
import { registerHtmlChunks } from "../register/register-html";
import { registerJson } from "../register/register-json";
import { parseRegisterArgs } from "../register/register-options";
import { registerExitCode, summarizeRun, summaryLine, type RegisterRun } from "../register/register-run";
import { registerText } from "../register/register-text";
import { scanDocuments } from "../register/scan-documents";
import { localIsoDate } from "../today";
import { packageVersion } from "../version";

export const csvWritten = (file: string): string => `Đã ghi bảng CSV vào "${file}".`;

/** Writes chunks to a new file beside the target, then puts it in place: never a half-written report. */
function writeChunks(target: string, chunks: Iterable<string>): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const fd = fs.openSync(temp, "w");
  try {
    try {
      for (const chunk of chunks) fs.writeSync(fd, chunk);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}

export async function runRegister(argv: readonly string[], io: CliIo): Promise<number> {
  const started = settingsOrExit("register", parseRegisterArgs(argv, io.cwd), registerHelp, io);
  if ("exit" in started) return started.exit;
  const s = started.settings;
  const overlays = overlaysOrExit(s.profiles, io);
  if ("exit" in overlays) return overlays.exit;

  const { files, emptyFolders } = collectFiles(s.paths, io.cwd);
  for (const folder of emptyFolders) io.stderr.write(msg.emptyFolder(folder) + "\n");
  const today = s.today ?? io.today ?? localIsoDate();
  const checkOptions = { overlays: overlays.overlays, contentProfile: s.contentProfile, formatProfile: s.formatProfile, today };
  const profile = resolveProfile({ overlays: overlays.overlays, contentId: s.contentProfile, formatId: s.formatProfile, today });
  // Only the page shows each document's findings; JSON, CSV and text need the counts alone.
  const spool = s.format === "html" ? FindingSpool.open() : undefined;
  // Interrupted (Ctrl+C), the run still removes the spool: it holds text read from the documents.
  const interrupted = (signal: NodeJS.Signals) => {
    spool?.close();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  if (spool) {
    process.once("SIGINT", interrupted);
    process.once("SIGTERM", interrupted);
  }
  try {
    const progress = progressBar(io.stderr, files.length);
    const scan = await scanDocuments(files, { ...checkOptions, from: s.from, to: s.to, spool, progress });
    progress.done();
    await crossDocumentPass(scan.pairs, scan.entries, scan.spooled, { ...checkOptions, spool });

    const result = buildRegister(scan.entries, {
      from: s.from,
      to: s.to,
      today,
      // The same layering as every check: the overlays' severities and elements turned off.
      severity: (id) => profile.severityOverride(id),
      enabled: (id) => profile.enabled(id),
    });
    const run: RegisterRun = {
      tool: { name: "bienban", version: packageVersion() },
      today,
      overlays: overlays.overlays.map((o) => o.id),
      result,
      entries: scan.entries,
      unreadable: scan.unreadable,
    };
    const summary = summarizeRun(run);

    if (s.csv) {
      try {
        writeChunks(path.resolve(io.cwd, s.csv), [registerCsv(run)]);
      } catch (err) {
        io.stderr.write(msg.reportNotWritten(s.csv, msg.reasonOf(err)) + "\n");
        return 2;
      }
      io.stderr.write(csvWritten(s.csv) + "\n");
    }

    const chunks = (): Iterable<string> => {
      if (s.format === "json") return [registerJson(run)];
      if (s.format === "text") return [registerText(run, !s.out && colorsWanted(io.isTTY, io.env))];
      return registerHtmlChunks(run, {
        findingsOf: (id) => {
          const refs = scan.spooled.get(id);
          return refs && spool ? refs.flatMap((ref) => spool.read(ref)) : undefined;
        },
      });
    };
    if (s.out) {
      try {
        writeChunks(path.resolve(io.cwd, s.out), chunks());
      } catch (err) {
        io.stderr.write(msg.reportNotWritten(s.out, msg.reasonOf(err)) + "\n");
        return 2;
      }
      io.stderr.write(`${msg.reportWritten(s.out)} ${summaryLine(summary)}\n`);
    } else {
      for (const chunk of chunks()) io.stdout.write(chunk);
    }
    return registerExitCode(summary);
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    spool?.close();
  }
}
