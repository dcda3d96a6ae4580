/**
 * The shape of a register check (REG.* of elements.md §6), after the document rules: metadata,
 * Vietnamese messages, and a pure check over one cell's documents in the period that returns
 * reports; the runner adds severity, guidance and the interpolated message.
 */
import type { Severity } from "../catalog/elements";
import type { GuidanceId } from "../guidance/catalog";
import type { RegisterElementId, RegisterEntry } from "./types";
import type { Quarter, YearMonth } from "./year-month";

/** One cell over the period, as the checks see it. */
export interface CellView {
  /** Every month of the period, in order. */
  months: readonly YearMonth[];
  /** Quarters wholly inside the period. */
  quarters: readonly Quarter[];
  /** The cell's documents of each month (months without any are absent). */
  byMonth: ReadonlyMap<YearMonth, readonly RegisterEntry[]>;
}

export interface RegisterReport {
  messageId: string;
  data?: Record<string, string | number>;
  month?: YearMonth;
  quarter?: Quarter;
  documents?: number[];
  /** Overrides the element's default severity for this report (an overlay still wins). */
  severity?: Severity;
}

export interface RegisterCheck {
  meta: {
    id: `bienban/${string}`;
    elementId: RegisterElementId;
    description: string;
    guidance: readonly GuidanceId[];
    messages: Record<string, string>;
  };
  check(cell: CellView): RegisterReport[];
}

export const isRegular = (e: RegisterEntry): boolean => e.documentType === "bien-ban-thuong-ky";
export const isResolution = (e: RegisterEntry): boolean => e.documentType === "nghi-quyet";
export const isMeetingMinutes = (e: RegisterEntry): boolean => e.documentType === "bien-ban-thuong-ky" || e.documentType === "bien-ban-chuyen-de";

/** The cell's documents of a month (none when the month is empty). */
export function entriesOf(cell: CellView, month: YearMonth): readonly RegisterEntry[] {
  return cell.byMonth.get(month) ?? [];
}
