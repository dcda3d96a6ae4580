/**
 * A small command-line parser (no dependency): long options with "--name value" or "--name=value",
 * a few one-letter aliases, repeatable options, "--" to end options. It knows nothing about the
 * commands; each command passes its own option table and reads the result.
 */

export interface OptionSpec {
  /** Long name without the dashes ("format"). */
  name: string;
  /** One-letter alias without the dash ("o"). */
  short?: string;
  /** Takes a value; otherwise the option is a flag. */
  value: boolean;
  /** May be given more than once (values accumulate); otherwise a repeat is a usage error. */
  repeatable?: boolean;
}

export interface ParsedArgs {
  flags: Set<string>;
  /** Values by long name, in the order given. */
  values: Map<string, string[]>;
  positionals: string[];
}

export type ArgsError =
  | { kind: "unknown-option"; option: string }
  | { kind: "missing-value"; option: string }
  | { kind: "unexpected-value"; option: string }
  | { kind: "repeated-option"; option: string };

export type ParseResult = { ok: true; args: ParsedArgs } | { ok: false; error: ArgsError };

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParseResult {
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  const seen = new Set<string>();

  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    // A lone "-" is a path by convention, as are tokens that do not look like options.
    if (!token.startsWith("-") || token === "-") {
      positionals.push(token);
      continue;
    }
    const long = token.startsWith("--");
    const eq = long ? token.indexOf("=") : -1;
    const key = eq > 0 ? token.slice(2, eq) : long ? token.slice(2) : token.slice(1);
    const spec = specs.find((s) => (long ? s.name === key : s.short === key));
    const shown = eq > 0 ? token.slice(0, eq) : token;
    if (!spec) return { ok: false, error: { kind: "unknown-option", option: shown } };
    if (seen.has(spec.name) && !spec.repeatable) return { ok: false, error: { kind: "repeated-option", option: shown } };
    seen.add(spec.name);

    if (!spec.value) {
      if (eq > 0) return { ok: false, error: { kind: "unexpected-value", option: shown } };
      flags.add(spec.name);
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = token.slice(eq + 1);
    else {
      const next = argv[i + 1];
      // "--out --format" is a forgotten value, not a file called "--format".
      if (next !== undefined && !(next.startsWith("-") && next !== "-")) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === "") return { ok: false, error: { kind: "missing-value", option: shown } };
    const list = values.get(spec.name) ?? [];
    list.push(value);
    values.set(spec.name, list);
  }
  return { ok: true, args: { flags, values, positionals } };
}

/** The last value of a non-repeatable option, if given. */
export function valueOf(args: ParsedArgs, name: string): string | undefined {
  const list = args.values.get(name);
  return list ? list[list.length - 1] : undefined;
}
