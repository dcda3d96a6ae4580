import { Button, Field, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useAreaStyles } from "../area-styles";

export interface IgnoreFormProps {
  onSave(reason: string): Promise<void>;
  onCancel(): void;
}

/** The reason asked before a finding is ignored; an empty reason is refused beside the field. */
export function IgnoreForm({ onSave, onCancel }: IgnoreFormProps) {
  const styles = useAreaStyles();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (!reason.trim()) {
      setError("Hãy ghi lý do bỏ qua.");
      return;
    }
    setSaving(true);
    try {
      await onSave(reason.trim());
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className={styles.section}>
      <Field label="Lý do bỏ qua" required validationMessage={error} hint="Ví dụ: chi bộ đã thống nhất cách ghi này với Văn phòng Đảng ủy.">
        <Textarea
          value={reason}
          autoFocus
          onChange={(_e, d) => {
            setReason(d.value);
            if (d.value.trim()) setError(undefined);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={saving} onClick={() => void save()}>
          Lưu lý do và bỏ qua
        </Button>
        <Button onClick={onCancel}>Hủy</Button>
      </div>
    </div>
  );
}
