/**
 * Saves the check choices (type, profiles) in the document. The choice is used at once either way;
 * when saving fails the area shows why with "Thử lại" (`failed`), and clears that once it worked.
 */
import { errorMessage } from "../error-message";
import type { CheckChoice } from "./check-choice";
import type { Session } from "./session-context";

export interface SaveChoiceReport {
  failed(text: string, retry: () => void): void;
  saved(): void;
}

export function saveChoice(session: Pick<Session, "setChoice">, next: CheckChoice, report: SaveChoiceReport): void {
  session
    .setChoice(next)
    .then(() => report.saved())
    .catch((e: unknown) => report.failed(errorMessage(e, "Lưu lựa chọn kiểm tra vào văn bản"), () => saveChoice(session, next, report)));
}
