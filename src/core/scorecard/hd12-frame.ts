/**
 * HD 12's "tiêu chí khung" (process.md §7, [A/B]): five groups, no central points. Local scorecards
 * put points on them (the built-in G-BT default, or a Văn phòng's overlay); the group names are
 * what the criteria of those cards belong to.
 */
export interface FrameGroup {
  id: string;
  label: string;
  /** What the group asks, as HD 12 words it (paraphrased). */
  content: string;
}

export const hd12Frame: readonly FrameGroup[] = [
  {
    id: "1",
    label: "Tỷ lệ đảng viên dự sinh hoạt",
    content: "Trên 85% đảng viên dự; không có đảng viên vắng không lý do; không có đảng viên vắng có lý do quá 3 lần liên tiếp trong năm (trừ đảng viên được miễn sinh hoạt và đảng viên trong lực lượng vũ trang làm nhiệm vụ đặc biệt).",
  },
  {
    id: "2",
    label: "Công tác chuẩn bị",
    content: "Bí thư hoặc phó bí thư chuẩn bị; chi ủy họp trước; nội dung đúng, đủ, trọng tâm; có dự thảo nghị quyết.",
  },
  {
    id: "3",
    label: "Tổ chức sinh hoạt",
    content: "Đúng giờ, đúng trình tự; đủ nội dung; biểu dương, nhắc nhở; nhiều đảng viên phát biểu; từ 90 phút trở lên; ghi biên bản đầy đủ.",
  },
  {
    id: "4",
    label: "Thực hiện nguyên tắc",
    content: "Thực hiện đúng các nguyên tắc tổ chức và sinh hoạt đảng (tập trung dân chủ, tự phê bình và phê bình).",
  },
  {
    id: "5",
    label: "Kết quả",
    content: "Kết quả thực hiện kết luận, nghị quyết tháng trước.",
  },
];
