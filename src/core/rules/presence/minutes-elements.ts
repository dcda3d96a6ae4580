/**
 * Presence of the biên bản elements that are plain sections (elements.md §2; phrasings after
 * process.md §9 and more). Elements read as facts (time, place, chair, attendance, votes) have rules of
 * their own elsewhere; signatures and reserved opinions have their own files here.
 */
import { hasBlanks } from "../../locate/placeholder-marks";
import { saysAny } from "../../locate/phrase-match";
import type { PresenceSpec } from "./presence-spec";

const DOC_KINDS = "nghi quyet|chi thi|ket luan|ke hoach|huong dan|quy dinh|quy che|cong van|thong bao|quyet dinh|thong tri|nghi dinh|thong tu|chuong trinh|de an";

/** A document named precisely enough to find it: a number, a symbol ("45-KH/ĐU") or a congress/plenum. */
const NAMED_DOCUMENT = [
  `(${DOC_KINDS}) (so |so: )?\\d`,
  "\\d+ ?[-–] ?[a-z]{1,6} ?/ ?[a-z]",
  "(nghi quyet|ket luan|chi thi) (dai hoi|hoi nghi|trung uong|tw)",
];

/** Upper-level documents mentioned in general ("phổ biến các văn bản cấp trên"). */
const DOCUMENTS_MENTIONED = ["van ban", "chu truong", "chinh sach", "(nghi quyet|chi thi|ket luan|ke hoach|huong dan|quy dinh|cong van|thong bao|quyet dinh)(?![a-z])"];

export const minutesElements: readonly PresenceSpec[] = [
  {
    name: "require-purpose",
    elementId: "BB.PURPOSE",
    description: "Biên bản ghi việc chủ trì tuyên bố lý do cuộc họp.",
    guidance: ["G-HD12"],
    phrases: [
      "tuyen bo (ly do|khai mac|muc dich)",
      "neu (ro )?(ly do|muc dich)",
      "muc dich,? yeu cau (cua )?(cuoc hop|buoi sinh hoat|ky hop|hoi nghi|chuyen de)",
      "ly do (cuoc hop|buoi sinh hoat|ky hop|hoi nghi|hop)",
      "khai mac (cuoc hop|buoi sinh hoat|hoi nghi|ky hop)",
    ],
    scope: "body",
    label: "Tuyên bố lý do: …",
    missing: "Biên bản chưa ghi việc tuyên bố lý do cuộc họp.",
  },
  {
    name: "require-agenda-adopted",
    elementId: "BB.AGENDA_ADOPTED",
    description: "Biên bản ghi việc chi bộ thông qua nội dung, chương trình sinh hoạt.",
    guidance: ["G-HD12"],
    phrases: [
      "(thong qua|nhat tri|thong nhat|dong y|tan thanh)( voi)?( cac)? (noi dung,? )?chuong trinh",
      "(thong qua|nhat tri|thong nhat|dong y|tan thanh)( voi)? noi dung (sinh hoat|cuoc hop|ky hop|hoi nghi|buoi)",
      "chuong trinh[^.;]{0,40}(duoc )?(thong qua|nhat tri|thong nhat|dong y|tan thanh)",
    ],
    scope: "body",
    label: "Thông qua nội dung, chương trình sinh hoạt: …",
    missing: "Biên bản chưa ghi việc thông qua nội dung, chương trình sinh hoạt.",
  },
  {
    name: "require-dues",
    elementId: "BB.DUES",
    description: "Biên bản ghi việc thu nộp hoặc thông báo tình hình đảng phí.",
    guidance: ["G-HD09", "G-HD42"],
    phrases: ["dang phi"],
    scope: "body",
    label: "Thu nộp đảng phí: …",
    missing: "Biên bản chưa ghi tình hình thu nộp đảng phí.",
    // Dues are collected at the monthly meeting; a thematic session held on its own does not repeat it.
    when: (ctx) => ctx.type !== "bien-ban-chuyen-de",
  },
  {
    name: "require-news",
    elementId: "BB.NEWS",
    description: "Biên bản sinh hoạt thường kỳ ghi thông tin thời sự và văn bản cấp trên được phổ biến (có tên văn bản).",
    guidance: ["G-HD12"],
    phrases: [
      "thoi su",
      "tinh hinh (trong nuoc|quoc te|the gioi|kinh te|chinh tri)",
      "van ban cap tren",
      `(quan triet|pho bien|trien khai|thong tin|truyen dat|hoc tap|thong bao)( cac| mot so| nhung)? (${DOC_KINDS}|van ban|chu truong|chinh sach)`,
      ...NAMED_DOCUMENT,
    ],
    scope: "body",
    label: "Thông tin thời sự, văn bản cấp trên: …",
    missing: "Biên bản chưa ghi phần thông tin thời sự, phổ biến văn bản cấp trên.",
    incomplete: {
      messages: {
        unnamed: "Biên bản ghi phổ biến văn bản cấp trên nhưng chưa nêu tên văn bản nào (số, ký hiệu, trích yếu).",
      },
      check(ctx, found) {
        const body = ctx.doc.paragraphs.slice(ctx.facts.header.bodyStart);
        if (body.some((p) => saysAny(p.text, NAMED_DOCUMENT))) return [];
        // Document names left as the template's blanks are CHK.PLACEHOLDERS' finding.
        const marks = ctx.profile.settings.placeholderMarks;
        if (found.some((s) => hasBlanks(ctx.doc.paragraphs[s.paragraph]?.text ?? "", marks))) return [];
        const generic = found.find((s) => saysAny(ctx.doc.paragraphs[s.paragraph]?.text ?? "", DOCUMENTS_MENTIONED));
        const p = generic && ctx.doc.paragraphs[generic.paragraph];
        return p ? [{ messageId: "unnamed", location: { paragraph: p.index, ref: p.ref } }] : [];
      },
    },
  },
  {
    name: "require-ideology",
    elementId: "BB.IDEOLOGY",
    description: "Biên bản sinh hoạt thường kỳ ghi tình hình tư tưởng đảng viên và quần chúng.",
    guidance: ["G-HD12"],
    phrases: [
      "tinh hinh tu tuong",
      // "tư tưởng, đạo đức, phong cách Hồ Chí Minh" is the study theme, not the ideological situation.
      "tu tuong (cua )?(dang vien|quan chung|nhan dan|can bo|nguoi lao dong|chinh tri)",
      "tu tuong[^.;]{0,30}(on dinh|chuyen bien|phuc tap|dao dong|bi quan|hoang mang|tin tuong)",
      "(dang vien|quan chung|nhan dan|can bo)[^.;]{0,30}(tu tuong on dinh|yen tam|tin tuong vao)",
      "du luan( xa hoi)?",
      "tam tu,? nguyen vong",
    ],
    scope: "body",
    label: "Tình hình tư tưởng đảng viên và quần chúng: …",
    missing: "Biên bản chưa đánh giá tình hình tư tưởng đảng viên và quần chúng.",
  },
  {
    name: "require-review",
    elementId: "BB.REVIEW",
    description: "Biên bản sinh hoạt thường kỳ đánh giá kết quả thực hiện nghị quyết, nhiệm vụ tháng trước.",
    guidance: ["G-HD12"],
    phrases: [
      "danh gia[^.;]{0,40}(ket qua|viec thuc hien|tinh hinh thuc hien)",
      // "báo cáo kết quả thực hiện tại kỳ họp sau" belongs to the tasks ahead.
      "(?<!bao cao )ket qua (lanh dao|thuc hien|hoat dong|cong tac|dat duoc)",
      "(uu diem|han che|khuyet diem|ton tai)[^.]{0,120}nguyen nhan",
      "viec (da lam duoc|chua lam duoc|lam duoc|chua lam)",
      "kiem diem (viec )?thuc hien (nghi quyet|ket luan|nhiem vu)",
      "so ket (thang|quy|nhiem vu)",
    ],
    scope: "body",
    label: "Đánh giá kết quả thực hiện nghị quyết tháng trước: …",
    missing: "Biên bản chưa đánh giá kết quả thực hiện nghị quyết, nhiệm vụ tháng trước.",
  },
  {
    name: "require-next-tasks",
    elementId: "BB.NEXT_TASKS",
    description: "Biên bản sinh hoạt thường kỳ ghi nhiệm vụ, giải pháp tháng tới.",
    guidance: ["G-HD12"],
    phrases: [
      // "kết quả thực hiện nhiệm vụ tháng 10" is the review of last month, not the tasks ahead.
      "(?<!(thuc hien|ket qua|danh gia|hoan thanh|lanh dao) )(phuong huong|nhiem vu|chuong trinh cong tac)[^.;]{0,30}(thang toi|thang sau|thang \\d|thang (mot|hai|ba|tu|nam|sau|bay|tam|chin|muoi)|thoi gian toi|quy toi|ky toi|tiep theo|trong tam|sap toi)",
      "ke hoach (cong tac )?(thang|quy) (toi|sau|\\d)",
      "phuong huong,? nhiem vu",
      "nhiem vu,? giai phap",
      "nhiem vu trong tam",
      // A task with a time frame ahead is a task, heading or not.
      "(?<!(da|chua|duoc) )(hoan thanh|thuc hien|xong|bao cao ket qua)[^.;]{0,20}(truoc ngay|trong thang|trong quy|cham nhat|truoc \\d)",
    ],
    scope: "body",
    label: "Phương hướng, nhiệm vụ tháng tới: …",
    missing: "Biên bản chưa ghi phương hướng, nhiệm vụ tháng tới.",
  },
  {
    name: "require-commend",
    elementId: "BB.COMMEND",
    description: "Biên bản ghi việc biểu dương, nhắc nhở đảng viên (có thể ghi \"không có\").",
    guidance: ["G-HD12"],
    phrases: ["bieu duong", "tuyen duong", "khen (ngoi|thuong)", "nhac nho"],
    scope: "body",
    label: "Biểu dương, nhắc nhở: …",
    missing: "Biên bản chưa ghi việc biểu dương, nhắc nhở đảng viên (nếu không có, ghi \"không có\").",
  },
  {
    name: "require-self-criticism",
    elementId: "BB.SELF_CRITICISM",
    description: "Biên bản ghi phần tự phê bình và phê bình.",
    guidance: ["G-HD12", "G-HD42"],
    phrases: [
      "tu phe binh",
      "phe binh va tu phe binh",
      "tu nhan (khuyet diem|thieu sot|han che|trach nhiem|loi)",
      "nhan (khuyet diem|thieu sot)",
      "tu kiem diem",
      "(lien he|lien he ban than),? kiem diem",
      "kiem diem (ban than|ca nhan|trach nhiem)",
    ],
    scope: "body",
    label: "Tự phê bình và phê bình: …",
    missing: "Biên bản chưa ghi phần tự phê bình và phê bình.",
  },
  {
    name: "require-conclusion",
    elementId: "BB.CONCLUSION",
    description: "Biên bản ghi kết luận của đồng chí chủ trì.",
    guidance: ["G-HD12", "G-HD16"],
    phrases: [
      "(chu tri|chu toa|bi thu|pho bi thu)[^.;:]{0,20} ket luan",
      "ket luan cua (dong chi |d/c )?(chu tri|chu toa|bi thu|pho bi thu|dong chi|d/c)",
      "(dong chi|d/c) [^.;:]{2,60} ket luan",
      "ket luan( chung)? ?:",
      // A heading "IV. KẾT LUẬN" over the chair's words.
      "ket luan( chung| cua (dong chi )?chu tri)?$",
      "ket luan (noi dung|cuoc hop|buoi sinh hoat|hoi nghi|ky hop|van de)",
    ],
    scope: "body",
    label: "Kết luận của chủ trì: …",
    missing: "Biên bản chưa ghi kết luận của đồng chí chủ trì.",
  },
  {
    name: "require-quality-grade",
    elementId: "BB.QUALITY_GRADE",
    description: "Biên bản ghi kết quả đánh giá, xếp loại chất lượng buổi sinh hoạt (Tốt, Khá, Trung bình, Kém hoặc số điểm).",
    guidance: ["G-HD42", "G-BT", "G-SEED"],
    phrases: [
      "xep loai[^.;]{0,30}(tot|kha|trung binh|kem|dat|khong dat)(?![a-z])",
      "(danh gia|cham diem|xep loai|chat luong)[^.;]{0,60}\\d{1,3}([.,]\\d+)? ?(/ ?100 )?diem",
      "\\d{1,3}([.,]\\d+)? ?(/ ?100 )?diem[^.;]{0,30}(xep loai|dat loai|loai)",
      "chat luong (buoi |cuoc )?(sinh hoat|hop)[^.;]{0,30}(dat |loai )?(tot|kha|trung binh|kem)(?![a-z])",
      "bang cham diem",
    ],
    scope: "body",
    label: "Đánh giá, xếp loại chất lượng buổi sinh hoạt: …",
    missing: "Biên bản chưa ghi kết quả đánh giá, xếp loại chất lượng buổi sinh hoạt.",
  },
  {
    name: "require-minutes-adopted",
    elementId: "BB.MINUTES_ADOPTED",
    description: "Biên bản ghi việc đọc lại và thông qua biên bản trước khi kết thúc.",
    guidance: ["G-HD12"],
    phrases: [
      "bien ban[^.;]{0,60}(thong qua|doc lai|nhat tri|thong nhat|dong y)",
      "(thong qua|doc lai)[^.;]{0,20}bien ban",
    ],
    scope: "body",
    label: "Biên bản đã được đọc lại và thông qua: …",
    missing: "Biên bản chưa ghi việc đọc lại và thông qua biên bản trước khi kết thúc.",
  },
];
