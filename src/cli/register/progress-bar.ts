/**
 * A progress bar on stderr for long runs: "Đang kiểm tra 123/2000 [████░░░░] 6% tên-tệp.docx",
 * redrawn in place at most every 100 ms and wiped at the end. Only on a terminal: a pipe or a log
 * file gets nothing (no carriage returns in CI logs).
 */
import type { OutputStream } from "../io";

export interface Progress {
  /** One more file done (its path shown). */
  tick(label: string): void;
  /** Wipes the bar. */
  done(): void;
}

const noProgress: Progress = { tick: () => undefined, done: () => undefined };

const BAR = 20;
const INTERVAL_MS = 100;
const DEFAULT_COLUMNS = 80;

/** Node's stderr carries isTTY and columns; other streams (tests, pipes) may not. */
interface MaybeTerminal extends OutputStream {
  isTTY?: boolean;
  columns?: number;
}

export function progressBar(stream: MaybeTerminal, total: number, now: () => number = Date.now): Progress {
  if (stream.isTTY !== true || total === 0) return noProgress;
  let done = 0;
  let last = -Infinity;
  let drawn = false;
  const draw = (label: string) => {
    const width = Math.max(40, stream.columns ?? DEFAULT_COLUMNS) - 1;
    const filled = Math.round((done / total) * BAR);
    const percent = Math.floor((done / total) * 100);
    const head = `Đang kiểm tra ${done}/${total} [${"█".repeat(filled)}${"░".repeat(BAR - filled)}] ${percent}% `;
    const room = width - head.length;
    const name = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
    stream.write(`\r\u001b[K${head}${room > 1 ? name : ""}`);
    drawn = true;
  };
  return {
    tick(label) {
      done++;
      const t = now();
      if (t - last >= INTERVAL_MS || done === total) {
        last = t;
        draw(label);
      }
    },
    done() {
      if (drawn) stream.write("\r\u001b[K");
    },
  };
}
