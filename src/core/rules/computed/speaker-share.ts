/**
 * CHK.SPEAKERS (G-HD12 II.3.3 "many speak"; seed I.2): distinct named speakers compared with the
 * members present; below the profile's percentage → warning. Guests (upper-level cấp ủy viên) are
 * not members of the cell and are not counted. No speaker at all is BB.DISCUSSION's finding.
 */
import { presentCount } from "../../arithmetic/member-counts";
import { formatPercent, meetsPercent } from "../../arithmetic/percent";
import { fold, squish } from "../../text/normalize";
import { defineRule } from "../types";
import { spanLocation } from "./lib/location";

const key = (name: string) => fold(squish(name));

export default defineRule({
  meta: {
    id: "bienban/speaker-share",
    elementId: "CHK.SPEAKERS",
    description: "Số đảng viên phát biểu so với số dự họp đạt mức tối thiểu của hồ sơ quy định.",
    guidance: ["G-HD12", "G-SEED"],
    fixable: false,
    messages: {
      fewSpeakers: "Chỉ {{speakers}} trên {{present}} đồng chí dự họp phát biểu ({{rate}}), dưới mức {{min}}%.",
    },
  },
  check(ctx) {
    const present = presentCount(ctx.facts.attendance);
    if (present === undefined || present <= 0) return [];
    const guests = new Set(ctx.facts.guests.flatMap((g) => (g.name ? [key(g.name)] : [])));
    const members = ctx.facts.speakers.filter((s) => !guests.has(key(s.name)));
    const distinct = new Set(members.map((s) => key(s.name)));
    if (distinct.size === 0) return [];
    const min = ctx.profile.settings.speakers.minPercent;
    if (meetsPercent(distinct.size, present, min, ">=")) return [];
    return [
      {
        messageId: "fewSpeakers",
        data: { speakers: distinct.size, present, rate: formatPercent(distinct.size, present), min: String(min).replace(".", ",") },
        location: spanLocation(ctx.doc, members[0]),
      },
    ];
  },
});
