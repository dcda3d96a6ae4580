import { Field, type FieldProps } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { useFormIssues } from "./form-issues";

export interface FormFieldProps {
  /** Path of the value in the answers, as validation names it ("meeting.date", "cell.members[2].name"). */
  path: string;
  label: string;
  hint?: string;
  required?: boolean;
  className?: string;
  children: ReactElement;
}

/** A labelled field whose validation message (error, else warning) shows beside it. */
export function FormField({ path, label, hint, required, className, children }: FormFieldProps) {
  const issues = useFormIssues();
  const shown = issues.shown(path);
  const { error, warning } = shown ? issues.at(path) : {};
  const state: FieldProps["validationState"] = error ? "error" : warning ? "warning" : "none";
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      className={className}
      validationState={state}
      validationMessage={error ?? warning}
      onBlur={() => issues.touch(path)}
      data-path={path}
    >
      {children}
    </Field>
  );
}
