import { Button, Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { MemberStatus } from "../../core/templates/answers";
import { useAreaStyles } from "../area-styles";
import { newMember, type MemberRow } from "./form-state";
import { FormField } from "./FormField";
import { SectionIssues } from "./SectionIssues";
import type { SectionProps } from "./section-props";

export const memberStatusLabels: Record<MemberStatus, string> = {
  "chinh-thuc": "Chính thức",
  "du-bi": "Dự bị",
  "mien-sinh-hoat": "Miễn sinh hoạt",
};

export const useFieldsetStyles = makeStyles({
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
});

/** The cell's members with their status; a whole list can be pasted, one name per line. */
export function MembersSection({ form, update }: SectionProps) {
  const styles = { ...useAreaStyles(), ...useFieldsetStyles() };
  const [pasted, setPasted] = useState("");
  const setRow = (id: number, change: Partial<MemberRow>) => update((f) => ({ ...f, members: f.members.map((m) => (m.id === id ? { ...m, ...change } : m)) }));
  const addPasted = () => {
    const names = pasted.split(/\r?\n/).map((l) => l.replace(/^\s*(\d+[.)]|[-–•])\s*/, "").trim()).filter(Boolean);
    if (!names.length) return;
    update((f) => ({ ...f, members: [...f.members, ...names.map((n) => newMember(n))] }));
    setPasted("");
  };
  return (
    <div className={styles.section}>
      <SectionIssues paths={["cell.members"]} />
      <p className={styles.muted}>Tổng số: {form.members.length} đảng viên ({form.members.filter((m) => m.status === "du-bi").length} dự bị).</p>
      <ol className={styles.plainList}>
        {form.members.map((m, i) => (
          <li key={m.id}>
            <fieldset className={styles.fieldset}>
              <legend className={styles.legend}>Đảng viên {i + 1}</legend>
              <FormField path={`cell.members[${i}].name`} label="Họ và tên" required>
                <Input value={m.name} onChange={(_e, d) => setRow(m.id, { name: d.value })} />
              </FormField>
              <FormField path={`cell.members[${i}].status`} label="Tình trạng">
                <Select value={m.status} onChange={(_e, d) => setRow(m.id, { status: d.value as MemberStatus })}>
                  {Object.entries(memberStatusLabels).map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </Select>
              </FormField>
              <Checkbox label="Chi ủy viên" checked={m.committee} onChange={(_e, d) => setRow(m.id, { committee: d.checked === true })} />
              <div>
                <Button onClick={() => update((f) => ({ ...f, members: f.members.filter((x) => x.id !== m.id) }))}>Xóa đảng viên {m.name.trim() || i + 1}</Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className={styles.row}>
        <Button onClick={() => update((f) => ({ ...f, members: [...f.members, newMember()] }))}>Thêm một đảng viên</Button>
      </div>
      <Field label="Thêm nhiều đảng viên một lúc" hint="Dán danh sách, mỗi dòng một họ tên; sau đó chọn tình trạng từng người.">
        <Textarea value={pasted} onChange={(_e, d) => setPasted(d.value)} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button onClick={addPasted} disabled={!pasted.trim()}>
          Thêm các họ tên đã dán
        </Button>
      </div>
    </div>
  );
}
