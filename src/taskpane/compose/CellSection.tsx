import { Input } from "@fluentui/react-components";
import { useAreaStyles } from "../area-styles";
import type { CellFields } from "./form-state";
import { FormField } from "./FormField";
import { PersonSelect } from "./PersonSelect";
import { SectionIssues } from "./SectionIssues";
import type { SectionProps } from "./section-props";

/** The cell: entered once, remembered in the document and on this machine, reused every month. */
export function CellSection({ form, update }: SectionProps) {
  const styles = useAreaStyles();
  const set = (key: keyof CellFields) => (_e: unknown, d: { value: string }) => update((f) => ({ ...f, cell: { ...f.cell, [key]: d.value } }));
  const names = form.members.map((m) => m.name);
  return (
    <div className={styles.section}>
      <SectionIssues paths={["cell"]} />
      <FormField path="cell.upperCommittee" label="Cấp ủy cấp trên" hint="Ví dụ: Đảng bộ xã Tuy Lộc" required>
        <Input value={form.cell.upperCommittee} onChange={set("upperCommittee")} />
      </FormField>
      <FormField path="cell.cellName" label="Tên chi bộ" hint="Phần sau chữ “Chi bộ”, ví dụ: thôn Hòa Bình" required>
        <Input value={form.cell.cellName} onChange={set("cellName")} />
      </FormField>
      <FormField path="cell.placeName" label="Địa danh ghi ở dòng ngày tháng" hint="Tên xã, phường: “Tuy Lộc, ngày … tháng … năm …”" required>
        <Input value={form.cell.placeName} onChange={set("placeName")} />
      </FormField>
      <FormField path="cell.usualPlace" label="Nơi sinh hoạt thường lệ" hint="Ví dụ: Nhà văn hóa thôn Hòa Bình">
        <Input value={form.cell.usualPlace} onChange={set("usualPlace")} />
      </FormField>
      <FormField path="cell.numbers.BB" label="Số của biên bản này" hint="Số thứ tự trong sổ văn bản của chi bộ, ví dụ 11">
        <Input inputMode="numeric" value={form.cell.numberBB} onChange={set("numberBB")} />
      </FormField>
      <FormField path="cell.numbers.NQ" label="Số của nghị quyết kỳ này" hint="Ví dụ 5">
        <Input inputMode="numeric" value={form.cell.numberNQ} onChange={set("numberNQ")} />
      </FormField>
      <FormField path="cell.biThu" label="Bí thư chi bộ">
        <PersonSelect value={form.cell.biThu} names={names} onChange={(v) => update((f) => ({ ...f, cell: { ...f.cell, biThu: v } }))} />
      </FormField>
      <FormField path="cell.phoBiThu" label="Phó Bí thư chi bộ">
        <PersonSelect value={form.cell.phoBiThu} names={names} onChange={(v) => update((f) => ({ ...f, cell: { ...f.cell, phoBiThu: v } }))} />
      </FormField>
    </div>
  );
}
