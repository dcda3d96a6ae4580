/** `bienban help [COMMAND]`: the general page, or one command's. */
import { parseArgs } from "../args";
import { annotateHelp, checkHelp, generalHelp, newHelp, registerHelp, scoreHelp } from "../help-text";
import type { CliIo } from "../io";
import * as msg from "../messages";
import { packageVersion } from "../version";

export const helpTopics: Record<string, () => string> = {
  check: checkHelp,
  new: newHelp,
  register: registerHelp,
  annotate: annotateHelp,
  score: scoreHelp,
  help: () => generalHelp(packageVersion()),
};

export function runHelp(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv, []);
  if (!parsed.ok) {
    io.stderr.write(`${msg.argsErrorMessage(parsed.error)}\n${msg.helpHint}\n`);
    return 2;
  }
  const [topic, ...extra] = parsed.args.positionals;
  if (extra.length) {
    io.stderr.write(`${msg.unexpectedArguments("help", extra)}\n${msg.helpHint}\n`);
    return 2;
  }
  if (topic === undefined) {
    io.stdout.write(generalHelp(packageVersion()));
    return 0;
  }
  const page = Object.prototype.hasOwnProperty.call(helpTopics, topic) ? helpTopics[topic] : undefined;
  if (!page) {
    io.stderr.write(`${msg.unknownHelpTopic(topic)}\n${msg.helpHint}\n`);
    return 2;
  }
  io.stdout.write(page());
  return 0;
}
