/**
 * CHK.DURATION / CHK.TIME_ORDER arithmetic over clock times: minutes elapsed, across midnight when
 * the meeting plainly ran into the night, and the profile's minimum for the kind of meeting.
 */
import type { DocumentType } from "../catalog/document-types";
import type { TimeFact } from "../facts/types";
import type { ProfileSettings } from "../profiles/types";

/**
 * An end time "before" the start is read as the next day only when the meeting would then last at
 * most this long; a wider gap is a wrong order (or a typo), not an all-night meeting.
 */
export const MAX_OVERNIGHT_MINUTES = 8 * 60;

const DAY = 24 * 60;

export function minuteOfDay(t: Pick<TimeFact, "hour" | "minute">): number {
  return t.hour * 60 + t.minute;
}

export interface Elapsed {
  minutes: number;
  /** The end time is on the next day. */
  overnight: boolean;
}

/** Minutes from start to end, or undefined when the end does not come after the start. */
export function elapsedMinutes(start: Pick<TimeFact, "hour" | "minute">, end: Pick<TimeFact, "hour" | "minute">): Elapsed | undefined {
  const diff = minuteOfDay(end) - minuteOfDay(start);
  if (diff > 0) return { minutes: diff, overnight: false };
  if (diff < 0 && diff + DAY <= MAX_OVERNIGHT_MINUTES) return { minutes: diff + DAY, overnight: true };
  return undefined;
}

/** 90 minutes, or 120 when a regular meeting also holds its thematic part in the same session. */
export function requiredMinutes(type: DocumentType, thematic: boolean, settings: Pick<ProfileSettings, "duration">): number {
  return type === "bien-ban-thuong-ky" && thematic ? settings.duration.withThematicMinutes : settings.duration.regularMinutes;
}

/** "19 giờ 30", "7 giờ 05", "21 giờ". */
export function formatClock(t: Pick<TimeFact, "hour" | "minute">): string {
  return t.minute === 0 ? `${t.hour} giờ` : `${t.hour} giờ ${String(t.minute).padStart(2, "0")}`;
}
