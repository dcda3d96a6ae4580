/** Biên bản sinh hoạt chi bộ chuyên đề: the theme replaces the monthly review and tasks (elements.md §2). */
import { MEETING_CLOSING, MEETING_OPENING, MINUTES_SIGNATURES } from "./common-parts";
import type { TemplateSpec } from "./types";

export const bienBanChuyenDe: TemplateSpec = {
  type: "bien-ban-chuyen-de",
  typeCode: "BB",
  title: "BIÊN BẢN",
  subject: "sinh hoạt chi bộ chuyên đề {{meetingMonth}}",
  issuer: "chi-bo",
  body: [
    { entries: [...MEETING_OPENING] },
    { heading: "NỘI DUNG CHUYÊN ĐỀ", entries: [{ element: "CD.TOPIC" }, { element: "CD.PRESENTER" }] },
    { heading: "THẢO LUẬN, LIÊN HỆ", entries: [{ element: "BB.DISCUSSION" }, { element: "CD.RELATION" }, { element: "BB.SELF_CRITICISM" }, { element: "CD.CONCLUSION" }] },
    { heading: "KẾT THÚC CUỘC HỌP", entries: [...MEETING_CLOSING] },
  ],
  signatures: MINUTES_SIGNATURES,
};
