import { Checkbox, Input, Select, Textarea } from "@fluentui/react-components";
import type { Grade } from "../../core/templates/answers";
import { useAreaStyles } from "../area-styles";
import type { ContentFields } from "./form-state";
import { FormField } from "./FormField";
import { OpinionsEditor } from "./OpinionsEditor";
import { SectionIssues } from "./SectionIssues";
import type { SectionProps } from "./section-props";

const GRADES: readonly Grade[] = ["Tốt", "Khá", "Trung bình", "Kém"];

/**
 * What was said and decided. Everything here may be left blank before the meeting: the draft keeps a
 * labelled gap ("Tự phê bình và phê bình: …") that Từng bước and Kiểm tra point to until it is filled.
 */
export function ContentSection({ form, update }: SectionProps) {
  const styles = useAreaStyles();
  const c = form.content;
  const set = (key: keyof ContentFields) => (_e: unknown, d: { value: string }) => update((f) => ({ ...f, content: { ...f.content, [key]: d.value } }));
  const check = (key: "agendaAdopted" | "minutesAdopted" | "hasReserved") => (_e: unknown, d: { checked: boolean | "mixed" }) =>
    update((f) => ({ ...f, content: { ...f.content, [key]: d.checked === true } }));
  const names = [...form.members.map((m) => m.name), ...(form.meeting.hasGuests ? form.guests.map((g) => g.name) : [])];
  const chiUy = form.type === "bien-ban-chi-uy";
  const regular = form.type === "bien-ban-thuong-ky";
  const area = (key: keyof ContentFields, path: string, label: string, hint?: string) => (
    <FormField path={path} label={label} hint={hint}>
      <Textarea value={String(c[key])} onChange={set(key)} resize="vertical" />
    </FormField>
  );
  if (chiUy) {
    return (
      <div className={styles.section}>
        {area("committeeAgenda", "content.committeeAgenda", "Nội dung chuẩn bị cho kỳ sinh hoạt chi bộ", "Mỗi dòng một nội dung")}
        {area("conclusion", "content.conclusion", "Kết luận của chủ trì")}
      </div>
    );
  }
  return (
    <div className={styles.section}>
      <SectionIssues paths={["content", "content.dues", "content.grade"]} />
      <p className={styles.muted}>Có thể để trống rồi ghi sau: văn bản sẽ có chỗ trống “…” để điền.</p>
      <Checkbox label="Chi bộ đã thông qua nội dung, chương trình sinh hoạt" checked={c.agendaAdopted} onChange={check("agendaAdopted")} />
      <FormField path="content.dues" label="Số đảng viên đã nộp đảng phí">
        <Input inputMode="numeric" value={c.duesPaid} onChange={set("duesPaid")} />
      </FormField>
      <FormField path="content.duesOutOf" label="trên tổng số phải nộp">
        <Input inputMode="numeric" value={c.duesOutOf} onChange={set("duesOutOf")} />
      </FormField>
      {regular && area("news", "content.news", "Thông tin thời sự, văn bản cấp trên", "Ghi rõ số, ngày của văn bản được phổ biến")}
      {regular && area("ideology", "content.ideology", "Tình hình tư tưởng đảng viên và quần chúng")}
      {regular && area("achieved", "content.review.achieved", "Kết quả tháng trước: việc đã làm được")}
      {regular && area("shortcomings", "content.review.shortcomings", "Hạn chế")}
      {regular && area("causes", "content.review.causes", "Nguyên nhân")}
      <h4 className={styles.h4}>Ý kiến thảo luận</h4>
      <OpinionsEditor path="content.discussion" noun="Ý kiến" rows={form.discussion} names={names} onChange={(rows) => update((f) => ({ ...f, discussion: rows }))} />
      {area("selfCriticism", "content.selfCriticism", "Tự phê bình và phê bình")}
      <FormField path="content.commend.commended" label="Biểu dương" hint="Ghi “không có” nếu không có">
        <Input value={c.commended} onChange={set("commended")} />
      </FormField>
      <FormField path="content.commend.reminded" label="Nhắc nhở" hint="Ghi “không có” nếu không có">
        <Input value={c.reminded} onChange={set("reminded")} />
      </FormField>
      {area("conclusion", "content.conclusion", "Kết luận của chủ trì")}
      <Checkbox label="Có đảng viên bảo lưu ý kiến" checked={c.hasReserved} onChange={check("hasReserved")} />
      {c.hasReserved && (
        <OpinionsEditor path="content.reservedOpinions" noun="Ý kiến bảo lưu" rows={form.reserved} names={names} onChange={(rows) => update((f) => ({ ...f, reserved: rows }))} />
      )}
      <FormField path="content.grade.grade" label="Chi bộ tự xếp loại buổi sinh hoạt">
        <Select value={c.grade} onChange={(_e, d) => update((f) => ({ ...f, content: { ...f.content, grade: d.value as Grade | "" } }))}>
          <option value="">— Chưa xếp loại —</option>
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField path="content.grade.points" label="Điểm tự đánh giá (nếu chấm điểm)">
        <Input inputMode="numeric" value={c.points} onChange={set("points")} />
      </FormField>
      <FormField path="content.grade.shortcomings" label="Hạn chế của buổi sinh hoạt">
        <Input value={c.gradeShortcomings} onChange={set("gradeShortcomings")} />
      </FormField>
      <Checkbox label="Biên bản đã được đọc lại và thông qua" checked={c.minutesAdopted} onChange={check("minutesAdopted")} />
    </div>
  );
}
