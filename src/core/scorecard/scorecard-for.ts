/**
 * Which scorecard grades a meeting: the last overlay in use that carries one (a Văn phòng's own
 * card), else the content profile's built-in card — HD 12's frame with the G-BT points, or the
 * HD 42-era 100-point frame.
 */
import type { ResolvedProfile } from "../profiles/types";
import { btScorecard } from "./bt-scorecard";
import { hd42Scorecard } from "./hd42-scorecard";
import type { Scorecard } from "./types";

export const builtinScorecards: readonly Scorecard[] = [btScorecard, hd42Scorecard];

/** Built-in card per content profile id. */
const byContentProfile: Record<string, Scorecard> = { hd12: btScorecard, hd42: hd42Scorecard };

export function scorecardFor(profile: Pick<ResolvedProfile, "content" | "overlays">): Scorecard {
  for (let i = profile.overlays.length - 1; i >= 0; i--) {
    const card = profile.overlays[i]!.scorecard;
    if (card) return card;
  }
  return byContentProfile[profile.content.id] ?? hd42Scorecard;
}
