/**
 * CHK.PLACEHOLDERS (pre-signing): template blanks left unfilled — the profile's marks where a value
 * belongs, and content controls still showing their placeholder text.
 */
import { locationOf } from "../../locate/span-location";
import { defineRule, type Report } from "../types";
import { findBlanks } from "../../locate/placeholder-marks";

const SNIPPET = 24;

export default defineRule({
  meta: {
    id: "bienban/no-placeholders",
    elementId: "CHK.PLACEHOLDERS",
    description: "Văn bản không còn chỗ trống của mẫu (\"…\", \"[…]\", \"(họ tên)\", \"xx\") chưa điền.",
    guidance: ["G-HD36", "G-QD66", "G-QD399"],
    fixable: false,
    messages: {
      blank: "Còn chỗ trống chưa điền: \"{{context}}\".",
      blanks: "Còn {{count}} chỗ trống chưa điền: \"{{context}}\".",
      control: "Ô nhập liệu \"{{title}}\" chưa được điền.",
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    const unfilled = ctx.doc.controls.filter((c) => c.showingPlaceholder);
    for (const c of unfilled) {
      const location = c.first >= 0 ? locationOf(ctx.doc, c.first) : undefined;
      reports.push({ messageId: "control", data: { title: c.title || c.tag }, ...(location ? { location } : {}) });
    }
    const covered = (i: number) => unfilled.some((c) => c.first >= 0 && i >= c.first && i <= c.last);
    const marks = ctx.profile.settings.placeholderMarks;
    for (const p of ctx.doc.paragraphs) {
      if (covered(p.index)) continue;
      const hits = findBlanks(p.text, marks);
      const first = hits[0];
      const last = hits[hits.length - 1];
      if (!first || !last) continue;
      // One finding per paragraph: an unfilled template line has several blanks, one list entry is enough.
      const from = Math.max(0, first.start - SNIPPET);
      const to = Math.min(p.text.length, last.end + SNIPPET);
      const context = `${from > 0 ? "…" : ""}${p.text.slice(from, to).trim()}${to < p.text.length ? "…" : ""}`;
      const location = locationOf(ctx.doc, { paragraph: p.index, start: first.start, end: last.end });
      const data: Record<string, string | number> = hits.length > 1 ? { context, count: hits.length } : { context };
      reports.push({ messageId: hits.length > 1 ? "blanks" : "blank", data, ...(location ? { location } : {}) });
    }
    return reports;
  },
});
