/**
 * HDR.PLACE_DATE (G-HD36, G-HD16): "Tuy Lộc, ngày 05 tháng 11 năm 2025" — a place, then a full date.
 * Whether the date is real and zero-padded is CHK.DATE_VALID / CHK.DATE_FORMAT's concern.
 */
import { hasBlanks } from "../../locate/placeholder-marks";
import { defineRule, type Report } from "../types";
import { at } from "./header-report";

export default defineRule({
  meta: {
    id: "bienban/require-place-date",
    elementId: "HDR.PLACE_DATE",
    description: "Dưới tiêu đề có địa danh và ngày tháng năm ban hành.",
    guidance: ["G-HD36", "G-HD16"],
    fixable: false,
    messages: {
      missing: "Văn bản chưa có dòng địa danh, ngày tháng năm (ví dụ \"Tuy Lộc, ngày 05 tháng 11 năm 2025\").",
      noPlace: "Dòng ngày tháng \"{{text}}\" chưa ghi địa danh.",
      noDate: "Dòng địa danh, ngày tháng \"{{text}}\" chưa ghi đủ ngày, tháng, năm.",
    },
  },
  check(ctx) {
    const pd = ctx.facts.header.placeDate;
    if (!pd) return [{ messageId: "missing", ...at(ctx, ctx.facts.header.partyTitle) }];
    // A line still showing the template's blanks is CHK.PLACEHOLDERS' finding.
    if (hasBlanks(pd.text, ctx.profile.settings.placeholderMarks)) return [];
    const reports: Report[] = [];
    if (!pd.place) reports.push({ messageId: "noPlace", data: { text: pd.text }, ...at(ctx, pd) });
    if (!pd.date) reports.push({ messageId: "noDate", data: { text: pd.text }, ...at(ctx, pd) });
    return reports;
  },
});
