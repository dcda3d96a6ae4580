/**
 * What the command-line tool needs from its host: two output streams, the environment and the
 * working directory. `main` takes it as a parameter so tests run the tool in-process.
 */

export interface OutputStream {
  write(chunk: string): unknown;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** stdout is a terminal (colours are allowed). */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** ISO date used as "today" when --today is not given (tests pin it; otherwise the system clock). */
  today?: string;
}
