/**
 * The facts a scorecard's automatic criteria rest on, computed once per document with the same
 * arithmetic the checker uses (attendanceRate, elapsedMinutes / requiredMinutes, speakerShare) and
 * the same element locator (locateElements), so a score never disagrees with a finding.
 */
import { attendanceRate, type AttendanceRate } from "../arithmetic/attendance-rate";
import { elapsedMinutes, requiredMinutes, type Elapsed } from "../arithmetic/meeting-duration";
import { absenceCount } from "../arithmetic/member-counts";
import { speakerShare, type SpeakerShare } from "../arithmetic/speaker-share";
import { elementById } from "../catalog/elements";
import type { DocumentType } from "../catalog/document-types";
import type { Facts, TimeFact } from "../facts/types";
import { locateElements } from "../locate/locate-elements";
import type { DocModel } from "../model/types";
import type { ResolvedProfile } from "../profiles/types";
import type { Finding } from "../rules/types";

export interface ScoreContext {
  doc: DocModel;
  facts: Facts;
  type: DocumentType;
  profile: ResolvedProfile;
  /** The checker's findings on the same document (an element "recorded in full" has none). */
  findings: readonly Finding[];
}

export interface AttendanceEvidence {
  rate?: AttendanceRate;
  /** Absent without reason; undefined when the minutes do not say. */
  unexcused?: number;
  unexcusedNames: string[];
  excused?: number;
}

export interface DurationEvidence {
  start?: TimeFact;
  end?: TimeFact;
  elapsed?: Elapsed;
  /** The profile's minimum for this meeting (90, or 120 with a thematic part). */
  required: number;
}

export interface MeetingEvidence {
  attendance: AttendanceEvidence;
  duration: DurationEvidence;
  speakers?: SpeakerShare;
  /**
   * Whether the minutes record an element (and, with `complete`, record it in full); null when the
   * element does not apply to this kind of minutes (BB.NEWS in a thematic meeting).
   */
  recorded(element: string, complete?: boolean): boolean | null;
}

function attendanceEvidence(ctx: ScoreContext): AttendanceEvidence {
  const att = ctx.facts.attendance;
  const rate = attendanceRate(att, ctx.profile.settings);
  let unexcused = absenceCount(att.unexcused);
  // Everyone expected came, or "dự họp đầy đủ": nobody was absent without reason.
  if (unexcused === undefined && (att.full || (rate !== undefined && rate.counted >= rate.expected))) unexcused = 0;
  let excused = absenceCount(att.excused);
  if (excused === undefined && att.full) excused = 0;
  return { rate, unexcused, unexcusedNames: att.unexcused?.names ?? [], excused };
}

function durationEvidence(ctx: ScoreContext): DurationEvidence {
  const { startTime: start, endTime: end, thematic } = ctx.facts;
  const required = requiredMinutes(ctx.type, thematic, ctx.profile.settings);
  const elapsed = start?.valid && end?.valid ? elapsedMinutes(start, end) : undefined;
  return { start, end, elapsed, required };
}

export function meetingEvidence(ctx: ScoreContext): MeetingEvidence {
  const signerTitles = ctx.profile.settings.signerTitles;
  const hasFinding = (element: string) => ctx.findings.some((f) => f.elementId === element);
  return {
    attendance: attendanceEvidence(ctx),
    duration: durationEvidence(ctx),
    speakers: speakerShare(ctx.facts),
    recorded(element, complete = false) {
      if (element.startsWith("LOC.")) {
        // A local element's own presence rule ran with the check: no finding means it is there.
        const local = ctx.profile.extraElements.find((e) => e.id === element);
        if (!local || !local.types.includes(ctx.type)) return null;
        return !hasFinding(element);
      }
      const def = elementById(element);
      if (!def) return null;
      // A nghị quyết element read in minutes (the assignment of tasks) is located as in a nghị quyết,
      // in the minutes of the regular meeting that adopts the month's nghị quyết (REG.RESOLUTION);
      // an element this kind of minutes does not require does not count against it.
      const applies = def.types.includes(ctx.type);
      if (!applies && !(def.section === "resolution" && ctx.type === "bien-ban-thuong-ky")) return null;
      const type = applies ? ctx.type : def.types[0];
      if (!type || !locateElements(ctx.doc, ctx.facts, type, { signerTitles }).has(element)) return false;
      return complete ? !hasFinding(element) : true;
    },
  };
}
