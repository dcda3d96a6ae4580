/**
 * Fact-based presence rules of the meeting (BB.START_TIME … BB.END_TIME, NQ.VOTE_RESULT): each reads
 * the facts extracted once per document (facts/meeting.ts) rather than the text.
 */
import type { Rule } from "../types";
import requireAbsentExcused from "./require-absent-excused";
import requireAbsentUnexcused from "./require-absent-unexcused";
import requireChair from "./require-chair";
import requireDiscussion from "./require-discussion";
import requireEndTime from "./require-end-time";
import requireGuests from "./require-guests";
import requireMembership from "./require-membership";
import requirePlace from "./require-place";
import requirePresent from "./require-present";
import requireSecretary from "./require-secretary";
import requireStartTime from "./require-start-time";
import requireVote from "./require-vote";
import requireVoteResult from "./require-vote-result";

export const meetingRules: readonly Rule[] = [
  requireStartTime,
  requirePlace,
  requireChair,
  requireSecretary,
  requireGuests,
  requireMembership,
  requirePresent,
  requireAbsentExcused,
  requireAbsentUnexcused,
  requireDiscussion,
  requireVote,
  requireEndTime,
  requireVoteResult,
];
