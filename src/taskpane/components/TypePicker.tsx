import { Field, Select } from "@fluentui/react-components";
import { documentTypeLabels, documentTypes, isDocumentType, type DocumentType } from "../../core/catalog/document-types";

export interface TypePickerProps {
  /** The forced type, or undefined for "detect from the document". */
  value: DocumentType | undefined;
  detected: DocumentType | null;
  onChange(type: DocumentType | undefined): void;
}

/** "Loại văn bản": automatic (what the checker recognised) or one of the four types. */
export function TypePicker({ value, detected, onChange }: TypePickerProps) {
  const auto = detected ? `Tự nhận biết: ${documentTypeLabels[detected]}` : "Tự nhận biết (chưa nhận ra)";
  return (
    <Field label="Loại văn bản">
      <Select value={value ?? ""} onChange={(_e, d) => onChange(isDocumentType(d.value) ? d.value : undefined)}>
        <option value="">{auto}</option>
        {documentTypes.map((t) => (
          <option key={t} value={t}>
            {documentTypeLabels[t]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
