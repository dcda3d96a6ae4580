/** ANSI colours for the terminal, or none (a pipe, a file, NO_COLOR): the same calls either way. */

export interface Painter {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

const ansi: Painter = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
};

const identity = (s: string) => s;
const plain: Painter = { red: identity, yellow: identity, cyan: identity, green: identity, dim: identity, bold: identity };

export function painter(enabled: boolean): Painter {
  return enabled ? ansi : plain;
}

/** Colours only on a terminal, and never when NO_COLOR is set to anything but "" (no-color.org). */
export function colorsWanted(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  const noColor = env.NO_COLOR;
  return isTTY && (noColor === undefined || noColor === "");
}
