/**
 * CHK.SPEAKERS (G-HD12 II.3.3 "many speak"; seed I.2): distinct named speakers compared with the
 * members present; below the profile's percentage → warning. Guests (upper-level cấp ủy viên) are
 * not members of the cell and are not counted. No speaker at all is BB.DISCUSSION's finding.
 */
import { formatPercent, meetsPercent } from "../../arithmetic/percent";
import { speakerShare } from "../../arithmetic/speaker-share";
import { defineRule } from "../types";
import { spanLocation } from "./lib/location";

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
    const share = speakerShare(ctx.facts);
    if (!share || share.speakers === 0) return [];
    const { speakers, present } = share;
    const min = ctx.profile.settings.speakers.minPercent;
    if (meetsPercent(speakers, present, min, ">=")) return [];
    return [
      {
        messageId: "fewSpeakers",
        data: { speakers, present, rate: formatPercent(speakers, present), min: String(min).replace(".", ",") },
        location: spanLocation(ctx.doc, share.first[0]),
      },
    ];
  },
});
