import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { findingKey } from "../../core/report/finding-key";
import { severityTitles } from "../../core/report/group-findings";
import { groupFindings } from "../../core/report/group-findings";
import { ignoreFinding, unignoreFinding } from "../../core/report/ignored-findings";
import { signingVerdict } from "../../core/report/verdict";
import type { Finding, Fix } from "../../core/rules/types";
import { useAreaStyles } from "../area-styles";
import { CheckActions } from "../check/CheckActions";
import { CheckProgressBar } from "../check/CheckProgressBar";
import { FindingGroups } from "../check/FindingGroups";
import { ProfilePanel } from "../check/ProfilePanel";
import { QualityPanel } from "../check/QualityPanel";
import { Verdict } from "../check/Verdict";
import { ErrorWithRetry } from "../components/ErrorWithRetry";
import { TypePicker } from "../components/TypePicker";
import { errorMessage, isStaleFix } from "../error-message";
import { useDocumentCheck } from "../hooks/use-document-check";
import { saveChoice } from "../session/save-choice";
import { useSession } from "../session/session-context";
import { AreaIntro } from "./AreaIntro";

/** `retry`: the port action failed; the notice offers "Thử lại" (ErrorWithRetry). */
type Notice = { intent: "success" | "error" | "warning" | "info"; text: string; retry?: () => void };

/** "Kiểm tra": checks of the open document before signing, or of a document received from a cell. */
export default function CheckArea() {
  const styles = useAreaStyles();
  const session = useSession();
  const { port, ignored, choice } = session;
  const check = useDocumentCheck();
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const result = check.result;
  const grouped = useMemo(() => (result ? groupFindings(result.findings, ignored) : null), [result, ignored]);
  const verdict = useMemo(() => (result ? signingVerdict(result.findings, ignored) : null), [result, ignored]);

  const select = (f: Finding) => {
    if (!f.location) return;
    port.select(f.location).catch((e: unknown) => setNotice({ intent: "error", text: errorMessage(e, "Chọn vị trí trong văn bản") }));
  };

  const fix = async (f: Finding) => {
    if (!f.fix) return;
    setBusyKey(findingKey(f));
    try {
      await port.applyFix(f.fix);
      setNotice({ intent: "success", text: `Đã sửa: ${f.message} Có thể hoàn tác bằng Ctrl+Z trong Word.` });
    } catch (e) {
      setNotice(
        isStaleFix(e)
          ? { intent: "warning", text: `${errorMessage(e, "Sửa")} Đã kiểm tra lại theo văn bản hiện tại.` }
          : { intent: "error", text: errorMessage(e, "Sửa"), retry: () => void fix(f) },
      );
    } finally {
      setBusyKey(null);
      session.documentEdited();
    }
  };

  const recordGrade = async (f: Fix) => {
    setBusyKey("quality");
    try {
      await port.applyFix(f);
      setNotice({ intent: "success", text: "Đã ghi bảng chấm điểm vào biên bản; điền những điểm chi bộ chấm còn để trống (…)." });
    } catch (e) {
      setNotice({ intent: "error", text: errorMessage(e, "Ghi bảng chấm điểm"), retry: () => void recordGrade(f) });
    } finally {
      setBusyKey(null);
      session.documentEdited();
    }
  };

  const ignore = async (f: Finding, reason: string) => {
    try {
      await session.setIgnored(ignoreFinding(ignored, f, reason, session.today));
      setNotice({ intent: "info", text: "Đã bỏ qua và lưu lý do vào văn bản." });
    } catch (e) {
      setNotice({ intent: "error", text: `Đã bỏ qua trong lần làm việc này nhưng chưa lưu được vào văn bản. ${errorMessage(e, "Lưu")}`, retry: () => void ignore(f, reason) });
    }
  };

  const restore = (f: Finding) => {
    session.setIgnored(unignoreFinding(ignored, f)).catch((e: unknown) => setNotice({ intent: "error", text: errorMessage(e, "Lưu"), retry: () => restore(f) }));
  };

  const choiceSaved = {
    failed: (text: string, retry: () => void) => setNotice({ intent: "error" as const, text, retry }),
    saved: () => setNotice((n) => (n?.retry ? null : n)),
  };

  const c = grouped?.counts;
  return (
    <div className={styles.area} data-checks-completed={check.completed}>
      <AreaIntro
        heading="Kiểm tra văn bản"
        purpose="Rà soát văn bản đang mở: đủ các phần bắt buộc, số liệu khớp nhau, đúng thể thức. Dùng trước khi ký, hoặc khi kiểm tra văn bản chi bộ gửi lên."
      />
      <div className={styles.row}>
        <Button appearance="primary" size="large" onClick={() => void check.run()} disabled={check.status === "reading"}>
          Kiểm tra lại
        </Button>
      </div>
      {check.progress ? <CheckProgressBar progress={check.progress} /> : check.status === "reading" && <Spinner size="small" label="Đang đọc văn bản…" />}
      {check.status === "error" && <ErrorWithRetry title="Chưa kiểm tra được" message={check.error ?? ""} onRetry={check.run} />}
      <div aria-live="polite">
        {notice?.retry && <ErrorWithRetry message={notice.text} onRetry={notice.retry} busy={busyKey !== null} />}
        {notice && !notice.retry && (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {result && check.doc && grouped && verdict && c && (
        <>
          <TypePicker value={choice.type} detected={result.detection.type} onChange={(type) => saveChoice(session, { ...choice, type }, choiceSaved)} />
          {result.documentType === null ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Chưa nhận ra loại văn bản</MessageBarTitle>
                Văn bản chưa có tên loại (BIÊN BẢN, NGHỊ QUYẾT) hoặc đang trống. Hãy chọn loại văn bản ở trên để kiểm tra.
              </MessageBarBody>
            </MessageBar>
          ) : (
            <>
              {result.detection.basis === "content" && !choice.type && (
                <p className={styles.muted}>Loại văn bản được đoán theo nội dung vì không thấy tên loại văn bản; có thể chọn lại ở trên.</p>
              )}
              <Verdict verdict={verdict} onSelect={select} />
              <p aria-live="polite" data-counts="">
                {c.error} {severityTitles.error.toLowerCase()}, {c.warning} {severityTitles.warning.toLowerCase()}, {c.info} {severityTitles.info.toLowerCase()}
                {grouped.ignored.length > 0 && `; ${grouped.ignored.length} đã bỏ qua`}.
              </p>
              <CheckActions result={result} doc={check.doc} onNotice={setNotice} />
              <FindingGroups grouped={grouped} doc={check.doc} ignored={ignored} busyKey={busyKey} onSelect={select} onFix={(f) => void fix(f)} onIgnore={ignore} onRestore={restore} />
              <QualityPanel doc={check.doc} result={result} onRecord={(f) => void recordGrade(f)} busy={busyKey !== null} />
            </>
          )}
          <ProfilePanel profile={result.profile} choice={choice} onChange={(next) => saveChoice(session, next, choiceSaved)} />
        </>
      )}
    </div>
  );
}
