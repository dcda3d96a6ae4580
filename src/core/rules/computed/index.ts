import type { Rule } from "../types";
import attendanceRate from "./attendance-rate";
import attendanceSum from "./attendance-sum";
import crossDocument from "./cross-document";
import dateFormat from "./date-format";
import dateValid from "./date-valid";
import meetingDuration from "./meeting-duration";
import speakerShare from "./speaker-share";
import specialMajority from "./special-majority";
import taskSpecific from "./task-specific";
import timeOrder from "./time-order";
import voteMajority from "./vote-majority";
import voteProbationary from "./vote-probationary";
import voteSum from "./vote-sum";

/** The computed checks (elements.md §4 CHK.*) over the facts. */
export const computedRules: readonly Rule[] = [
  attendanceSum,
  attendanceRate,
  voteMajority,
  voteProbationary,
  voteSum,
  specialMajority,
  meetingDuration,
  timeOrder,
  dateValid,
  dateFormat,
  taskSpecific,
  speakerShare,
  crossDocument,
];
