import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Answers } from "../../core/templates/answers";
import { isInvalidAnswersError } from "../../core/templates/invalid-answers-error";
import { resolutionFromMinutes } from "../../core/templates/resolution-from-minutes";
import { templateSettings } from "../../core/templates/template-settings";
import { validateAnswers, type AnswerIssue } from "../../core/templates/validate-answers";
import { useAreaStyles } from "../area-styles";
import { AttendanceSection } from "../compose/AttendanceSection";
import { CellSection } from "../compose/CellSection";
import { ContentSection } from "../compose/ContentSection";
import { FormIssuesContext, IssueIndex, type FormIssues } from "../compose/form-issues";
import { formPartTitles, partOf, type FormPart } from "../compose/form-sections";
import { cellAnswers, emptyForm, hasThematic, toAnswers, type FormState } from "../compose/form-state";
import { insertDraft, insertedMessage } from "../compose/insert-draft";
import { MeetingSection } from "../compose/MeetingSection";
import { MembersSection } from "../compose/MembersSection";
import { ANSWERS_SETTING, CELL_SETTING, formFromStored, hasCell, nextMeeting, readLocalCell, withStoredCell, writeLocalCell } from "../compose/stored-answers";
import { TasksSection } from "../compose/TasksSection";
import { ThematicSection } from "../compose/ThematicSection";
import { VoteSection } from "../compose/VoteSection";
import { Disclosure } from "../components/Disclosure";
import { ErrorWithRetry } from "../components/ErrorWithRetry";
import type { InsertWhere } from "../../word/word-port";
import { errorMessage } from "../error-message";
import { useSession } from "../session/session-context";
import { AreaIntro } from "./AreaIntro";

/** `retry`: a port action failed; the notice offers "Thử lại" (ErrorWithRetry). */
type Notice = { intent: "success" | "error" | "warning" | "info"; title?: string; text: string; items?: string[]; retry?: () => void };

const ORDER: readonly FormPart[] = ["cell", "members", "meeting", "attendance", "vote", "tasks", "thematic", "content"];

/** "Soạn thảo": the meeting form; inserts the biên bản, and the nghị quyết made from it. */
export default function ComposeArea() {
  const styles = useAreaStyles();
  const session = useSession();
  const { port, today } = session;
  const [form, setForm] = useState<FormState>(emptyForm);
  const [open, setOpen] = useState<FormPart[]>(["cell"]);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [resolutionWhere, setResolutionWhere] = useState<InsertWhere>("new-document");

  // What this document (or, for a new document, this machine) remembers: the last meeting, else the cell.
  // Outside Word there is nothing stored; in Word a failed read is shown with "Thử lại".
  const [loadRun, setLoadRun] = useState(0);
  useEffect(() => {
    let live = true;
    let failure: unknown;
    const read = (key: string) =>
      port.loadSetting<unknown>(key).catch((e: unknown) => {
        failure ??= e;
        return undefined;
      });
    void Promise.all([read(ANSWERS_SETTING), read(CELL_SETTING)]).then(([answers, cell]) => {
      if (!live) return;
      if (failure !== undefined && port.host !== "none") {
        setNotice({
          intent: "error",
          title: "Chưa đọc được thông tin đã lưu",
          text: errorMessage(failure, "Đọc thông tin đã lưu trong văn bản"),
          retry: () => setLoadRun((n) => n + 1),
        });
        return;
      }
      if (loadRun > 0) setNotice(null);
      if (answers !== undefined && hasCell((answers as { cell?: unknown }).cell)) {
        setForm(formFromStored(answers));
        setOpen(["meeting"]);
        setNotice({ intent: "info", text: "Đã điền lại thông tin cuộc họp đã soạn trong văn bản này." });
      } else if (hasCell(cell)) {
        setForm((f) => withStoredCell(f, cell));
        setOpen(["meeting"]);
        setNotice({ intent: "info", text: "Đã điền sẵn thông tin chi bộ lưu trong văn bản này." });
      } else {
        const local = readLocalCell();
        if (hasCell(local)) {
          setForm((f) => withStoredCell(f, local));
          setOpen(["meeting"]);
          setNotice({ intent: "info", text: "Đã điền sẵn thông tin chi bộ đã dùng lần trước trên máy này. Hãy kiểm tra lại số văn bản." });
        }
      }
    });
    return () => {
      live = false;
    };
  }, [port, loadRun]);

  const update = useCallback((change: (f: FormState) => FormState) => setForm(change), []);
  const { answers, maps } = useMemo(() => toAnswers(form), [form]);
  const validation = useMemo(() => validateAnswers(answers, { type: form.type, settings: templateSettings(answers, today) }), [answers, form.type, today]);
  const index = useMemo(() => new IssueIndex(validation.ok ? [] : validation.errors, validation.warnings, maps), [validation, maps]);
  const issues = useMemo<FormIssues>(
    () => ({
      at: (p) => index.at(p),
      shown: (p) => submitted || touched.has(p),
      touch: (p) => setTouched((t) => (t.has(p) ? t : new Set(t).add(p))),
    }),
    [index, submitted, touched],
  );
  const errors = index.allErrors();
  const errorCount = (part: FormPart) => errors.filter((e) => partOf(e.path) === part).length;

  const refuse = (list: readonly AnswerIssue[], what: string) => {
    const parts = [...new Set(list.map((e) => partOf(e.field)))];
    setOpen((o) => [...new Set([...o, ...parts])]);
    setNotice({ intent: "error", title: `Chưa ${what}: còn ${list.length} chỗ cần sửa`, text: "Chưa có gì được đưa vào văn bản. Các chỗ cần sửa:", items: list.map((e) => e.message) });
  };

  const remember = async (a: Answers) => {
    writeLocalCell(a.cell);
    await port.saveSetting(CELL_SETTING, a.cell);
    await port.saveSetting(ANSWERS_SETTING, a);
  };

  const insert = async (kind: "minutes" | "resolution") => {
    setSubmitted(true);
    if (!validation.ok) {
      refuse(validation.errors, kind === "minutes" ? "chèn biên bản" : "tạo nghị quyết");
      return;
    }
    let draft: Answers;
    try {
      draft = kind === "minutes" ? answers : resolutionFromMinutes(answers);
    } catch (e) {
      if (isInvalidAnswersError(e)) refuse(e.errors, "tạo nghị quyết");
      else setNotice({ intent: "error", text: errorMessage(e, "Tạo nghị quyết") });
      return;
    }
    const type = kind === "minutes" ? form.type : "nghi-quyet";
    if (kind === "resolution") {
      const v = validateAnswers(draft, { type, settings: templateSettings(draft, today) });
      if (!v.ok) {
        refuse(v.errors, "tạo nghị quyết");
        return;
      }
    }
    setBusy(true);
    try {
      const inserted = await insertDraft(port, type, draft, today, kind === "minutes" ? "auto" : resolutionWhere);
      const warnings = validation.warnings.map((w) => w.message);
      setNotice({
        intent: "success",
        title: kind === "minutes" ? "Đã chèn biên bản" : "Đã tạo nghị quyết",
        text: insertedMessage(kind === "minutes" ? "biên bản" : "nghị quyết", inserted),
        ...(warnings.length ? { items: warnings.map((w) => `Lưu ý: ${w}`) } : {}),
      });
      session.documentEdited();
      if (inserted.where !== "new-document") await remember(answers).catch(() => undefined);
    } catch (e) {
      if (isInvalidAnswersError(e)) refuse(e.errors, "chèn");
      else setNotice({ intent: "error", title: "Chưa chèn được", text: errorMessage(e, "Chèn văn bản"), retry: () => void insert(kind) });
    } finally {
      setBusy(false);
    }
  };

  const saveCell = async () => {
    const cell = cellAnswers(form);
    writeLocalCell(cell);
    try {
      await port.saveSetting(CELL_SETTING, cell);
      setNotice({ intent: "success", text: "Đã lưu thông tin chi bộ vào văn bản và trên máy này; tháng sau sẽ được điền sẵn." });
    } catch (e) {
      setNotice({ intent: "error", text: `Đã lưu trên máy này nhưng chưa lưu được vào văn bản. ${errorMessage(e, "Lưu")}`, retry: () => void saveCell() });
    }
  };

  const toggle = (part: FormPart, isOpen: boolean) => setOpen((o) => (isOpen ? [...o, part] : o.filter((x) => x !== part)));
  const parts = ORDER.filter((p) => (p === "thematic" ? hasThematic(form) : p === "vote" || p === "tasks" ? form.type !== "bien-ban-chi-uy" : true));
  const body: Record<FormPart, JSX.Element> = {
    cell: <CellSection form={form} update={update} />,
    members: <MembersSection form={form} update={update} />,
    meeting: <MeetingSection form={form} update={update} />,
    attendance: <AttendanceSection form={form} update={update} />,
    vote: <VoteSection form={form} update={update} />,
    tasks: <TasksSection form={form} update={update} />,
    thematic: <ThematicSection form={form} update={update} />,
    content: <ContentSection form={form} update={update} />,
  };

  return (
    <div className={styles.area}>
      <AreaIntro
        heading="Soạn thảo biên bản, nghị quyết"
        purpose="Điền thông tin cuộc họp rồi bấm “Chèn biên bản”: văn bản được tạo đúng thể thức, chỗ nào chưa có thông tin sẽ để trống “…” để ghi sau."
      />
      <FormIssuesContext.Provider value={issues}>
        <div>
          {parts.map((p, i) => {
            const n = submitted ? errorCount(p) : 0;
            return (
              <Disclosure key={p} open={open.includes(p)} onToggle={(isOpen) => toggle(p, isOpen)} title={`${i + 1}. ${formPartTitles[p]}${n > 0 ? ` (${n} chỗ cần sửa)` : ""}`}>
                {body[p]}
              </Disclosure>
            );
          })}
        </div>
      </FormIssuesContext.Provider>
      <section className={styles.section} aria-label="Chèn vào văn bản">
        <div className={styles.row}>
          <Button appearance="primary" size="large" disabled={busy} onClick={() => void insert("minutes")}>
            Chèn biên bản vào văn bản
          </Button>
        </div>
        {form.type !== "bien-ban-chi-uy" && (
          <>
            <Field label="Nghị quyết tạo từ biên bản sẽ đặt vào">
              <Select value={resolutionWhere} onChange={(_e, d) => setResolutionWhere(d.value === "auto" ? "auto" : "new-document")}>
                <option value="new-document">Một văn bản mới</option>
                <option value="auto">Văn bản đang mở (tại vị trí con trỏ)</option>
              </Select>
            </Field>
            <div className={styles.row}>
              <Button size="large" disabled={busy} onClick={() => void insert("resolution")}>
                Tạo nghị quyết từ biên bản
              </Button>
            </div>
          </>
        )}
        <div className={styles.row}>
          <Button onClick={() => void saveCell()}>Lưu thông tin chi bộ</Button>
          <Button
            onClick={() => {
              setForm(nextMeeting);
              setSubmitted(false);
              setTouched(new Set());
              setOpen(["meeting"]);
              setNotice({ intent: "info", text: "Đã bắt đầu cuộc họp mới: giữ thông tin chi bộ và danh sách đảng viên, số văn bản tăng thêm 1." });
            }}
          >
            Cuộc họp mới (giữ thông tin chi bộ)
          </Button>
        </div>
      </section>
      <div aria-live="polite">
        {notice?.retry && <ErrorWithRetry {...(notice.title ? { title: notice.title } : {})} message={notice.text} onRetry={notice.retry} busy={busy} />}
        {notice && !notice.retry && (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>
              {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
              {notice.text}
              {notice.items && (
                <ul>
                  {notice.items.map((t, i) => (
                    <li key={i}>{t}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
