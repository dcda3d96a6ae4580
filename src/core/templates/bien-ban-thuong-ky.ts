/** Biên bản sinh hoạt chi bộ thường kỳ (with the thematic part when both were held in one session). */
import { MEETING_CLOSING, MEETING_OPENING, MINUTES_SIGNATURES, THEMATIC_ENTRIES } from "./common-parts";
import type { TemplateSpec } from "./types";

export const bienBanThuongKy: TemplateSpec = {
  type: "bien-ban-thuong-ky",
  typeCode: "BB",
  title: "BIÊN BẢN",
  subject: "sinh hoạt chi bộ {{meetingKind}} {{meetingMonth}}",
  issuer: "chi-bo",
  body: [
    { entries: [...MEETING_OPENING] },
    { heading: "THÔNG TIN THỜI SỰ, VĂN BẢN CẤP TRÊN", entries: [{ element: "BB.NEWS" }, { element: "BB.IDEOLOGY" }] },
    { heading: "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT {{reviewMonth}}", entries: [{ element: "BB.REVIEW" }] },
    { heading: "PHƯƠNG HƯỚNG, NHIỆM VỤ {{planMonth}}", entries: [{ element: "BB.NEXT_TASKS" }] },
    { heading: "THẢO LUẬN, TỰ PHÊ BÌNH VÀ PHÊ BÌNH", entries: [{ element: "BB.DISCUSSION" }, { element: "BB.SELF_CRITICISM" }] },
    { heading: "SINH HOẠT CHUYÊN ĐỀ", entries: [...THEMATIC_ENTRIES], when: "thematic" },
    { heading: "KẾT THÚC CUỘC HỌP", entries: [...MEETING_CLOSING] },
  ],
  signatures: MINUTES_SIGNATURES,
};
