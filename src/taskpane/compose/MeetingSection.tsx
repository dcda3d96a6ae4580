import { Button, Checkbox, Input, Select } from "@fluentui/react-components";
import { useAreaStyles } from "../area-styles";
import { newId, type DraftType, type PersonRow } from "./form-state";
import { FormField } from "./FormField";
import { useFieldsetStyles } from "./MembersSection";
import { PersonSelect } from "./PersonSelect";
import { SectionIssues } from "./SectionIssues";
import type { SectionProps } from "./section-props";

export const draftTypeLabels: Record<DraftType, string> = {
  "bien-ban-thuong-ky": "Biên bản sinh hoạt chi bộ thường kỳ",
  "bien-ban-chuyen-de": "Biên bản sinh hoạt chuyên đề",
  "bien-ban-chi-uy": "Biên bản họp chi ủy",
};

/** The meeting: kind, date and times, place, chair, secretary, guests. */
export function MeetingSection({ form, update }: SectionProps) {
  const styles = { ...useAreaStyles(), ...useFieldsetStyles() };
  const m = form.meeting;
  const set = (key: keyof typeof m) => (_e: unknown, d: { value: string }) => update((f) => ({ ...f, meeting: { ...f.meeting, [key]: d.value } }));
  const setGuest = (id: number, change: Partial<PersonRow>) => update((f) => ({ ...f, guests: f.guests.map((g) => (g.id === id ? { ...g, ...change } : g)) }));
  const people = [...form.members.map((x) => x.name), ...(m.hasGuests ? form.guests.map((g) => g.name) : [])];
  return (
    <div className={styles.section}>
      <SectionIssues paths={["meeting", "meeting.chair", "meeting.secretary", "documentDate", "meeting.planMonth"]} />
      <FormField path="meeting.kind" label="Loại biên bản">
        <Select value={form.type} onChange={(_e, d) => update((f) => ({ ...f, type: d.value as DraftType }))}>
          {Object.entries(draftTypeLabels).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </Select>
      </FormField>
      {form.type === "bien-ban-thuong-ky" && (
        <Checkbox
          label="Có sinh hoạt chuyên đề trong cùng buổi"
          checked={form.withThematic}
          onChange={(_e, d) => update((f) => ({ ...f, withThematic: d.checked === true }))}
        />
      )}
      <FormField path="meeting.date" label="Ngày họp" required>
        <Input type="date" value={m.date} onChange={set("date")} />
      </FormField>
      <FormField path="meeting.startTime" label="Giờ bắt đầu" hint="Ví dụ 19:30">
        <Input type="time" value={m.startTime} onChange={set("startTime")} />
      </FormField>
      <FormField path="meeting.endTime" label="Giờ kết thúc" hint="Có thể ghi sau khi họp xong">
        <Input type="time" value={m.endTime} onChange={set("endTime")} />
      </FormField>
      <FormField path="meeting.place" label="Địa điểm">
        <Input value={m.place} onChange={set("place")} />
      </FormField>
      <FormField path="meeting.chair.name" label="Người chủ trì">
        <PersonSelect value={m.chair} names={people} onChange={(v) => update((f) => ({ ...f, meeting: { ...f.meeting, chair: v } }))} />
      </FormField>
      <FormField path="meeting.secretary.name" label="Thư ký (người ghi biên bản)">
        <PersonSelect value={m.secretary} names={people} onChange={(v) => update((f) => ({ ...f, meeting: { ...f.meeting, secretary: v } }))} />
      </FormField>
      {form.type !== "bien-ban-chi-uy" && (
        <>
          <Checkbox
            label="Có đại biểu cấp trên dự"
            checked={m.hasGuests}
            onChange={(_e, d) =>
              update((f) => ({ ...f, meeting: { ...f.meeting, hasGuests: d.checked === true }, guests: d.checked === true && f.guests.length === 0 ? [{ id: newId(), name: "", position: "" }] : f.guests }))
            }
          />
          {m.hasGuests && (
            <>
              <ol className={styles.plainList}>
                {form.guests.map((g, i) => (
                  <li key={g.id}>
                    <fieldset className={styles.fieldset}>
                      <legend className={styles.legend}>Đại biểu {i + 1}</legend>
                      <FormField path={`meeting.guests[${i}].name`} label="Họ và tên" required>
                        <Input value={g.name} onChange={(_e, d) => setGuest(g.id, { name: d.value })} />
                      </FormField>
                      <FormField path={`meeting.guests[${i}].position`} label="Chức vụ" hint="Ví dụ: Đảng ủy viên phụ trách chi bộ" required>
                        <Input value={g.position} onChange={(_e, d) => setGuest(g.id, { position: d.value })} />
                      </FormField>
                      <div>
                        <Button onClick={() => update((f) => ({ ...f, guests: f.guests.filter((x) => x.id !== g.id) }))}>Xóa đại biểu {g.name.trim() || i + 1}</Button>
                      </div>
                    </fieldset>
                  </li>
                ))}
              </ol>
              <div className={styles.row}>
                <Button onClick={() => update((f) => ({ ...f, guests: [...f.guests, { id: newId(), name: "", position: "" }] }))}>Thêm đại biểu</Button>
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}
