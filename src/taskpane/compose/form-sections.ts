/** The parts of the meeting form, in order, and which part holds a field (to open it on an error). */
export type FormPart = "cell" | "members" | "meeting" | "attendance" | "vote" | "tasks" | "thematic" | "content";

export const formPartTitles: Record<FormPart, string> = {
  cell: "Thông tin chi bộ",
  members: "Danh sách đảng viên",
  meeting: "Cuộc họp",
  attendance: "Điểm danh",
  vote: "Biểu quyết",
  tasks: "Nhiệm vụ tháng tới",
  thematic: "Chuyên đề",
  content: "Nội dung cuộc họp",
};

export function partOf(path: string): FormPart {
  if (path.startsWith("cell.members")) return "members";
  if (path.startsWith("cell")) return "cell";
  if (path.startsWith("meeting.attendance")) return "attendance";
  if (path.startsWith("meeting.vote")) return "vote";
  if (path.startsWith("meeting.tasks")) return "tasks";
  if (path.startsWith("meeting.thematic")) return "thematic";
  if (path.startsWith("content") || path.startsWith("resolution")) return "content";
  return "meeting";
}
