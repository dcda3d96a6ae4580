/** Nghị quyết chi bộ (format.md §10 sketches): preamble, review, tasks, organisation, vote, Nơi nhận and T/M CHI BỘ. */
import type { TemplateSpec } from "./types";

export const nghiQuyet: TemplateSpec = {
  type: "nghi-quyet",
  typeCode: "NQ",
  title: "NGHỊ QUYẾT",
  subject: "về lãnh đạo thực hiện nhiệm vụ {{planMonth}}",
  issuer: "chi-bo",
  body: [
    { entries: [{ element: "NQ.PREAMBLE" }] },
    { heading: "KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ {{reviewMonth}}", entries: [{ element: "NQ.REVIEW" }] },
    { heading: "NHIỆM VỤ, GIẢI PHÁP {{planMonth}}", entries: [{ element: "NQ.TASKS" }] },
    { heading: "TỔ CHỨC THỰC HIỆN", entries: [{ element: "NQ.ASSIGNMENT" }, { element: "NQ.VOTE_RESULT" }] },
  ],
  signatures: { left: ["NQ.RECIPIENTS"], right: ["NQ.SIGNATURE"] },
};
