/**
 * What every command does first: a usage error says so with the help hint (exit 2), --help prints
 * the command's help (exit 0); and the --profile overlays are loaded, every refusal said (exit 2).
 * Each returns the value, or the exit code the command returns at once.
 */
import type { Profile } from "../core/profiles/types";
import type { CliIo } from "./io";
import { loadOverlays } from "./load-overlays";
import * as msg from "./messages";

/** What a command's argument parser returns. */
export type ParsedCommand<S> = { ok: true; help: true } | { ok: true; help: false; settings: S } | { ok: false; message: string };

export function settingsOrExit<S>(command: string, parsed: ParsedCommand<S>, help: () => string, io: CliIo): { settings: S } | { exit: number } {
  if (!parsed.ok) {
    io.stderr.write(`${parsed.message}\n${msg.commandHelpHint(command)}\n`);
    return { exit: 2 };
  }
  if (parsed.help) {
    io.stdout.write(help());
    return { exit: 0 };
  }
  return { settings: parsed.settings };
}

export function overlaysOrExit(profiles: readonly string[], io: CliIo): { overlays: Profile[] } | { exit: number } {
  const loaded = loadOverlays(profiles, io.cwd);
  if (!loaded.ok) {
    io.stderr.write(loaded.errors.join("\n") + "\n");
    return { exit: 2 };
  }
  return { overlays: loaded.overlays };
}
