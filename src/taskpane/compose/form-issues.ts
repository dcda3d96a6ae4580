/**
 * Validation messages placed beside the fields they concern. validateAnswers names each issue by its
 * path in the answers; screenPath turns that into the row on screen. Messages show once a field has
 * been left, or everywhere after the first attempt to insert, so nobody is scolded before typing.
 */
import { createContext, useContext } from "react";
import type { AnswerIssue } from "../../core/templates/validate-answers";
import { screenPath, type RowMaps } from "./form-state";

export interface FieldMessages {
  error?: string;
  warning?: string;
}

export interface FormIssues {
  /** Errors and warnings of exactly this path. */
  at(path: string): FieldMessages;
  /** Whether messages of this path are shown yet. */
  shown(path: string): boolean;
  touch(path: string): void;
}

export class IssueIndex {
  private readonly errors = new Map<string, string[]>();
  private readonly warnings = new Map<string, string[]>();

  constructor(errors: readonly AnswerIssue[], warnings: readonly AnswerIssue[], maps: RowMaps) {
    for (const [list, target] of [[errors, this.errors], [warnings, this.warnings]] as const) {
      for (const issue of list) {
        const path = screenPath(issue.field, maps);
        target.set(path, [...(target.get(path) ?? []), issue.message]);
      }
    }
  }

  at(path: string): FieldMessages {
    const e = this.errors.get(path);
    const w = this.warnings.get(path);
    return { ...(e ? { error: e.join(" ") } : {}), ...(w ? { warning: w.join(" ") } : {}) };
  }

  /** Every error, in the order validation found them, with its screen path. */
  allErrors(): { path: string; message: string }[] {
    return [...this.errors.entries()].flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
  }
}

export const FormIssuesContext = createContext<FormIssues>({ at: () => ({}), shown: () => false, touch: () => undefined });

export const useFormIssues = (): FormIssues => useContext(FormIssuesContext);
