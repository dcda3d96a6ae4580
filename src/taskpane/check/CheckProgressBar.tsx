import { Field, ProgressBar } from "@fluentui/react-components";
import type { CheckProgress } from "../hooks/use-document-check";

export function progressLabel(p: CheckProgress): string {
  if (p.phase === "read") return "Đang đọc văn bản…";
  if (p.phase === "detect") return "Đang nhận dạng văn bản…";
  return `Đang kiểm tra… ${p.done}/${p.total} quy tắc`;
}

/**
 * How far a long check is: a bar (indeterminate while reading and recognising, then rules done of
 * total) labelled in words. The label is a polite live region, so a screen reader hears it without
 * being interrupted; the pane stays usable meanwhile (the check runs off the main thread).
 */
export function CheckProgressBar({ progress }: { progress: CheckProgress }) {
  const label = progressLabel(progress);
  const determinate = progress.phase === "rules" && progress.total > 0;
  return (
    <div aria-live="polite" data-check-progress={progress.phase}>
      <Field label={label} validationState="none">
        <ProgressBar thickness="large" {...(determinate ? { value: progress.done, max: progress.total } : {})} />
      </Field>
    </div>
  );
}
