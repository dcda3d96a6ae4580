import { Button, Input, Textarea } from "@fluentui/react-components";
import { useAreaStyles } from "../area-styles";
import { newId, type TaskRow } from "./form-state";
import { FormField } from "./FormField";
import { useFieldsetStyles } from "./MembersSection";
import type { SectionProps } from "./section-props";

/** Next month's tasks, each with who carries it out and by when (CHK.TASK_SPECIFIC). */
export function TasksSection({ form, update }: SectionProps) {
  const styles = { ...useAreaStyles(), ...useFieldsetStyles() };
  const setRow = (id: number, change: Partial<TaskRow>) => update((f) => ({ ...f, tasks: f.tasks.map((t) => (t.id === id ? { ...t, ...change } : t)) }));
  return (
    <div className={styles.section}>
      <p className={styles.muted}>Mỗi nhiệm vụ ghi rõ ai thực hiện và thời hạn, tránh ghi chung chung.</p>
      <ol className={styles.plainList}>
        {form.tasks.map((t, i) => (
          <li key={t.id}>
            <fieldset className={styles.fieldset}>
              <legend className={styles.legend}>Nhiệm vụ {i + 1}</legend>
              <FormField path={`meeting.tasks[${i}].text`} label="Nội dung" required>
                <Textarea value={t.text} onChange={(_e, d) => setRow(t.id, { text: d.value })} resize="vertical" />
              </FormField>
              <FormField path={`meeting.tasks[${i}].owner`} label="Người hoặc tổ thực hiện" hint="Họ tên đảng viên, hoặc “Tổ đảng số 2”, “Chi ủy”" required>
                <Input value={t.owner} onChange={(_e, d) => setRow(t.id, { owner: d.value })} />
              </FormField>
              <FormField path={`meeting.tasks[${i}].deadline`} label="Thời hạn" hint="Ví dụ: 20/12/2025, hoặc “trong tháng 12”" required>
                <Input value={t.deadline} onChange={(_e, d) => setRow(t.id, { deadline: d.value })} />
              </FormField>
              <div>
                <Button onClick={() => update((f) => ({ ...f, tasks: f.tasks.filter((x) => x.id !== t.id) }))}>Xóa nhiệm vụ {i + 1}</Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className={styles.row}>
        <Button onClick={() => update((f) => ({ ...f, tasks: [...f.tasks, { id: newId(), text: "", owner: "", deadline: "" }] }))}>Thêm nhiệm vụ</Button>
      </div>
    </div>
  );
}
