/**
 * Parts every template shares: the header block of format.md §2 (left: upper organisation, issuer,
 * "*", number; right: party title with its rule, place and date), the type title and subject with
 * the short "-----" under them, and the opening of minutes (time, place, chair, secretary, members).
 */
import type { SpecEntry } from "./types";

export const HEADER_LEFT: readonly string[] = ["HDR.UPPER_ORG", "HDR.ISSUER", "HDR.STAR", "HDR.NUMBER"];
export const HEADER_RIGHT: readonly string[] = ["HDR.PARTY_TITLE", "HDR.PLACE_DATE"];
/** Column widths of the header block (format.md §2: about 45 / 55 %, not regulated). */
export const HEADER_WIDTHS = [45, 55] as const;
export const SIGNATURE_WIDTHS = [50, 50] as const;

export const TITLE_ENTRIES: readonly SpecEntry[] = [{ element: "HDR.TYPE_TITLE" }, { element: "HDR.SUBJECT" }, { free: "separator" }];

const el = (...ids: string[]): SpecEntry[] => ids.map((element) => ({ element }));

/** Opening of a chi bộ meeting (process.md §3 steps 0, O1–O5). */
export const MEETING_OPENING: readonly SpecEntry[] = el(
  "BB.START_TIME", "BB.PLACE", "BB.CHAIR", "BB.SECRETARY", "BB.PURPOSE", "BB.GUESTS",
  "BB.MEMBERSHIP", "BB.PRESENT", "BB.ABSENT_EXCUSED", "BB.ABSENT_UNEXCUSED", "BB.AGENDA_ADOPTED", "BB.DUES",
);

/** Closing of a chi bộ meeting (process.md §3 steps C4, K2–K6). */
export const MEETING_CLOSING: readonly SpecEntry[] = el(
  "BB.COMMEND", "BB.CONCLUSION", "BB.VOTE", "BB.RESERVED_OPINION", "BB.QUALITY_GRADE", "BB.MINUTES_ADOPTED", "BB.END_TIME",
);

export const THEMATIC_ENTRIES: readonly SpecEntry[] = el("CD.TOPIC", "CD.PRESENTER", "CD.RELATION", "CD.CONCLUSION");

/** Biên bản: the minute-taker signs left, the chair right (format.md §6). */
export const MINUTES_SIGNATURES = { left: ["BB.SIGN_SECRETARY"], right: ["BB.SIGN_CHAIR"] };
