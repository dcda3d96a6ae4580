/**
 * Complete answers for the round trips: a cell of 18 members (15 official, 3 probationary), one
 * member away on business, six speakers, a unanimous show of hands. Names are invented.
 */
import type { Answers, CellAnswers, Member } from "../../../src/core/templates";

const official = [
  "Nguyễn Văn An", "Lê Thị Bình", "Phạm Văn Dũng", "Hoàng Thị Em", "Phạm Thị Giang", "Trần Văn Hải", "Võ Văn Khoa",
  "Đặng Thị Lan", "Bùi Văn Minh", "Đỗ Thị Ngọc", "Ngô Văn Phúc", "Lý Thị Quyên", "Trương Văn Sơn", "Đinh Thị Thu", "Mai Văn Tùng",
];
const probationary = ["Vũ Thị Uyên", "Cao Văn Việt", "Hồ Thị Xuân"];

export const sampleMembers: Member[] = [
  ...official.map((name): Member => ({ name, status: "chinh-thuc", ...(name === "Trần Văn Hải" ? { committee: true } : {}) })),
  ...probationary.map((name): Member => ({ name, status: "du-bi" })),
];

export const sampleCell: CellAnswers = {
  upperCommittee: "Đảng bộ xã Tuy Lộc",
  cellName: "thôn Hòa Bình",
  placeName: "Tuy Lộc",
  numbers: { BB: 11, NQ: 5 },
  usualPlace: "Nhà văn hóa thôn Hòa Bình",
  members: sampleMembers,
  biThu: "Nguyễn Văn An",
  phoBiThu: "Lê Thị Bình",
};

/** Everyone present but Phạm Văn Dũng, away on business. */
export const sampleAttendance = sampleMembers.map((m) =>
  m.name === "Phạm Văn Dũng" ? { member: m.name, status: "excused" as const, reason: "đi công tác" } : { member: m.name, status: "present" as const },
);

export const sampleRegular: Answers = {
  cell: sampleCell,
  meeting: {
    kind: "thuong-ky",
    date: "2025-11-05",
    startTime: "19:30",
    endTime: "21:15",
    place: "Nhà văn hóa thôn Hòa Bình",
    chair: { name: "Nguyễn Văn An" },
    secretary: { name: "Lê Thị Bình" },
    guests: [{ name: "Trần Văn Cường", position: "Đảng ủy viên phụ trách chi bộ" }],
    attendance: sampleAttendance,
    vote: { method: "gio-tay", yes: 14, no: 0, other: 0 },
    tasks: [
      { text: "rà soát hộ nghèo, hộ cận nghèo năm 2025", owner: "Nguyễn Văn An", deadline: "2025-11-20" },
      { text: "tổ chức ra quân vệ sinh môi trường", owner: "Tổ đảng số 2", deadline: "trong tháng 11" },
    ],
  },
  content: {
    agendaAdopted: true,
    dues: { paid: 17, outOf: 17 },
    news: "Quán triệt Kế hoạch số 45-KH/ĐU ngày 20/10/2025 của Đảng ủy xã về chuyển đổi số.\nThông tin thời sự trong nước và địa phương tháng 10.",
    ideology: "ổn định, đảng viên và quần chúng tin tưởng vào sự lãnh đạo của Đảng",
    review: {
      achieved: "hoàn thành thu hoạch lúa mùa; 100% đảng viên nộp đảng phí đúng hạn",
      shortcomings: "vệ sinh môi trường ở xóm 3 chưa tốt",
      causes: "chưa phân công cụ thể cho từng tổ đảng",
    },
    discussion: [
      { speaker: "Lê Thị Bình", opinion: "đề nghị bổ sung chỉ tiêu thu gom rác thải" },
      { speaker: "Phạm Thị Giang", opinion: "nhất trí với dự thảo, đề nghị giao cụ thể cho tổ đảng" },
      { speaker: "Trần Văn Hải", opinion: "đề nghị chi bộ quan tâm hộ cận nghèo" },
      { speaker: "Võ Văn Khoa", opinion: "đề xuất thời hạn hoàn thành sớm hơn" },
      { speaker: "Đặng Thị Lan", opinion: "đề nghị tăng cường tuyên truyền" },
      { speaker: "Hoàng Thị Em", opinion: "đề nghị hỗ trợ đảng viên cao tuổi sử dụng Sổ tay đảng viên điện tử" },
    ],
    selfCriticism: "đồng chí Trần Văn Hải tự nhận khuyết điểm chậm nộp báo cáo",
    commend: { commended: "đồng chí Lê Thị Bình hoàn thành xuất sắc nhiệm vụ", reminded: null },
    conclusion: "chi bộ thống nhất các nhiệm vụ tháng 11 như trên",
    reservedOpinions: [],
    grade: { grade: "Tốt", points: 92 },
    minutesAdopted: true,
  },
};

/** A regular meeting that also held the theme in the same session (≥ 120 minutes). */
export const sampleCombined: Answers = {
  ...sampleRegular,
  meeting: {
    ...sampleRegular.meeting,
    kind: "thuong-ky-chuyen-de",
    endTime: "21:45",
    thematic: {
      topic: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm",
      presenter: "Trần Văn Hải",
      relation: "các đảng viên liên hệ bản thân về tác phong làm việc, đăng ký việc làm cụ thể",
      conclusion: "chi bộ thống nhất nội dung chuyên đề, mỗi đảng viên đăng ký một việc làm cụ thể",
    },
  },
};

/** A thematic meeting on its own. */
export const sampleThematicMeeting: Answers = {
  ...sampleCombined,
  meeting: { ...sampleCombined.meeting, kind: "chuyen-de", date: "2025-11-20", startTime: "14:00", endTime: "16:00", tasks: undefined },
  content: { ...sampleRegular.content, news: undefined, ideology: undefined, review: undefined },
};

/** The chi ủy's preparatory meeting: the bí thư, the phó bí thư and one chi ủy viên. */
export const sampleCommitteeMeeting: Answers = {
  cell: sampleCell,
  meeting: {
    kind: "chi-uy",
    date: "2025-11-01",
    startTime: "14:00",
    endTime: "15:30",
    place: "Phòng họp Chi bộ",
    chair: { name: "Nguyễn Văn An" },
    secretary: { name: "Lê Thị Bình" },
    attendance: [
      { member: "Nguyễn Văn An", status: "present" },
      { member: "Lê Thị Bình", status: "present" },
      { member: "Trần Văn Hải", status: "present" },
    ],
  },
  content: {
    committeeAgenda: ["đánh giá kết quả thực hiện nghị quyết tháng 10", "dự thảo nghị quyết tháng 11 trình chi bộ"],
    conclusion: "thống nhất nội dung trình chi bộ tại kỳ sinh hoạt ngày 05 tháng 11 năm 2025",
  },
};
