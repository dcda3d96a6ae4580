/**
 * The command-line tool: `bienban <command> [options]`. Takes its streams and environment as
 * parameters (tests run it in-process) and returns the exit code: 0 clean, 1 findings of error
 * severity, 2 usage error or a file that could not be read.
 */
import { parseArgs } from "./args";
import { runCheck } from "./commands/check";
import { runAnnotate } from "./commands/annotate";
import { runHelp } from "./commands/help";
import { runNew } from "./commands/new";
import { runRegister } from "./commands/register";
import { runScore } from "./commands/score";
import { generalHelp } from "./help-text";
import type { CliIo } from "./io";
import * as msg from "./messages";
import { packageVersion } from "./version";

export type { CliIo } from "./io";

const globalOptions = [
  { name: "help", short: "h", value: false },
  { name: "version", short: "v", value: false },
] as const;

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stdout.write(generalHelp(packageVersion()));
      return 0;
    }
    if (first.startsWith("-") && first !== "-") {
      const parsed = parseArgs(argv, globalOptions);
      if (!parsed.ok) {
        io.stderr.write(`${msg.argsErrorMessage(parsed.error)}\n${msg.helpHint}\n`);
        return 2;
      }
      if (parsed.args.flags.has("version")) {
        io.stdout.write(`${packageVersion()}\n`);
        return 0;
      }
      // "bienban --help check" reads like "bienban help check".
      return runHelp(parsed.args.positionals, io);
    }
    switch (first) {
      case "check":
        return await runCheck(rest, io);
      case "new":
        return runNew(rest, io);
      case "register":
        return await runRegister(rest, io);
      case "annotate":
        return await runAnnotate(rest, io);
      case "score":
        return await runScore(rest, io);
      case "help":
        return runHelp(rest, io);
      default:
        io.stderr.write(`${msg.unknownCommand(first)}\n${msg.helpHint}\n`);
        return 2;
    }
  } catch (err) {
    // A bug must still end with a message and a non-zero code, never a raw stack trace alone.
    io.stderr.write(`${msg.internalError(err instanceof Error ? (err.stack ?? err.message) : String(err))}\n`);
    return 2;
  }
}
