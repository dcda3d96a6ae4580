/**
 * Which files of a batch belong to the same meeting (CHK.CROSS_DOC): a biên bản and a nghị quyết of
 * the same cell and the same meeting date. The key is the issuing cell's name (NFC, case-insensitive,
 * spaces collapsed) and the ISO meeting date.
 */
import type { DocumentType } from "../core/catalog/document-types";
import { isoDate } from "../core/facts/iso-date";
import type { Facts } from "../core/facts/types";
import { lower, squish } from "../core/text/normalize";

export type PairRole = "minutes" | "resolution";

/** Only the types CHK.CROSS_DOC applies to take part; a chi ủy meeting adopts no chi bộ resolution. */
export function pairRole(type: DocumentType | null): PairRole | null {
  if (type === "nghi-quyet") return "resolution";
  if (type === "bien-ban-thuong-ky" || type === "bien-ban-chuyen-de") return "minutes";
  return null;
}

/**
 * Null when the cell or the date is unknown: a guess could pair documents of different meetings and
 * report differences that are not there. The document's own date stands in for a missing meeting
 * date, since both are dated the day of the meeting in practice.
 */
export function pairingKey(facts: Facts): string | null {
  const issuer = facts.header.issuer?.name;
  const date = isoDate(facts.meetingDate) ?? isoDate(facts.documentDate);
  if (!issuer || !date) return null;
  const cell = squish(lower(issuer));
  return cell ? `${cell}|${date}` : null;
}
