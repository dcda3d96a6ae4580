import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { documentTypeLabels } from "../../core/catalog/document-types";
import { findingKey } from "../../core/report/finding-key";
import { stepPhaseLabels, type StepPhase } from "../../core/steps/step-guides";
import { countStates, stepStatuses, type StepStatus } from "../../core/steps/step-status";
import type { Finding } from "../../core/rules/types";
import { useAreaStyles } from "../area-styles";
import { ErrorWithRetry } from "../components/ErrorWithRetry";
import { TypePicker } from "../components/TypePicker";
import { errorMessage } from "../error-message";
import { useDocumentCheck } from "../hooks/use-document-check";
import { saveChoice } from "../session/save-choice";
import { useSession } from "../session/session-context";
import { StepItem } from "../steps/StepItem";
import { AreaIntro } from "./AreaIntro";

/** "Từng bước": the required sections in meeting order, each with its status read from the document. */
export default function StepsArea() {
  const styles = useAreaStyles();
  const session = useSession();
  const { port, ignored, choice } = session;
  const check = useDocumentCheck();
  const [open, setOpen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // `retry`: an edit of the document failed; "Thử lại" runs it again.
  const [problem, setProblem] = useState<{ text: string; retry?: () => void } | null>(null);

  const statuses = useMemo(() => {
    if (!check.doc || !check.result) return [];
    const keys = new Set(ignored.map((i) => i.key));
    return stepStatuses(check.doc, check.result, { isIgnored: (f: Finding) => keys.has(findingKey(f)) });
  }, [check.doc, check.result, ignored]);

  const phases = useMemo(() => {
    const out: { phase: StepPhase; steps: StepStatus[] }[] = [];
    for (const s of statuses) {
      const last = out[out.length - 1];
      if (last && last.phase === s.step.phase) last.steps.push(s);
      else out.push({ phase: s.step.phase, steps: [s] });
    }
    return out;
  }, [statuses]);

  const openStep = (s: StepStatus) => {
    setOpen(s.step.elementId);
    setProblem(null);
    if (s.location) port.select(s.location).catch((e: unknown) => setProblem({ text: errorMessage(e, "Chọn vị trí trong văn bản") }));
  };

  const insert = async (s: StepStatus) => {
    if (!s.fix) return;
    setBusy(true);
    setProblem(null);
    try {
      await port.applyFix(s.fix);
    } catch (e) {
      setProblem({ text: errorMessage(e, "Chèn"), retry: () => void insert(s) });
    } finally {
      setBusy(false);
      session.documentEdited();
    }
  };

  const counts = countStates(statuses);
  const type = check.result?.documentType ?? null;
  return (
    <div className={styles.area}>
      <AreaIntro
        heading="Ghi biên bản từng bước"
        purpose="Các phần bắt buộc theo trình tự buổi sinh hoạt. Trạng thái tự cập nhật khi đồng chí gõ vào văn bản; bấm vào một phần để xem cần ghi gì và di chuyển đến chỗ đó."
      />
      {check.status === "reading" && <Spinner size="small" label="Đang đọc văn bản…" />}
      {check.status === "error" && <ErrorWithRetry title="Chưa đọc được văn bản" message={check.error ?? ""} onRetry={check.run} />}
      <div aria-live="polite">
        {problem?.retry && <ErrorWithRetry message={problem.text} onRetry={problem.retry} busy={busy} />}
        {problem && !problem.retry && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{problem.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {check.result && (
        <>
          <TypePicker value={choice.type} detected={check.result.detection.type} onChange={(t) =>
              saveChoice(session, { ...choice, type: t }, { failed: (text, retry) => setProblem({ text, retry }), saved: () => setProblem((x) => (x?.retry ? null : x)) })
            }
          />
          {type === null ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Chọn loại văn bản</MessageBarTitle>
                Văn bản đang trống hoặc chưa có tên loại văn bản. Hãy chọn loại văn bản ở trên để xem các phần cần ghi, hoặc tạo văn bản từ mẫu ở thẻ Soạn thảo.
              </MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <p aria-live="polite" data-summary="">
                {documentTypeLabels[type]}: đã có {counts.done}/{statuses.length} phần
                {counts.missing > 0 && `, còn thiếu ${counts.missing}`}
                {counts["needs-attention"] > 0 && `, cần xem lại ${counts["needs-attention"]}`}.
              </p>
              {phases.map(({ phase, steps }) => (
                <section key={phase} className={styles.section} aria-labelledby={`giai-doan-${phase}`}>
                  <h3 id={`giai-doan-${phase}`} className={styles.h3}>
                    {stepPhaseLabels[phase]}
                  </h3>
                  <ol className={styles.plainList}>
                    {steps.map((s) => (
                      <StepItem
                        key={s.step.elementId}
                        status={s}
                        expanded={open === s.step.elementId}
                        busy={busy}
                        onOpen={openStep}
                        onClose={() => setOpen(null)}
                        onInsert={(x) => void insert(x)}
                      />
                    ))}
                  </ol>
                </section>
              ))}
            </>
          )}
        </>
      )}
    </div>
  );
}
