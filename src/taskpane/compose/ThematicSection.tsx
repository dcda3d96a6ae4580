import { Input, Textarea } from "@fluentui/react-components";
import { useAreaStyles } from "../area-styles";
import { FormField } from "./FormField";
import { PersonSelect } from "./PersonSelect";
import { SectionIssues } from "./SectionIssues";
import type { SectionProps } from "./section-props";

/** The thematic part (HD 12 II.1.2(b)): topic, presenter, members relating it to themselves, conclusion. */
export function ThematicSection({ form, update }: SectionProps) {
  const styles = useAreaStyles();
  const t = form.thematic;
  const set = (key: keyof typeof t) => (_e: unknown, d: { value: string }) => update((f) => ({ ...f, thematic: { ...f.thematic, [key]: d.value } }));
  return (
    <div className={styles.section}>
      <SectionIssues paths={["meeting.thematic"]} />
      <FormField path="meeting.thematic.topic" label="Tên chuyên đề">
        <Input value={t.topic} onChange={set("topic")} />
      </FormField>
      <FormField path="meeting.thematic.presenter" label="Người trình bày chuyên đề">
        <PersonSelect value={t.presenter} names={form.members.map((m) => m.name)} onChange={(v) => update((f) => ({ ...f, thematic: { ...f.thematic, presenter: v } }))} />
      </FormField>
      <FormField path="meeting.thematic.relation" label="Đảng viên liên hệ, thảo luận">
        <Textarea value={t.relation} onChange={set("relation")} resize="vertical" />
      </FormField>
      <FormField path="meeting.thematic.conclusion" label="Kết luận chuyên đề">
        <Textarea value={t.conclusion} onChange={set("conclusion")} resize="vertical" />
      </FormField>
    </div>
  );
}
