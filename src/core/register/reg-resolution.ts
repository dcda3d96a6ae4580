/**
 * REG.RESOLUTION: every regular meeting ends with a nghị quyết or a recorded conclusion (HD 12
 * II.1.1: the draft prepared is "a draft nghị quyết or the expected kết luận"). A nghị quyết of the
 * same meeting date, or else of the same month, counts for the meeting.
 */
import { entriesOf, isRegular, isResolution, type RegisterCheck } from "./register-check";
import { monthLabel } from "./year-month";

export const regResolution: RegisterCheck = {
  meta: {
    id: "bienban/register-resolution",
    elementId: "REG.RESOLUTION",
    description: "Mỗi buổi sinh hoạt thường kỳ có nghị quyết, hoặc biên bản ghi kết luận của chủ trì.",
    guidance: ["G-HD12"],
    messages: {
      noResolution:
        "Buổi sinh hoạt thường kỳ {{month}} không có nghị quyết, và biên bản không ghi kết luận của chủ trì: mỗi kỳ sinh hoạt kết thúc bằng nghị quyết hoặc kết luận.",
    },
  },
  check(cell) {
    const resolutions = [...cell.byMonth.values()].flat().filter(isResolution);
    return cell.months.flatMap((month) => {
      const regular = entriesOf(cell, month).filter(isRegular);
      if (regular.length === 0 || regular.some((e) => e.conclusion)) return [];
      const dates = new Set(regular.map((e) => e.meetingDate).filter((d) => d !== null));
      if (resolutions.some((r) => (r.meetingDate !== null && dates.has(r.meetingDate)) || r.month === month)) return [];
      return [{ messageId: "noResolution", data: { month: monthLabel(month) }, month, documents: regular.map((e) => e.id) }];
    });
  },
};
