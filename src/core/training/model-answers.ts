/**
 * The meeting the training documents are drafted from: a cell of 14 members (12 official, 2
 * probationary), one member away on business, a guest from the upper committee, six speakers, a
 * unanimous show of hands. Every name is invented.
 */
import type { Answers, Member } from "../templates/answers";

const official = [
  "Trần Minh Đức", "Nguyễn Thị Hoa", "Lê Văn Hùng", "Phạm Thị Mai", "Võ Văn Nam", "Đỗ Thị Oanh",
  "Huỳnh Văn Phong", "Bùi Thị Quỳnh", "Đặng Văn Sáng", "Ngô Thị Tâm", "Dương Văn Toàn", "Lâm Thị Yến",
];
const probationary = ["Phan Văn Bảo", "Tạ Thị Cúc"];

export const trainingMembers: readonly Member[] = [
  ...official.map((name): Member => ({ name, status: "chinh-thuc" })),
  ...probationary.map((name): Member => ({ name, status: "du-bi" })),
];

const ABSENT = "Dương Văn Toàn";

export const trainingMinutesAnswers: Answers = {
  cell: {
    upperCommittee: "Đảng bộ phường Nghĩa Thành",
    cellName: "khu phố 4",
    placeName: "Gia Nghĩa",
    numbers: { BB: 9, NQ: 9 },
    usualPlace: "Nhà văn hóa khu phố 4",
    members: [...trainingMembers],
    biThu: "Trần Minh Đức",
    phoBiThu: "Nguyễn Thị Hoa",
  },
  meeting: {
    kind: "thuong-ky",
    date: "2025-12-04",
    startTime: "19:00",
    endTime: "20:45",
    place: "Nhà văn hóa khu phố 4",
    chair: { name: "Trần Minh Đức" },
    secretary: { name: "Nguyễn Thị Hoa" },
    guests: [{ name: "Lý Văn Kiên", position: "Đảng ủy viên phụ trách chi bộ" }],
    attendance: trainingMembers.map((m) =>
      m.name === ABSENT ? { member: m.name, status: "excused" as const, reason: "ốm" } : { member: m.name, status: "present" as const },
    ),
    vote: { method: "gio-tay", yes: 11, no: 0, other: 0 },
    tasks: [
      { text: "vận động các hộ đăng ký xây dựng khu phố văn hóa năm 2026", owner: "Trần Minh Đức", deadline: "2025-12-25" },
      { text: "tổ chức thăm hỏi các gia đình chính sách dịp Tết", owner: "Tổ đảng số 1", deadline: "trong tháng 12" },
    ],
  },
  content: {
    agendaAdopted: true,
    dues: { paid: 13, outOf: 13 },
    news: "Quán triệt Nghị quyết số 12-NQ/ĐU ngày 15/11/2025 của Đảng ủy phường về phát triển kinh tế đô thị.\nThông tin thời sự trong nước và địa phương tháng 11.",
    ideology: "ổn định, đảng viên và nhân dân phấn khởi, tin tưởng",
    review: {
      achieved: "hoàn thành vận động quỹ vì người nghèo; 100% đảng viên nộp đảng phí đúng hạn",
      shortcomings: "việc thu gom rác ở hẻm 12 chưa đều",
      causes: "chưa giao cụ thể cho tổ dân phố",
    },
    discussion: [
      { speaker: "Nguyễn Thị Hoa", opinion: "đề nghị giao tổ đảng số 2 phụ trách hẻm 12" },
      { speaker: "Lê Văn Hùng", opinion: "nhất trí với dự thảo nghị quyết" },
      { speaker: "Phạm Thị Mai", opinion: "đề nghị vận động thêm hộ kinh doanh ủng hộ quỹ" },
      { speaker: "Võ Văn Nam", opinion: "đề xuất lịch thăm hỏi gia đình chính sách" },
      { speaker: "Đỗ Thị Oanh", opinion: "đề nghị tăng cường tuyên truyền phòng cháy" },
      { speaker: "Huỳnh Văn Phong", opinion: "đề nghị hướng dẫn đảng viên dùng Sổ tay đảng viên điện tử" },
    ],
    selfCriticism: "đồng chí Võ Văn Nam tự nhận khuyết điểm chậm nộp báo cáo tổ đảng",
    commend: { commended: "đồng chí Phạm Thị Mai vận động quỹ đạt kết quả tốt", reminded: null },
    conclusion: "chi bộ thống nhất các nhiệm vụ tháng 12 như trên",
    reservedOpinions: [],
    grade: { grade: "Tốt", points: 91 },
    minutesAdopted: true,
  },
};
