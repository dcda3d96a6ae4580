import { Button, Textarea } from "@fluentui/react-components";
import { useAreaStyles } from "../area-styles";
import { newId, type OpinionRow } from "./form-state";
import { FormField } from "./FormField";
import { useFieldsetStyles } from "./MembersSection";
import { PersonSelect } from "./PersonSelect";

export interface OpinionsEditorProps {
  /** "content.discussion" or "content.reservedOpinions": the answers' path of the list. */
  path: string;
  /** "Ý kiến", "Ý kiến bảo lưu": the legend of each row. */
  noun: string;
  rows: OpinionRow[];
  names: readonly string[];
  onChange(rows: OpinionRow[]): void;
}

/** Opinions with the member who gave them: speakers are named, as the guidance requires. */
export function OpinionsEditor({ path, noun, rows, names, onChange }: OpinionsEditorProps) {
  const styles = { ...useAreaStyles(), ...useFieldsetStyles() };
  const setRow = (id: number, change: Partial<OpinionRow>) => onChange(rows.map((r) => (r.id === id ? { ...r, ...change } : r)));
  return (
    <>
      <ol className={styles.plainList}>
        {rows.map((r, i) => (
          <li key={r.id}>
            <fieldset className={styles.fieldset}>
              <legend className={styles.legend}>
                {noun} {i + 1}
              </legend>
              <FormField path={`${path}[${i}].speaker`} label="Người phát biểu" required>
                <PersonSelect value={r.speaker} names={names} onChange={(v) => setRow(r.id, { speaker: v })} />
              </FormField>
              <FormField path={`${path}[${i}].opinion`} label="Nội dung chính" required>
                <Textarea value={r.opinion} onChange={(_e, d) => setRow(r.id, { opinion: d.value })} resize="vertical" />
              </FormField>
              <div>
                <Button onClick={() => onChange(rows.filter((x) => x.id !== r.id))}>
                  Xóa {noun.toLowerCase()} {i + 1}
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className={styles.row}>
        <Button onClick={() => onChange([...rows, { id: newId(), speaker: "", opinion: "" }])}>Thêm {noun.toLowerCase()}</Button>
      </div>
    </>
  );
}
