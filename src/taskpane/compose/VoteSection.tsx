import { Button, Input, Select } from "@fluentui/react-components";
import type { VoteMethod } from "../../core/facts/types";
import { useAreaStyles } from "../area-styles";
import { FormField } from "./FormField";
import { SectionIssues } from "./SectionIssues";
import type { SectionProps } from "./section-props";

export const voteMethodLabels: Record<VoteMethod, string> = {
  "gio-tay": "Giơ tay",
  "the-dang-vien": "Giơ thẻ đảng viên",
  "phieu-kin": "Bỏ phiếu kín",
  "ung-dung": "Trên ứng dụng Sổ tay đảng viên điện tử",
};

/** The vote on the conclusion / resolution: only official members present vote (probationary members do not). */
export function VoteSection({ form, update }: SectionProps) {
  const styles = useAreaStyles();
  const v = form.vote;
  const set = (key: keyof typeof v) => (_e: unknown, d: { value: string }) => update((f) => ({ ...f, vote: { ...f.vote, [key]: d.value } }));
  const voters = form.members.filter((m) => m.attendance === "present" && m.status !== "du-bi").length;
  return (
    <div className={styles.section}>
      <SectionIssues paths={["meeting.vote"]} />
      <p className={styles.muted}>Đảng viên chính thức có mặt (được biểu quyết): {voters}. Đảng viên dự bị không biểu quyết.</p>
      <FormField path="meeting.vote.method" label="Hình thức biểu quyết">
        <Select value={v.method} onChange={(_e, d) => update((f) => ({ ...f, vote: { ...f.vote, method: d.value as VoteMethod | "" } }))}>
          <option value="">— Chưa chọn —</option>
          {Object.entries(voteMethodLabels).map(([k, l]) => (
            <option key={k} value={k}>
              {l}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField path="meeting.vote.yes" label="Số tán thành">
        <Input inputMode="numeric" value={v.yes} onChange={set("yes")} />
      </FormField>
      <FormField path="meeting.vote.no" label="Số không tán thành">
        <Input inputMode="numeric" value={v.no} onChange={set("no")} />
      </FormField>
      <FormField path="meeting.vote.other" label="Số có ý kiến khác">
        <Input inputMode="numeric" value={v.other} onChange={set("other")} />
      </FormField>
      <div className={styles.row}>
        <Button
          disabled={voters === 0}
          onClick={() => update((f) => ({ ...f, vote: { method: f.vote.method || "gio-tay", yes: String(voters), no: "0", other: "0" } }))}
        >
          Điền: cả {voters} đồng chí chính thức có mặt tán thành
        </Button>
      </div>
    </div>
  );
}
