/**
 * CHK.SPEAKERS' count (G-HD12 II.3.3 "many speak"): distinct named speakers who are members of the
 * cell, against the members present. Guests (upper-level cấp ủy viên) are not members and are not
 * counted. Shared by the rule and the meeting scorecard so both count the same people.
 */
import type { Facts, SpeakerFact } from "../facts/types";
import { fold, squish } from "../text/normalize";
import { presentCount } from "./member-counts";

const key = (name: string) => fold(squish(name));

export interface SpeakerShare {
  /** Distinct member speakers. */
  speakers: number;
  /** Members present (official and probationary). */
  present: number;
  /** Each member speaker's first speech, in document order. */
  first: SpeakerFact[];
}

/** Speeches by members of the cell (guests' speeches left out), in document order. */
export function memberSpeeches(facts: Pick<Facts, "speakers" | "guests">): SpeakerFact[] {
  const guests = new Set(facts.guests.flatMap((g) => (g.name ? [key(g.name)] : [])));
  return facts.speakers.filter((s) => !guests.has(key(s.name)));
}

/** Undefined when the minutes do not say how many members were present. */
export function speakerShare(facts: Pick<Facts, "speakers" | "guests" | "attendance">): SpeakerShare | undefined {
  const present = presentCount(facts.attendance);
  if (present === undefined || present <= 0) return undefined;
  const seen = new Set<string>();
  const first: SpeakerFact[] = [];
  for (const s of memberSpeeches(facts)) {
    const k = key(s.name);
    if (seen.has(k)) continue;
    seen.add(k);
    first.push(s);
  }
  return { speakers: first.length, present, first };
}
