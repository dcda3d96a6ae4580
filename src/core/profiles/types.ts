/**
 * Profiles carry every value the spec marks uncertain (shared/spec/README.md "The rule for uncertain
 * values"): thresholds and comparators, durations, vote-denominator exclusions, accepted signature
 * lines, organisation code, layout numbers, severities. Code reads them from here, never hard-codes them.
 */
import type { GuidanceId } from "../guidance/catalog";
import type { Severity } from "../catalog/elements";
import type { DocumentType } from "../catalog/document-types";
import type { PageMargins } from "../model/types";
import type { Scorecard } from "../scorecard/types";

export type Comparator = ">" | ">=";

export interface Range {
  min: number;
  max: number;
}

export interface ProfileSettings {
  /** CHK.ATTENDANCE_RATE: rate must be `comparator` `percent` (hd12: > 85; hd42: ≥ 90). */
  attendance: { percent: number; comparator: Comparator; unexcusedWarns: boolean };
  /**
   * CHK.ATTENDANCE_RATE's expected count: suspended / detained members (S) are left out by default
   * (process.md §6 ⚠: HD 12 names only exempted and special-duty members).
   */
  attendanceExpected: { excludeSuspended: boolean };
  /** CHK.DURATION, minutes; exactly the minimum passes. */
  duration: { regularMinutes: number; withThematicMinutes: number };
  /** CHK.SPEAKERS: warn when distinct speakers / present is below this percentage. */
  speakers: { minPercent: number };
  /** G-QD24 9.3.2 exclusions from the official-member vote denominator N. */
  voteDenominator: {
    excludeAway: boolean;
    excludeExemptAbsent: boolean;
    excludeSuspended: boolean;
    /** "vắng có lý do" counted as a reason accepted by the chi ủy (X). */
    excludeExcusedAbsent: boolean;
    /** Members of other cells on temporary activity here vote (default: they do not). */
    visitorsVote: boolean;
    /** Exempted members who attend stay in N (G-QD24 9.3.2 "if they attend and vote"; default counted ⚠). */
    countExemptPresent: boolean;
  };
  /** NQ.SIGNATURE / CHK.SIGN_FORM: accepted authority lines. */
  authorityLines: string[];
  /** Accepted title lines under the authority line. */
  signerTitles: string[];
  /** CHK.NUMBER_FORMAT: organisation code after the slash. */
  orgCode: string;
  /** CHK.NUMBER_FORMAT: how another organisation code is reported (the "CB" default rests on [C] sources). */
  orgCodeSeverity: Severity;
  /** FMT.* */
  layout: {
    pageWidthMm: number;
    pageHeightMm: number;
    pageToleranceMm: number;
    margins: PageMargins;
    marginToleranceMm: number;
    /** Margins inside this range but off the expected values are info only. */
    marginInfoRange: { min: PageMargins; max: PageMargins };
    fonts: string[];
    sizes: { partyTitle: Range; issuer: Range; typeTitle: Range; body: Range };
    /** FMT.SIZES: the state documents' body size (NĐ 30), named as such when a Party document uses it. */
    stateBodySize: number;
    /** Drafting templates: first-line indent of body paragraphs, mm (format.md §5: about 1–1.27 cm [B/C]). */
    firstLineIndentMm: number;
    /** Drafting templates: space after body paragraphs, points (format.md §5: ≥ 6 pt [B/C]). */
    paragraphSpacingPt: number;
    /** Drafting templates: size of the Nơi nhận list, points (format.md §2 row 8b: 12 [C]). */
    recipientsSize: number;
    /** Drafting templates: distance from the top edge to the page-number header, mm (format.md §8: ≈ 10 mm [C]). */
    headerDistanceMm: number;
  };
  /** CHK.PLACEHOLDERS: literal marks that mean "not filled in yet". */
  placeholderMarks: string[];
}

/** A local required element (ids prefixed LOC.), from an overlay. */
export interface LocalElement {
  id: string;
  label: string;
  /** Any of these phrases (case-insensitive, NFC) makes the element present. */
  phrases: string[];
  severity: Severity;
  types: DocumentType[];
  guidance: GuidanceId[];
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

export interface Profile {
  id: string;
  kind: "content" | "format" | "overlay";
  label: string;
  /** The guidance this profile rests on; findings cite these. */
  guidance: GuidanceId[];
  /** ISO dates; the profile applies to dates in [validFrom, validUntil). */
  validFrom?: string;
  validUntil?: string;
  issuer?: string;
  settings: DeepPartial<ProfileSettings>;
  severities?: Record<string, Severity>;
  /** Element ids turned off. */
  disabled?: string[];
  extraElements?: LocalElement[];
  /** Info notes shown with every check under this profile (e.g. the HD 09 era note). */
  notes?: string[];
  /** Overlays only: move a dated profile's start ({ "hd42": "2025-11-01" }). */
  boundaries?: Record<string, string>;
  /** Overlays only: the Văn phòng's own meeting scorecard (replaces the built-in one). */
  scorecard?: Scorecard;
}

export interface ResolvedProfile {
  content: Profile;
  format: Profile;
  overlays: Profile[];
  settings: ProfileSettings;
  /** "hd42 + qd399-hd36 + overlay-id" — what the UI and the CLI show. */
  label: string;
  severity(elementId: string, type: DocumentType): Severity;
  /** The severity a profile or overlay sets for the element, if any (before catalog defaults). */
  severityOverride(elementId: string): Severity | undefined;
  enabled(elementId: string): boolean;
  extraElements: LocalElement[];
  notes: string[];
}
