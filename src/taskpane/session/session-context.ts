/**
 * What the four areas share about the open document: the port, today's date, the check choices and
 * the ignored findings (both stored in the document), and a revision number the pane bumps after it
 * changes the document itself (insert, fix), so every area re-reads.
 */
import { createContext, useContext } from "react";
import type { IgnoredFinding } from "../../core/report/ignored-findings";
import type { WordPort } from "../../word/word-port";
import type { CheckChoice } from "./check-choice";

export interface Session {
  port: WordPort;
  today: string;
  /** False until the stored choices and ignored findings were read from the document. */
  loaded: boolean;
  choice: CheckChoice;
  setChoice(choice: CheckChoice): Promise<void>;
  ignored: readonly IgnoredFinding[];
  setIgnored(list: readonly IgnoredFinding[]): Promise<void>;
  revision: number;
  /** The pane changed the document: areas showing it re-read. */
  documentEdited(): void;
  /**
   * Set when Word could not give the stored choices or ignored findings: until they are read
   * (reloadSettings, "Thử lại"), saving them is refused so what the document holds is never
   * overwritten by a partial list.
   */
  settingsError: string | null;
  reloadSettings(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}
