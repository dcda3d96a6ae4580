/**
 * Meeting-quality scorecards (process.md §7): scorecards as data, grading a meeting from its minutes,
 * recording the grade in the biên bản and reading it back. What the task pane's "Đánh giá chất
 * lượng" view and the CLI's `bienban score` use.
 */
export type {
  AutoSource,
  Band,
  Criterion,
  CriterionFacts,
  Grade,
  GradeBand,
  RecordedGrade,
  RecordedItem,
  RecordedRow,
  Scorecard,
  ScoredCriterion,
  ScoreResult,
} from "./types";
export { autoSources } from "./types";
export { defaultGradeBands, gradeFor, gradeOrder } from "./grade-bands";
export { hd12Frame, type FrameGroup } from "./hd12-frame";
export { btScorecard } from "./bt-scorecard";
export { hd42Scorecard } from "./hd42-scorecard";
export { builtinScorecards, scorecardFor } from "./scorecard-for";
export { meetingEvidence, type MeetingEvidence, type ScoreContext } from "./meeting-evidence";
export { itemLabel } from "./score-criterion";
export { decideGrade, type GradeDecision } from "./decide-grade";
export { isScoredType, notScoredMessage, scoreMeeting, type ScoreOptions, type ScoreOutcome } from "./score-meeting";
export {
  QUALITY_GRADE,
  gradeRecordOf,
  gradeSentence,
  scorecardColumns,
  scorecardParagraphs,
  scorecardRows,
  scorecardTable,
  scorecardTitle,
  type ScorecardLayout,
  type ScorecardTable,
} from "./scorecard-record";
export { readRecordedGrade } from "./read-recorded-grade";
export { parseScorecard, type ScorecardParse } from "./parse-scorecard";
