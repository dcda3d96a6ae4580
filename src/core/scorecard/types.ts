/**
 * Meeting-quality scorecards as data (process.md §7; guidance.md "Profiles": scoring, grade bands).
 * A scorecard lists criteria with their maximum points; a criterion the minutes can decide names an
 * automatic source and the bands that turn the measured facts into points. Every number the spec
 * marks ⚠ lives here as data (built-in cards, or a Văn phòng's overlay file), never in the scoring code.
 */
import type { DocumentType } from "../catalog/document-types";
import type { Comparator } from "../profiles/types";
import type { GuidanceId } from "../guidance/catalog";
import type { Grade } from "../templates/answers";

export type { Grade } from "../templates/answers";

/**
 * What the minutes can decide on their own:
 * - attendance: (present − E_in) / expected, as CHK.ATTENDANCE_RATE computes it, and unexcused absences;
 * - duration: end − start against the profile's minimum (90, or 120 with a thematic part);
 * - speakers: distinct member speakers / members present, as CHK.SPEAKERS counts them;
 * - recorded: whether elements are recorded (conclusion, vote, adoption of the minutes, assignment …).
 */
export const autoSources = ["attendance", "duration", "speakers", "recorded"] as const;
export type AutoSource = (typeof autoSources)[number];

/**
 * One band of a criterion: the first band whose condition holds gives its points; a band with no
 * condition catches everything left; below every band the criterion scores 0.
 * - `min`: a percentage the measure must reach by `comparator` (default ">="): the attendance rate,
 *   the share of members who spoke, or the duration as a share of the required minutes. "profile"
 *   means the profile's own threshold (CHK.ATTENDANCE_RATE's, CHK.SPEAKERS', CHK.DURATION's minimum).
 * - `shortAtMost` (duration only): at most this many minutes short of the required duration.
 */
export interface Band {
  points: number;
  min?: number | "profile";
  comparator?: Comparator;
  shortAtMost?: number;
}

/** An element the minutes should record; `points` share the criterion's maximum (or none has points: all or nothing). */
export interface RecordedItem {
  /** Element id of elements.md (or LOC.* of an overlay). */
  element: string;
  points?: number;
  /** Also require that the element's presence rule found nothing missing in it (e.g. documents named). */
  complete?: boolean;
}

export interface Criterion {
  /** Stable id, lower case and hyphens ("hd42-thoi-luong"). */
  id: string;
  /** As printed in the recorded table. */
  label: string;
  /** The group of the frame the criterion belongs to ("Tổ chức sinh hoạt"), for display. */
  group?: string;
  max: number;
  /** Computed from the minutes; absent → the chi bộ judges it (points null until given). */
  auto?: AutoSource;
  /** attendance, duration, speakers: measured facts → points. */
  bands?: Band[];
  /** attendance: the most the criterion can score when anyone was absent without reason. */
  unexcusedPoints?: number;
  /** recorded: the elements and their points. */
  items?: RecordedItem[];
  /** "Tốt" also needs full marks here (G-BT). */
  mustBeFull?: boolean;
  /** How to judge it (shown beside a criterion the chi bộ scores, and as the scoring rule of an automatic one). */
  guidance?: string;
  /** Elements whose presence is shown beside a criterion the chi bộ scores (e.g. BB.REVIEW). */
  evidence?: string[];
}

/** A grade and the least total that earns it; the list runs from the best grade down to 0 points. */
export interface GradeBand {
  grade: Grade;
  min: number;
}

export interface Scorecard {
  id: string;
  label: string;
  /** Where it comes from: a built-in card (with the spec's confidence mark) or a local overlay file. */
  origin: { kind: "builtin"; confidence: "A" | "B" | "C" | "U" } | { kind: "overlay"; overlayId: string };
  guidance: GuidanceId[];
  /** Shown with the card: what is certain and what is not. */
  note?: string;
  criteria: Criterion[];
  bands: GradeBand[];
}

/** The facts behind a criterion's points, ready to print or serialise (JSON "facts"). */
export type CriterionFacts = Record<string, string | number | boolean | null>;

export interface ScoredCriterion {
  id: string;
  label: string;
  group?: string;
  max: number;
  /** null: not known yet (judgement pending, or the minutes lack the facts). */
  points: number | null;
  /** The criterion is computed from the minutes. */
  auto: boolean;
  /** The points the minutes give, when the chi bộ's own points replace them. */
  computed?: number | null;
  /** The points were given by the chi bộ (judgement, or a correction of the computed points). */
  given: boolean;
  mustBeFull: boolean;
  facts: CriterionFacts;
  /** Why these points, or why none could be computed (Vietnamese). */
  explanation: string;
  guidance?: string;
}

export interface ScoreResult {
  scorecard: { id: string; label: string; origin: Scorecard["origin"]; note?: string };
  /** The profile label in use ("hd42 + qd66-hd36"). */
  profile: string;
  documentType: DocumentType;
  criteria: ScoredCriterion[];
  /** Sum of the known points. */
  total: number;
  /** Sum of all maxima. */
  max: number;
  /** Maximum points of the criteria still without points. */
  pending: number;
  /** null while the pending points could still change the grade. */
  grade: Grade | null;
  /** How the grade follows from the points (Vietnamese). */
  gradeReason: string;
  /** What fell short, one sentence each (Vietnamese). */
  shortcomings: string[];
}

/** One row of a recorded scorecard table. */
export interface RecordedRow {
  label: string;
  max: number;
  points: number | null;
}

/** What a biên bản records of its grade (BB.QUALITY_GRADE). */
export interface RecordedGrade {
  points?: number;
  grade?: Grade;
  table?: RecordedRow[];
}
