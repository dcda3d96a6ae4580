import { Select } from "@fluentui/react-components";

export interface PersonSelectProps {
  value: string;
  names: readonly string[];
  onChange(name: string): void;
  /** Text of the empty choice. */
  empty?: string;
}

/** A choice among the cell's members (and guests): names are picked, not retyped, so they match the roll call. */
export function PersonSelect({ value, names, onChange, empty = "— Chưa chọn —" }: PersonSelectProps) {
  const options = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  if (value && !options.includes(value)) options.unshift(value);
  return (
    <Select value={value} onChange={(_e, d) => onChange(d.value)}>
      <option value="">{empty}</option>
      {options.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </Select>
  );
}
