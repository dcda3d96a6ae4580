import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { checkDocument } from "../../core/engine/check-document";
import { toModel } from "../../core/templates/to-model";
import { gradePractice, type PracticeGrade } from "../../core/training/grade-practice";
import { buildPractice, practiceDefs } from "../../core/training/practices";
import { useAreaStyles } from "../area-styles";
import { useFieldsetStyles } from "../compose/MembersSection";
import { ErrorWithRetry } from "../components/ErrorWithRetry";
import { errorMessage } from "../error-message";
import { useSession } from "../session/session-context";
import { openInWord } from "./open-in-word";

/**
 * Practice: open a flawed document, mark the faults seen (a checklist of element labels), then see
 * which were found and missed, with what the checker itself says on the same document.
 */
export function PracticeView() {
  const styles = { ...useAreaStyles(), ...useFieldsetStyles() };
  const { port, today } = useSession();
  const [id, setId] = useState(practiceDefs[0]?.id ?? "");
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  const [grade, setGrade] = useState<PracticeGrade | null>(null);
  const [showText, setShowText] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const def = practiceDefs.find((p) => p.id === id) ?? practiceDefs[0];
  const practice = useMemo(() => (def ? buildPractice(def, today) : null), [def, today]);
  const model = useMemo(() => (practice ? toModel(practice.doc) : null), [practice]);
  if (!def || !practice || !model) return null;

  const choose = (next: string) => {
    setId(next);
    setMarked(new Set());
    setGrade(null);
    setShowText(false);
    setMessage(null);
  };
  const open = async () => {
    try {
      await openInWord(port, practice.doc);
      setMessage({ ok: true, text: "Đã mở bài tập trong một văn bản mới. Đọc kỹ rồi đánh dấu ở dưới." });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e, "Mở bài tập") });
    }
  };
  const toggle = (elementId: string, on: boolean) =>
    setMarked((m) => {
      const next = new Set(m);
      if (on) next.add(elementId);
      else next.delete(elementId);
      return next;
    });
  const submit = () => {
    // The key is checked against the checker itself on the very document the learner read.
    const findings = checkDocument(model, { today, type: def.type }).findings;
    setGrade(gradePractice(practice, [...marked], findings));
  };

  return (
    <div className={styles.section}>
      <RadioGroup value={def.id} onChange={(_e, d) => choose(d.value)} aria-label="Chọn bài tập">
        {practiceDefs.map((p) => (
          <Radio key={p.id} value={p.id} label={p.title} />
        ))}
      </RadioGroup>
      <p>{def.intro}</p>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void open()}>
          Mở bài tập trong Word
        </Button>
        <Button aria-expanded={showText} onClick={() => setShowText((s) => !s)}>
          {showText ? "Ẩn nội dung bài tập" : "Đọc bài tập ngay tại đây"}
        </Button>
      </div>
      <div aria-live="polite">
        {message && !message.ok && <ErrorWithRetry message={message.text} onRetry={open} />}
        {message?.ok && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {showText && (
        <blockquote className={styles.quote} aria-label="Nội dung bài tập">
          {model.paragraphs
            .map((p) => p.text)
            .filter((t) => t.trim() !== "")
            .join("\n")}
        </blockquote>
      )}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Đánh dấu những mục đồng chí thấy thiếu hoặc sai</legend>
        {practice.options.map((o) => (
          <Checkbox
            key={o.elementId}
            label={o.label}
            checked={marked.has(o.elementId)}
            disabled={grade !== null}
            onChange={(_e, d) => toggle(o.elementId, d.checked === true)}
          />
        ))}
      </fieldset>
      <div className={styles.row}>
        {grade === null ? (
          <Button appearance="primary" onClick={submit}>
            Xem kết quả
          </Button>
        ) : (
          <Button
            onClick={() => {
              setMarked(new Set());
              setGrade(null);
            }}
          >
            Làm lại
          </Button>
        )}
      </div>
      <div aria-live="polite">{grade && <PracticeResult grade={grade} total={def.faults.length} />}</div>
    </div>
  );
}

function PracticeResult({ grade, total }: { grade: PracticeGrade; total: number }) {
  const styles = useAreaStyles();
  const all = grade.found.length === total && grade.wrong.length === 0;
  return (
    <div className={styles.section} data-result="">
      <MessageBar intent={all ? "success" : "info"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            Đồng chí tìm đúng {grade.found.length}/{total} lỗi
          </MessageBarTitle>
          {all ? "Rất tốt: tìm đủ các lỗi và không đánh dấu nhầm." : "Xem giải thích từng lỗi ở dưới."}
        </MessageBarBody>
      </MessageBar>
      {grade.found.length > 0 && (
        <section aria-label="Đã tìm đúng" className={styles.section}>
          <h3 className={styles.h3}>Đã tìm đúng ({grade.found.length})</h3>
          <ul className={styles.plainList}>
            {grade.found.map((g) => (
              <li key={g.fault.elementId} className={styles.card}>
                <Text weight="semibold">
                  <span aria-hidden="true">✓ </span>
                  {g.label}
                </Text>
                <span>{g.fault.explanation}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {grade.missed.length > 0 && (
        <section aria-label="Còn bỏ sót" className={styles.section}>
          <h3 className={styles.h3}>Còn bỏ sót ({grade.missed.length})</h3>
          <ul className={styles.plainList}>
            {grade.missed.map((g) => (
              <li key={g.fault.elementId} className={styles.card}>
                <Text weight="semibold">
                  <span aria-hidden="true">✗ </span>
                  {g.label}
                </Text>
                <span>{g.fault.explanation}</span>
                {g.checker.map((m) => (
                  <span key={m} className={styles.muted}>
                    {`Bộ kiểm tra ghi: ${m}`}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {grade.wrong.length > 0 && (
        <section aria-label="Đánh dấu nhầm" className={styles.section}>
          <h3 className={styles.h3}>Đánh dấu nhầm ({grade.wrong.length})</h3>
          <ul className={styles.plainList}>
            {grade.wrong.map((o) => (
              <li key={o.elementId} className={styles.card}>
                {o.label}: phần này trong bài tập đã đúng.
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
