import type { FormState } from "./form-state";

/** What every part of the meeting form receives: the whole form and a way to change it. */
export interface SectionProps {
  form: FormState;
  update(change: (form: FormState) => FormState): void;
}
