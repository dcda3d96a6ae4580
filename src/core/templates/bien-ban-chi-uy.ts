/**
 * Biên bản họp chi ủy (process.md §2, sample S4): issued by the chi ủy, a smaller set of elements
 * (elements.md: HDR, time … secretary, present, conclusion, end, signatures) and what the committee
 * prepared for the cell's meeting.
 */
import { MINUTES_SIGNATURES } from "./common-parts";
import type { TemplateSpec } from "./types";

export const bienBanChiUy: TemplateSpec = {
  type: "bien-ban-chi-uy",
  typeCode: "BB",
  title: "BIÊN BẢN",
  subject: "họp chi ủy chi bộ {{cellName}} {{meetingMonth}}",
  issuer: "chi-uy",
  body: [
    {
      entries: [
        { element: "BB.START_TIME" },
        { element: "BB.PLACE" },
        { element: "BB.CHAIR" },
        { element: "BB.SECRETARY" },
        { element: "BB.PRESENT" },
        { free: "committee-agenda" },
        { element: "BB.CONCLUSION" },
        { element: "BB.END_TIME" },
      ],
    },
  ],
  signatures: MINUTES_SIGNATURES,
};
