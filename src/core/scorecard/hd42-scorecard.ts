/**
 * The HD 42-era 100-point frame (process.md §7, ⚠ [C]: two third-party projects agree; detail from
 * An Phú ward, Kế hoạch 08-KH/ĐU, 19/9/2025). Not verified against HD 42 itself, so it is a profile
 * default shown as unverified. Criteria that are part automatic, part judgement are split so that
 * the minutes fill what they can; the split points follow the frame's own sub-scoring, and the
 * speakers' boundaries are the spec's (50 % → 4, 40 % → 4).
 */
import { defaultGradeBands } from "./grade-bands";
import type { Scorecard } from "./types";

const G1 = "1. Thời gian, thời lượng";
const G2 = "2. Tỷ lệ đảng viên dự sinh hoạt";
const G3 = "3. Công tác chuẩn bị";
const G4 = "4. Tổ chức sinh hoạt";
const G5 = "5. Điều hành của bí thư";
const G6 = "6. Thực hiện nguyên tắc";
const G7 = "7. Kết quả thực hiện nghị quyết tháng trước";
const G8 = "8. Kết thúc sinh hoạt";

export const hd42Scorecard: Scorecard = {
  id: "hd42-100",
  label: "Khung chấm điểm thời kỳ Hướng dẫn 42-HD/BTCTW",
  origin: { kind: "builtin", confidence: "C" },
  guidance: ["G-HD42"],
  note:
    "Khung 8 tiêu chí theo kế hoạch của một đảng ủy phường và hai nguồn thứ ba [C], chưa đối chiếu toàn văn Hướng dẫn 42-HD/BTCTW; các mức điểm là giá trị mặc định, Văn phòng cấp ủy có thể thay bằng bảng điểm của mình trong tệp hồ sơ.",
  criteria: [
    {
      id: "hd42-thoi-luong",
      label: "Thời gian, thời lượng sinh hoạt",
      group: G1,
      max: 5,
      auto: "duration",
      bands: [
        { min: "profile", points: 5 },
        { shortAtMost: 15, points: 4 },
        { shortAtMost: 30, points: 3 },
        { min: 50, points: 2 },
        { points: 1 },
      ],
      guidance: "5 điểm khi đủ thời lượng tối thiểu; 4 điểm thiếu đến 15 phút; 3 điểm thiếu trên 15 đến 30 phút; 2 điểm khi đạt khoảng một nửa; 1 điểm dưới một nửa.",
    },
    {
      id: "hd42-ty-le-du",
      label: "Tỷ lệ đảng viên tham dự",
      group: G2,
      max: 4,
      auto: "attendance",
      bands: [
        { min: 90, points: 4 },
        { min: 75, points: 3 },
        { min: 65, points: 2 },
        { points: 1 },
      ],
      unexcusedPoints: 1,
      guidance: "4 điểm từ 90% trở lên; 3 điểm từ 75% đến dưới 90%; 2 điểm từ 65% đến dưới 75%; 1 điểm dưới 65% hoặc có đảng viên vắng không lý do.",
    },
    {
      id: "hd42-vang-lien-tiep",
      label: "Không có đảng viên vắng có lý do quá 3 lần liên tiếp trong năm",
      group: G2,
      max: 1,
      guidance: "Đối chiếu sổ theo dõi sinh hoạt cả năm.",
    },
    {
      id: "hd42-chuan-bi",
      label: "Công tác chuẩn bị",
      group: G3,
      max: 10,
      guidance:
        "Chuẩn bị nội dung 3 điểm; định hướng và dự thảo nghị quyết 2 điểm; chi ủy họp chuẩn bị, có biên bản 2 điểm; thông báo đến đảng viên 1 điểm; đưa tài liệu lên ứng dụng Sổ tay đảng viên điện tử trước ít nhất 1 ngày 2 điểm.",
    },
    {
      id: "hd42-to-chuc",
      label: "Trình tự, nội dung sinh hoạt; biểu dương, nhắc nhở",
      group: G4,
      max: 24,
      guidance:
        "Đủ các bước 5 điểm; nội dung thường kỳ 10 điểm; sinh hoạt chuyên đề 5 điểm (tháng có chuyên đề); biểu dương, nhắc nhở 2 điểm; dành thời gian cho tình hình tư tưởng 1 điểm; sử dụng ứng dụng Sổ tay đảng viên 1 điểm.",
      evidence: ["BB.NEWS", "BB.IDEOLOGY", "BB.REVIEW", "BB.NEXT_TASKS", "BB.COMMEND"],
    },
    {
      id: "hd42-phat-bieu",
      label: "Số đảng viên phát biểu ý kiến",
      group: G4,
      max: 5,
      auto: "speakers",
      bands: [
        { min: 50, comparator: ">", points: 5 },
        { min: 40, points: 4 },
        { min: 30, points: 3 },
        { points: 2 },
      ],
      guidance: "5 điểm khi trên 50% số dự họp phát biểu; 4 điểm từ 40% đến 50%; 3 điểm từ 30% đến dưới 40%; 2 điểm dưới 30%.",
    },
    {
      id: "hd42-ghi-bien-ban",
      label: "Ghi biên bản đầy đủ",
      group: G4,
      max: 1,
      auto: "recorded",
      items: [{ element: "BB.NEWS", complete: true }, { element: "BB.DISCUSSION" }, { element: "BB.CONCLUSION" }, { element: "BB.VOTE" }],
      guidance: "1 điểm khi biên bản ghi tên văn bản được phổ biến, ý kiến phát biểu của từng đồng chí, kết luận và kết quả biểu quyết.",
    },
    {
      id: "hd42-dieu-hanh",
      label: "Điều hành của bí thư",
      group: G5,
      max: 10,
      guidance: "Linh hoạt 2 điểm; định hướng thảo luận 4 điểm; phát huy dân chủ 3 điểm; tổng hợp ý kiến thành kết luận 1 điểm.",
    },
    {
      id: "hd42-nguyen-tac",
      label: "Thực hiện nguyên tắc",
      group: G6,
      max: 5,
      guidance: "Tập trung dân chủ 1 điểm; tự phê bình và phê bình 2 điểm; tính lãnh đạo, tính giáo dục, tính chiến đấu 1 điểm; giải quyết tâm tư, kiến nghị của đảng viên 1 điểm.",
      evidence: ["BB.VOTE", "BB.SELF_CRITICISM"],
    },
    {
      id: "hd42-ket-qua",
      label: "Kết quả thực hiện nghị quyết tháng trước",
      group: G7,
      max: 30,
      guidance: "30 điểm khi đạt từ 90% chỉ tiêu trở lên; các mức 27, 24, 20, 15 điểm theo tỷ lệ chỉ tiêu đạt được; 10 điểm khi dưới 50%.",
      evidence: ["BB.REVIEW"],
    },
    {
      id: "hd42-ket-luan",
      label: "Kết luận được chi bộ biểu quyết thông qua",
      group: G8,
      max: 2,
      auto: "recorded",
      items: [{ element: "BB.CONCLUSION" }, { element: "BB.VOTE" }],
      guidance: "2 điểm khi biên bản ghi kết luận của chủ trì và kết quả biểu quyết.",
    },
    {
      id: "hd42-thong-qua",
      label: "Thông qua biên bản, phân công thực hiện",
      group: G8,
      max: 2,
      auto: "recorded",
      items: [
        { element: "BB.MINUTES_ADOPTED", points: 1 },
        { element: "NQ.ASSIGNMENT", points: 1 },
      ],
      guidance: "1 điểm khi biên bản được đọc lại và thông qua; 1 điểm khi nhiệm vụ được phân công cho người, tổ cụ thể.",
    },
    {
      id: "hd42-dang-tai",
      label: "Đăng tải kết quả lên ứng dụng trong 02 ngày",
      group: G8,
      max: 1,
      guidance: "Biên bản, nghị quyết được đưa lên ứng dụng Sổ tay đảng viên điện tử trong 02 ngày sau buổi sinh hoạt.",
    },
  ],
  bands: [...defaultGradeBands],
};
