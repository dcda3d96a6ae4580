/**
 * Practice documents: the training meeting's correct drafts with faults planted on purpose, and the
 * answer key. Each fault names the element whose finding reveals it; a test runs the checker on every
 * practice document and requires it to find exactly the keyed faults (errors and warnings), so the
 * key and the checker can never disagree. Controls are removed: a practice reads like a document
 * received from another cell.
 */
import type { DocumentType } from "../catalog/document-types";
import { elementById, elements } from "../catalog/elements";
import { buildDocument } from "../templates/build-document";
import { resolutionFromMinutes } from "../templates/resolution-from-minutes";
import { templateSettings } from "../templates/template-settings";
import type { Answers } from "../templates/answers";
import type { TemplateDoc } from "../templates/types";
import { trainingMinutesAnswers } from "./model-answers";
import { replaceInSection, withoutControls, withoutSection } from "./plant-faults";

export interface PracticeFault {
  /** The element whose finding reveals the fault (an item of the checklist). */
  elementId: string;
  /** What was wrong, explained after the learner answers. */
  explanation: string;
}

export interface PracticeDef {
  id: string;
  title: string;
  type: DocumentType;
  /** One sentence telling the learner what to look for. */
  intro: string;
  faults: readonly PracticeFault[];
  /** Checklist items that are correct in the document. */
  distractors: readonly string[];
  plant(doc: TemplateDoc): TemplateDoc;
}

export interface ChecklistOption {
  elementId: string;
  label: string;
}

export interface Practice {
  def: PracticeDef;
  /** The flawed document, ready to render (.docx) or to check (toModel). */
  doc: TemplateDoc;
  /** Faults and distractors together, in catalog order (the order of a document). */
  options: ChecklistOption[];
}

export const practiceDefs: readonly PracticeDef[] = [
  {
    id: "bien-ban-thieu-phan",
    title: "Bài 1: Biên bản thiếu phần",
    type: "bien-ban-thuong-ky",
    intro: "Biên bản này thiếu một số phần bắt buộc và có một chỗ biểu quyết sai. Hãy đánh dấu những mục đồng chí thấy có vấn đề.",
    faults: [
      { elementId: "BB.SECRETARY", explanation: "Không ghi ai làm thư ký; phải ghi “Thư ký: đồng chí …” ngay ở phần khai mạc." },
      { elementId: "BB.ABSENT_UNEXCUSED", explanation: "Không có dòng vắng không lý do; nếu không ai vắng thì vẫn ghi “Vắng không lý do: không”." },
      { elementId: "BB.END_TIME", explanation: "Không ghi giờ kết thúc, nên không biết buổi sinh hoạt có đủ 90 phút không." },
      { elementId: "CHK.VOTE_PROBATIONARY", explanation: "Ghi 13 đồng chí tán thành trong khi chỉ có 11 đảng viên chính thức có mặt: đảng viên dự bị không biểu quyết." },
    ],
    distractors: ["BB.CHAIR", "BB.PLACE", "BB.NEWS", "BB.REVIEW", "BB.DISCUSSION", "BB.SIGN_CHAIR", "CHK.ATTENDANCE_SUM"],
    plant: (doc) => {
      let d = withoutSection(doc, "BB.SECRETARY");
      d = withoutSection(d, "BB.ABSENT_UNEXCUSED");
      d = withoutSection(d, "BB.END_TIME");
      return replaceInSection(d, "BB.VOTE", "11/11 đồng chí", "13/13 đồng chí");
    },
  },
  {
    id: "bien-ban-so-lieu",
    title: "Bài 2: Biên bản có số liệu sai",
    type: "bien-ban-thuong-ky",
    intro: "Biên bản này đủ các phần nhưng có số liệu, ngày giờ chưa đúng. Hãy cộng lại các con số và đánh dấu chỗ sai.",
    faults: [
      { elementId: "CHK.ATTENDANCE_SUM", explanation: "Có mặt 13 cộng vắng 2 được 15, không khớp tổng số 14 đảng viên; dòng vắng có lý do ghi 2 người nhưng chỉ nêu tên 1." },
      { elementId: "CHK.VOTE_MAJORITY", explanation: "Chỉ 5 đồng chí tán thành, chưa quá nửa 11 đảng viên chính thức được tính: kết luận chưa được thông qua." },
      { elementId: "CHK.DURATION", explanation: "Từ 19 giờ đến 20 giờ chỉ có 60 phút, ít hơn 90 phút theo hướng dẫn." },
      { elementId: "CHK.DATE_FORMAT", explanation: "Ngày dưới 10 phải có số 0 ở trước: “ngày 04 tháng 12”." },
    ],
    distractors: ["BB.MEMBERSHIP", "BB.PRESENT", "BB.START_TIME", "CHK.ATTENDANCE_RATE", "CHK.TIME_ORDER", "CHK.VOTE_SUM"],
    plant: (doc) => {
      let d = replaceInSection(doc, "BB.ABSENT_EXCUSED", "01 đồng chí", "02 đồng chí");
      d = replaceInSection(d, "BB.END_TIME", "20 giờ 45 phút", "20 giờ 00 phút");
      d = replaceInSection(d, "HDR.PLACE_DATE", "ngày 04 tháng 12", "ngày 4 tháng 12");
      return replaceInSection(d, "BB.VOTE", "11/11 đồng chí tán thành (100%); không tán thành: 0", "5/11 đồng chí tán thành (45,5%); không tán thành: 6");
    },
  },
  {
    id: "nghi-quyet-the-thuc",
    title: "Bài 3: Nghị quyết sai thể thức",
    type: "nghi-quyet",
    intro: "Nghị quyết này có lỗi thể thức và một nhiệm vụ còn chung chung. Hãy đánh dấu những mục chưa đúng.",
    faults: [
      { elementId: "HDR.NUMBER", explanation: "Nghị quyết phải có số và ký hiệu, ví dụ “Số 09-NQ/CB”." },
      { elementId: "NQ.RECIPIENTS", explanation: "Thiếu phần “Nơi nhận”, dòng cuối là “- Lưu Chi bộ.”." },
      { elementId: "CHK.SIGN_FORM", explanation: "“TM. CHI BỘ” là cách viết của văn bản nhà nước; văn bản của Đảng viết “T/M CHI BỘ”." },
      { elementId: "CHK.TASK_SPECIFIC", explanation: "Nhiệm vụ thứ hai chỉ ghi “tiếp tục thực hiện tốt”, không có người thực hiện và thời hạn." },
    ],
    distractors: ["HDR.PLACE_DATE", "NQ.PREAMBLE", "NQ.REVIEW", "NQ.VOTE_RESULT", "NQ.SIGNATURE", "CHK.DATE_FORMAT"],
    plant: (doc) => {
      let d = withoutSection(doc, "HDR.NUMBER");
      d = withoutSection(d, "NQ.RECIPIENTS");
      d = replaceInSection(d, "NQ.SIGNATURE", "T/M CHI BỘ", "TM. CHI BỘ");
      return replaceInSection(d, "NQ.TASKS", "giao Tổ đảng số 1 chủ trì thực hiện, thời hạn: trong tháng 12", "tiếp tục thực hiện tốt");
    },
  },
];

const catalogIndex = new Map(elements.map((e, i) => [e.id, i]));

function answersFor(type: DocumentType): Answers {
  return type === "nghi-quyet" ? resolutionFromMinutes(trainingMinutesAnswers) : trainingMinutesAnswers;
}

export function buildPractice(def: PracticeDef, today: string): Practice {
  const answers = answersFor(def.type);
  const correct = buildDocument(def.type, answers, templateSettings(answers, today));
  const ids = [...def.faults.map((f) => f.elementId), ...def.distractors];
  const options = [...new Set(ids)]
    .sort((a, b) => (catalogIndex.get(a) ?? 0) - (catalogIndex.get(b) ?? 0))
    .map((elementId) => ({ elementId, label: elementById(elementId)?.label ?? elementId }));
  return { def, doc: withoutControls(def.plant(correct)), options };
}

export function practiceById(id: string): PracticeDef | undefined {
  return practiceDefs.find((p) => p.id === id);
}
