/** Drafting templates: answers in, a TemplateDoc out, a DocModel for the checker. */
export type {
  Answers,
  AttendanceEntry,
  AttendanceStatus,
  CellAnswers,
  ContentAnswers,
  Grade,
  MeetingAnswers,
  MeetingKind,
  Member,
  MemberStatus,
  Opinion,
  Person,
  ResolutionAnswers,
  TaskAnswers,
  ThematicAnswers,
  VoteAnswers,
} from "./answers";
export { validateAnswers, type AnswerIssue, type ValidateOptions, type ValidationResult } from "./validate-answers";
export { InvalidAnswersError, isInvalidAnswersError } from "./invalid-answers-error";
export { summarizeAttendance, committeeMembers, voteBase, type AttendanceSummary, type PresentCounts, type Absentee } from "./attendance";
export { buildDocument, type BuildOptions } from "./build-document";
export { resolutionFromMinutes } from "./resolution-from-minutes";
export { templateSettings } from "./template-settings";
export { toModel } from "./to-model";
export { templateSpecs } from "./template-specs";
export { dateWords, dayText, monthText, monthWords, parseIsoDate } from "./calendar";
export { clockWords, parseClock } from "./clock";
export { countText, percentText } from "./counts";
export type {
  FreePart,
  PageSetup,
  SpecEntry,
  SpecPart,
  TemplateBlock,
  TemplateColumns,
  TemplateDoc,
  TemplateParagraph,
  TemplateRun,
  TemplateSection,
  TemplateSpec,
} from "./types";
