import { Input, Select } from "@fluentui/react-components";
import type { AttendanceStatus } from "../../core/templates/answers";
import { useAreaStyles } from "../area-styles";
import { isCommitteeRow, type MemberRow } from "./form-state";
import { FormField } from "./FormField";
import { memberStatusLabels, useFieldsetStyles } from "./MembersSection";
import { SectionIssues } from "./SectionIssues";
import type { SectionProps } from "./section-props";

export const attendanceLabels: Record<AttendanceStatus, string> = {
  present: "Có mặt",
  excused: "Vắng có lý do",
  unexcused: "Vắng không lý do",
};

/** The roll call: each member present or absent (with the reason). A chi ủy meeting calls only its committee. */
export function AttendanceSection({ form, update }: SectionProps) {
  const styles = { ...useAreaStyles(), ...useFieldsetStyles() };
  const chiUy = form.type === "bien-ban-chi-uy";
  const rows = form.members.map((m, i) => ({ m, i })).filter(({ m }) => !chiUy || isCommitteeRow(m, form.cell));
  const setRow = (id: number, change: Partial<MemberRow>) => update((f) => ({ ...f, members: f.members.map((m) => (m.id === id ? { ...m, ...change } : m)) }));
  const present = rows.filter(({ m }) => m.attendance === "present");
  const officialPresent = present.filter(({ m }) => m.status !== "du-bi").length;
  if (!rows.length) {
    return (
      <p className={styles.muted}>
        {chiUy ? "Chưa có chi ủy viên: hãy đánh dấu chi ủy viên hoặc chọn bí thư, phó bí thư ở phần Chi bộ." : "Hãy nhập danh sách đảng viên ở phần Đảng viên trước."}
      </p>
    );
  }
  return (
    <div className={styles.section}>
      <SectionIssues paths={["meeting.attendance"]} />
      <p className={styles.muted}>
        Có mặt {present.length}/{rows.length} {chiUy ? "chi ủy viên" : `đồng chí (chính thức ${officialPresent}, dự bị ${present.length - officialPresent})`}.
      </p>
      <ol className={styles.plainList}>
        {rows.map(({ m, i }) => (
          <li key={m.id}>
            <fieldset className={styles.fieldset}>
              <legend className={styles.legend}>
                {m.name.trim() || `Đảng viên ${i + 1}`} ({memberStatusLabels[m.status].toLowerCase()})
              </legend>
              <FormField path={`meeting.attendance[${i}].status`} label="Điểm danh">
                <Select value={m.attendance} onChange={(_e, d) => setRow(m.id, { attendance: d.value as AttendanceStatus })}>
                  {Object.entries(attendanceLabels).map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </Select>
              </FormField>
              {m.attendance === "excused" && (
                <FormField path={`meeting.attendance[${i}].reason`} label="Lý do vắng" hint="Ví dụ: đi công tác, ốm">
                  <Input value={m.reason} onChange={(_e, d) => setRow(m.id, { reason: d.value })} />
                </FormField>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
    </div>
  );
}
