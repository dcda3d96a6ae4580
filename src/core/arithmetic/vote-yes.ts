/**
 * The tán thành count of a vote: as written, or, for "100% đảng viên có mặt tán thành" / "nhất trí"
 * without numbers, the official members present (process.md §6). A percentage below 100 with no
 * count is never turned into a count: its base is unknown.
 */
import type { VoteFact } from "../facts/types";

export interface YesCount {
  yes: number;
  /** Taken from the official members present, not written. */
  inferred: boolean;
}

export function yesCount(vote: VoteFact, officialPresentExact: number | undefined): YesCount | undefined {
  if (vote.yes !== undefined) return { yes: vote.yes, inferred: false };
  if (!vote.countless || officialPresentExact === undefined) return undefined;
  if (vote.percent !== undefined && vote.percent !== 100) return undefined;
  return { yes: officialPresentExact, inferred: true };
}
