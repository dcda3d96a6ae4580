import { Button, MessageBar, MessageBarBody, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { annotatedModels } from "../../core/training/annotated-model";
import { useAreaStyles } from "../area-styles";
import { ErrorWithRetry } from "../components/ErrorWithRetry";
import { GuidanceCodes } from "../components/GuidanceCodes";
import { errorMessage } from "../error-message";
import { useSession } from "../session/session-context";
import { openInWord } from "./open-in-word";

/** A correct biên bản and nghị quyết, each part explained: what it records, why, and its guidance. */
export function ModelView() {
  const styles = useAreaStyles();
  const { port, today } = useSession();
  const models = useMemo(() => annotatedModels(today), [today]);
  const [id, setId] = useState<string>(models[0]?.id ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const model = models.find((m) => m.id === id) ?? models[0];
  if (!model) return null;
  const open = async () => {
    try {
      await openInWord(port, model.doc);
      setMessage({ ok: true, text: "Đã mở văn bản mẫu trong một văn bản mới." });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e, "Mở văn bản mẫu") });
    }
  };
  return (
    <div className={styles.section}>
      <RadioGroup value={model.id} onChange={(_e, d) => setId(d.value)} aria-label="Chọn văn bản mẫu">
        {models.map((m) => (
          <Radio key={m.id} value={m.id} label={m.title} />
        ))}
      </RadioGroup>
      <div className={styles.row}>
        <Button onClick={() => void open()}>Mở văn bản mẫu trong Word</Button>
      </div>
      <div aria-live="polite">
        {message && !message.ok && <ErrorWithRetry message={message.text} onRetry={open} />}
        {message?.ok && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ol className={styles.plainList} aria-label={`Các phần của ${model.title.toLowerCase()}`}>
        {model.parts.map((p) => (
          <li key={p.elementId} className={styles.card}>
            <h3 className={styles.h3}>{p.label}</h3>
            <blockquote className={styles.quote}>{p.lines.join("\n")}</blockquote>
            <span>
              <Text weight="semibold">Ghi gì: </Text>
              {p.guide.record}
            </span>
            <span>
              <Text weight="semibold">Vì sao: </Text>
              {p.guide.why}
            </span>
            <GuidanceCodes codes={p.guide.guidance} />
          </li>
        ))}
      </ol>
    </div>
  );
}
