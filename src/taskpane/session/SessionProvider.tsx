import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { IGNORED_SETTING, parseIgnored, type IgnoredFinding } from "../../core/report/ignored-findings";
import type { WordPort } from "../../word/word-port";
import { errorMessage } from "../error-message";
import { CHECK_CHOICE_SETTING, parseCheckChoice, type CheckChoice } from "./check-choice";
import { SessionContext, type Session } from "./session-context";

export interface SessionProviderProps {
  port: WordPort;
  today: string;
  children: ReactNode;
}

const NOT_READ =
  "Chưa đọc được các lựa chọn và ý kiến bỏ qua đã lưu trong văn bản nên chưa lưu thay đổi, để không ghi đè những gì văn bản đang giữ. Hãy bấm “Thử lại” ở đầu ngăn.";

/** Stored ignored findings, with those of this session the document did not hold yet. */
function mergeIgnored(stored: readonly IgnoredFinding[], session: readonly IgnoredFinding[]): IgnoredFinding[] {
  const keys = new Set(stored.map((i) => i.key));
  return [...stored, ...session.filter((i) => !keys.has(i.key))];
}

/**
 * Reads the stored choices once (again on reloadSettings); saving writes the document settings and
 * keeps the state even if saving fails. A setting Word could not read is never written over.
 */
export function SessionProvider({ port, today, children }: SessionProviderProps) {
  const [loaded, setLoaded] = useState(false);
  const [choice, setChoiceState] = useState<CheckChoice>({});
  const [ignored, setIgnoredState] = useState<readonly IgnoredFinding[]>([]);
  const [revision, setRevision] = useState(0);
  const [settingsError, setSettingsError] = useState<string | null>(null);
  // Which settings are not read yet (saving them is refused); a ref: the save callbacks read it.
  const unread = useRef(new Set<string>());
  const live = useRef(true);
  // What the user did while a setting was unread, saved once it is read (nothing done is lost).
  const pending = useRef<{ choice?: CheckChoice; ignored?: readonly IgnoredFinding[] }>({});

  const load = useCallback(async () => {
    let failure: unknown = null;
    // Outside Word there is nothing stored: start empty. In Word a failed read is reported.
    const read = (key: string) =>
      port.loadSetting<unknown>(key).then(
        (value) => {
          unread.current.delete(key);
          return { ok: true as const, value };
        },
        (e: unknown) => {
          if (port.host === "none") return { ok: true as const, value: undefined };
          unread.current.add(key);
          failure ??= e;
          return { ok: false as const };
        },
      );
    const [c, i] = await Promise.all([read(CHECK_CHOICE_SETTING), read(IGNORED_SETTING)]);
    if (!live.current) return;
    const save = (key: string, value: unknown) => port.saveSetting(key, value).catch((e: unknown) => void (failure ??= e));
    if (c.ok) {
      const next = pending.current.choice;
      pending.current.choice = undefined;
      if (next) await save(CHECK_CHOICE_SETTING, next);
      else setChoiceState(parseCheckChoice(c.value));
    }
    if (i.ok) {
      const stored = parseIgnored(i.value);
      const added = pending.current.ignored;
      pending.current.ignored = undefined;
      const merged = added ? mergeIgnored(stored, added) : stored;
      setIgnoredState(merged);
      if (merged.length > stored.length) await save(IGNORED_SETTING, merged);
    }
    if (!live.current) return;
    setSettingsError(failure === null ? null : errorMessage(failure, "Đọc các lựa chọn đã lưu trong văn bản"));
    setLoaded(true);
  }, [port]);

  useEffect(() => {
    live.current = true;
    void load();
    return () => {
      live.current = false;
    };
  }, [load]);

  const setChoice = useCallback(
    async (next: CheckChoice) => {
      setChoiceState(next);
      if (unread.current.has(CHECK_CHOICE_SETTING)) {
        pending.current.choice = next;
        throw new Error(NOT_READ);
      }
      await port.saveSetting(CHECK_CHOICE_SETTING, next);
    },
    [port],
  );
  const setIgnored = useCallback(
    async (list: readonly IgnoredFinding[]) => {
      setIgnoredState(list);
      if (unread.current.has(IGNORED_SETTING)) {
        pending.current.ignored = list;
        throw new Error(NOT_READ);
      }
      await port.saveSetting(IGNORED_SETTING, list);
    },
    [port],
  );
  const documentEdited = useCallback(() => setRevision((r) => r + 1), []);

  const session = useMemo<Session>(
    () => ({ port, today, loaded, choice, setChoice, ignored, setIgnored, revision, documentEdited, settingsError, reloadSettings: load }),
    [port, today, loaded, choice, setChoice, ignored, setIgnored, revision, documentEdited, settingsError, load],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
