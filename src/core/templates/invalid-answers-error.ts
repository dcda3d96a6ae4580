/** Thrown when a draft is requested from answers that fail validation: nothing is drafted. */
import type { AnswerIssue } from "./validate-answers";

export class InvalidAnswersError extends Error {
  readonly errors: readonly AnswerIssue[];
  readonly warnings: readonly AnswerIssue[];

  constructor(errors: readonly AnswerIssue[], warnings: readonly AnswerIssue[] = []) {
    super(`Chưa soạn được văn bản: ${errors.map((e) => e.message).join(" ")}`);
    this.name = "InvalidAnswersError";
    this.errors = errors;
    this.warnings = warnings;
  }
}

export function isInvalidAnswersError(value: unknown): value is InvalidAnswersError {
  return value instanceof InvalidAnswersError;
}
