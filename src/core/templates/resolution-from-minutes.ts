/**
 * The nghị quyết of a meeting from the minutes' answers: same cell, meeting, date, attendance, vote
 * and tasks (so CHK.CROSS_DOC finds them equal), the review of last month, and the nghị quyết's own
 * parts (signer, recipients) defaulted; what only minutes record (speeches, grade …) is dropped.
 */
import type { Answers } from "./answers";
import { InvalidAnswersError } from "./invalid-answers-error";

export function resolutionFromMinutes(minutes: Answers): Answers {
  if (minutes.meeting.kind === "chi-uy") {
    throw new InvalidAnswersError([{ field: "meeting.kind", message: "Cuộc họp chi ủy không ra nghị quyết của chi bộ: hãy soạn nghị quyết từ biên bản sinh hoạt chi bộ." }]);
  }
  const review = minutes.content?.review;
  const cell = minutes.cell;
  const signer = minutes.resolution?.signer ?? (cell.biThu ? { name: cell.biThu, role: "bi-thu" as const } : cell.phoBiThu ? { name: cell.phoBiThu, role: "pho-bi-thu" as const } : undefined);
  return {
    cell,
    meeting: { ...minutes.meeting },
    ...(minutes.documentDate ? { documentDate: minutes.documentDate } : {}),
    ...(review ? { content: { review } } : {}),
    resolution: { ...minutes.resolution, ...(signer ? { signer } : {}) },
  };
}
