/**
 * The profile settings a draft is laid out with: the format profile of the document's date (its
 * layout, organisation code, authority line) and the content profile of the meeting's date.
 */
import type { Profile, ProfileSettings } from "../profiles/types";
import { resolveProfile } from "../profiles/resolve-profile";
import type { Answers } from "./answers";
import { isoOf, parseIsoDate } from "./calendar";

export function templateSettings(answers: Answers | undefined, today: string, overlays: readonly Profile[] = []): ProfileSettings {
  const meeting = answers ? parseIsoDate(answers.meeting.date) : undefined;
  const document = answers?.documentDate ? parseIsoDate(answers.documentDate) : meeting;
  return resolveProfile({
    meetingDate: meeting ? isoOf(meeting) : undefined,
    documentDate: document ? isoOf(document) : undefined,
    overlays,
    today,
  }).settings;
}
