/**
 * The built-in local scorecard for the HD 12 era, after the Bình Thuận handbook (G-BT [B]): HD 12's
 * five groups with points, the spec's grade bands, and G-BT's rule that "Tốt" also needs full marks
 * on attendance, duration, participation and minutes-keeping. G-BT's own points per criterion are
 * not in the spec: the points below are bienban's proposal (⚠), each criterion all-or-nothing as
 * HD 12 words its criteria; a Văn phòng replaces them with its own card in an overlay file.
 */
import { defaultGradeBands } from "./grade-bands";
import { hd12Frame } from "./hd12-frame";
import type { Scorecard } from "./types";

const group = (id: string) => hd12Frame.find((g) => g.id === id)!.label;

export const btScorecard: Scorecard = {
  id: "bt-hd12",
  label: "Bảng điểm theo khung Hướng dẫn 12 và sổ tay Bình Thuận",
  origin: { kind: "builtin", confidence: "B" },
  guidance: ["G-HD12", "G-BT"],
  note:
    "Năm nhóm tiêu chí theo Hướng dẫn 12-HD/BTCTW; mức xếp loại và điều kiện đạt điểm tối đa để xếp loại Tốt theo sổ tay Đảng ủy Khối tỉnh Bình Thuận [B]. Điểm từng tiêu chí do bienban đề xuất, chưa đối chiếu sổ tay: Văn phòng cấp ủy có thể thay bằng bảng điểm của mình trong tệp hồ sơ.",
  criteria: [
    {
      id: "bt-ty-le-du",
      label: "Tỷ lệ đảng viên tham dự đạt mức quy định, không ai vắng không lý do",
      group: group("1"),
      max: 15,
      auto: "attendance",
      bands: [{ min: "profile", points: 15 }],
      unexcusedPoints: 0,
      mustBeFull: true,
      guidance: "Đủ điểm khi tỷ lệ tham dự đạt mức của hồ sơ quy định (Hướng dẫn 12: trên 85%) và không có đảng viên vắng không lý do.",
    },
    {
      id: "bt-vang-lien-tiep",
      label: "Không có đảng viên vắng có lý do quá 3 lần liên tiếp trong năm",
      group: group("1"),
      max: 5,
      guidance: "Đối chiếu sổ theo dõi sinh hoạt cả năm (trừ đảng viên được miễn sinh hoạt, đảng viên trong lực lượng vũ trang làm nhiệm vụ đặc biệt).",
    },
    {
      id: "bt-chuan-bi",
      label: "Công tác chuẩn bị",
      group: group("2"),
      max: 10,
      guidance: "Bí thư hoặc phó bí thư chuẩn bị nội dung; chi ủy họp trước để thống nhất; nội dung đúng, đủ, có trọng tâm; có dự thảo nghị quyết hoặc kết luận.",
    },
    {
      id: "bt-thoi-luong",
      label: "Thời lượng sinh hoạt đủ mức tối thiểu",
      group: group("3"),
      max: 10,
      auto: "duration",
      bands: [{ min: "profile", points: 10 }],
      mustBeFull: true,
      guidance: "Đủ điểm khi buổi sinh hoạt kéo dài từ 90 phút trở lên (120 phút khi kết hợp sinh hoạt chuyên đề).",
    },
    {
      id: "bt-phat-bieu",
      label: "Nhiều đảng viên phát biểu ý kiến",
      group: group("3"),
      max: 10,
      auto: "speakers",
      bands: [{ min: "profile", points: 10 }],
      mustBeFull: true,
      guidance: "Đủ điểm khi số đảng viên phát biểu đạt mức của hồ sơ quy định (mặc định 30% số dự họp).",
    },
    {
      id: "bt-ghi-bien-ban",
      label: "Ghi biên bản đầy đủ",
      group: group("3"),
      max: 10,
      auto: "recorded",
      items: [
        { element: "BB.NEWS", points: 2, complete: true },
        { element: "BB.CONCLUSION", points: 2 },
        { element: "BB.VOTE", points: 2 },
        { element: "NQ.ASSIGNMENT", points: 2 },
        { element: "BB.MINUTES_ADOPTED", points: 2 },
      ],
      mustBeFull: true,
      guidance: "Biên bản ghi tên văn bản được phổ biến, kết luận của chủ trì, kết quả biểu quyết, việc phân công thực hiện và việc thông qua biên bản.",
    },
    {
      id: "bt-noi-dung",
      label: "Đúng giờ, đúng trình tự, đủ nội dung; biểu dương, nhắc nhở",
      group: group("3"),
      max: 10,
      guidance: "Bắt đầu đúng giờ, theo trình tự; đủ nội dung thường kỳ (thời sự, tư tưởng, đánh giá tháng trước, nhiệm vụ tháng tới); có biểu dương, nhắc nhở đảng viên.",
      evidence: ["BB.IDEOLOGY", "BB.REVIEW", "BB.NEXT_TASKS", "BB.COMMEND"],
    },
    {
      id: "bt-nguyen-tac",
      label: "Thực hiện nguyên tắc tổ chức và sinh hoạt đảng",
      group: group("4"),
      max: 15,
      guidance: "Tập trung dân chủ (biểu quyết đúng thẩm quyền, đúng tỷ lệ); tự phê bình và phê bình thẳng thắn; ý kiến bảo lưu được ghi nhận.",
      evidence: ["BB.VOTE", "BB.SELF_CRITICISM"],
    },
    {
      id: "bt-ket-qua",
      label: "Kết quả thực hiện nghị quyết, kết luận tháng trước",
      group: group("5"),
      max: 15,
      guidance: "Đối chiếu các nhiệm vụ của nghị quyết (kết luận) tháng trước với kết quả đã đạt.",
      evidence: ["BB.REVIEW"],
    },
  ],
  bands: [...defaultGradeBands],
};
