/**
 * Presence of the nghị quyết sections (elements.md §3): the opening paragraph, the review, the tasks
 * and who carries them out. The vote result, recipients and signature have rules of their own.
 */
import type { PresenceSpec } from "./presence-spec";

export const resolutionElements: readonly PresenceSpec[] = [
  {
    name: "require-resolution-preamble",
    elementId: "NQ.PREAMBLE",
    description: "Nghị quyết mở đầu bằng ngày, kỳ họp đã thông qua, số đảng viên dự và người chủ trì.",
    guidance: ["G-HD36"],
    phrases: [
      "(ngay|hom nay|vao ngay)[^.;]{0,40}chi bo[^.;]{0,80}(hop|sinh hoat|hoi nghi)",
      "chi bo[^.;]{0,60}(da )?(hop|sinh hoat|to chuc)[^.;]{0,20}(thuong ky|dinh ky|chuyen de|thang)",
      "can cu (dieu le|nghi quyet|chi thi|ke hoach|huong dan|quy dinh|ket qua|chuc nang|tinh hinh|y kien)",
      "(du hop|co mat|tham du)[^.;]{0,20}\\d+",
    ],
    scope: "opening",
    label: "Ngày … tháng … năm …, Chi bộ … họp …; dự họp …/… đảng viên; đồng chí … chủ trì.",
    missing: "Nghị quyết chưa có đoạn mở đầu ghi ngày họp, kỳ họp, số đảng viên dự và người chủ trì.",
  },
  {
    name: "require-resolution-review",
    elementId: "NQ.REVIEW",
    description: "Nghị quyết đánh giá kết quả tháng qua: việc đã làm, chưa làm và nguyên nhân.",
    guidance: ["G-HD12"],
    phrases: [
      "danh gia[^.;]{0,40}(ket qua|viec thuc hien|tinh hinh thuc hien)",
      "(?<!bao cao )ket qua (lanh dao|thuc hien|hoat dong|cong tac|dat duoc)",
      "(uu diem|han che|khuyet diem|ton tai)[^.]{0,120}nguyen nhan",
      "(uu diem|han che|khuyet diem|ton tai|nguyen nhan) ?:",
      "viec (da lam duoc|chua lam duoc|lam duoc|chua lam)",
      "tinh hinh (thuc hien|lanh dao) (nhiem vu|nghi quyet)",
    ],
    scope: "body",
    label: "Kết quả thực hiện nhiệm vụ tháng qua: …",
    missing: "Nghị quyết chưa đánh giá kết quả thực hiện nhiệm vụ tháng qua (đã làm, chưa làm, nguyên nhân).",
  },
  {
    name: "require-resolution-tasks",
    elementId: "NQ.TASKS",
    description: "Nghị quyết nêu nhiệm vụ, giải pháp cho thời gian tới.",
    guidance: ["G-HD12", "G-HD42"],
    phrases: [
      "nhiem vu,? giai phap",
      "phuong huong,? nhiem vu",
      "nhiem vu trong tam",
      // A task with a time frame ahead is a task, heading or not.
      "(?<!(da|chua|duoc) )(hoan thanh|thuc hien|xong|bao cao ket qua)[^.;]{0,20}(truoc ngay|trong thang|trong quy|cham nhat|truoc \\d)",
      "(?<!(thuc hien|ket qua|danh gia|hoan thanh|lanh dao) )(phuong huong|nhiem vu|chuong trinh cong tac)[^.;]{0,30}(thang toi|thang sau|thang \\d|thoi gian toi|quy toi|ky toi|tiep theo|sap toi)",
    ],
    scope: "body",
    label: "Nhiệm vụ, giải pháp thời gian tới: …",
    missing: "Nghị quyết chưa nêu nhiệm vụ, giải pháp cho thời gian tới.",
  },
  {
    name: "require-resolution-assignment",
    elementId: "NQ.ASSIGNMENT",
    description: "Nghị quyết phân công tổ chức thực hiện: ai làm, thời hạn, báo cáo kết quả.",
    guidance: ["G-HD42", "G-SEED"],
    phrases: [
      "to chuc thuc hien",
      // "nguyên nhân: chưa phân công cụ thể" is a shortcoming, not an assignment.
      "(?<!chua )phan cong",
      "giao (cho )?(dong chi|d/c|to dang|chi uy|bi thu|pho bi thu|cac dang vien|dang vien)",
      "(chi uy|bi thu|pho bi thu|to dang)[^.;]{0,30}(chiu trach nhiem|theo doi|don doc|chi dao)",
    ],
    scope: "body",
    label: "Tổ chức thực hiện: …",
    missing: "Nghị quyết chưa phân công tổ chức thực hiện (ai làm, thời hạn, báo cáo kết quả).",
  },
];
