import type { DocModel } from "../../src/core/model/types";
import type { WordHost, WordPort } from "../../src/word/word-port";

/** An in-memory WordPort for component tests: choose the host and which requirement sets it supports. */
export interface FakeWordPortOptions {
  host?: WordHost;
  /** Highest supported version per requirement set, e.g. { WordApi: "1.4" }. */
  supported?: Record<string, string>;
  /** The document the fake "Word" holds. */
  document?: DocModel;
}

export interface FakeWordPort extends WordPort {
  /** Every isSupported question asked, in order, for assertions. */
  readonly queries: Array<{ set: string; version: string }>;
}

function atLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

export function createFakeWordPort(options: FakeWordPortOptions = {}): FakeWordPort {
  const host = options.host ?? "word";
  const supported = options.supported ?? (host === "word" ? { WordApi: "1.3" } : {});
  const queries: Array<{ set: string; version: string }> = [];
  return {
    host,
    queries,
    isSupported(set, version) {
      queries.push({ set, version });
      if (host === "none") return false;
      const have = supported[set];
      return have !== undefined && atLeast(have, version);
    },
    readDocument() {
      if (host === "none" || !options.document) return Promise.reject(new Error("Không có văn bản nào để đọc."));
      return Promise.resolve(options.document);
    },
  };
}
