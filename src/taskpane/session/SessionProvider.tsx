import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { IGNORED_SETTING, parseIgnored, type IgnoredFinding } from "../../core/report/ignored-findings";
import type { WordPort } from "../../word/word-port";
import { CHECK_CHOICE_SETTING, parseCheckChoice, type CheckChoice } from "./check-choice";
import { SessionContext, type Session } from "./session-context";

export interface SessionProviderProps {
  port: WordPort;
  today: string;
  children: ReactNode;
}

/** Reads the stored choices once; saving writes the document settings (and keeps the state even if saving fails). */
export function SessionProvider({ port, today, children }: SessionProviderProps) {
  const [loaded, setLoaded] = useState(false);
  const [choice, setChoiceState] = useState<CheckChoice>({});
  const [ignored, setIgnoredState] = useState<readonly IgnoredFinding[]>([]);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let live = true;
    // Outside Word (or before the document answers) there is nothing stored: start empty.
    const read = (key: string) => port.loadSetting<unknown>(key).catch(() => undefined);
    void Promise.all([read(CHECK_CHOICE_SETTING), read(IGNORED_SETTING)]).then(([c, i]) => {
      if (!live) return;
      setChoiceState(parseCheckChoice(c));
      setIgnoredState(parseIgnored(i));
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [port]);

  const setChoice = useCallback(
    async (next: CheckChoice) => {
      setChoiceState(next);
      await port.saveSetting(CHECK_CHOICE_SETTING, next);
    },
    [port],
  );
  const setIgnored = useCallback(
    async (list: readonly IgnoredFinding[]) => {
      setIgnoredState(list);
      await port.saveSetting(IGNORED_SETTING, list);
    },
    [port],
  );
  const documentEdited = useCallback(() => setRevision((r) => r + 1), []);

  const session = useMemo<Session>(
    () => ({ port, today, loaded, choice, setChoice, ignored, setIgnored, revision, documentEdited }),
    [port, today, loaded, choice, setChoice, ignored, setIgnored, revision, documentEdited],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
