/**
 * The worked examples of shared/spec/process.md §6, as the facts their minutes would yield.
 */
import type { AttendanceFacts, VoteFact } from "../../../../../src/core/facts/types";
import { absence, attendance, noneAbsent, vote } from "./context";

/** Example 1: T 18 (C 15, D 3); present 16 (14 + 2); 1 official excused, 1 probationary unexcused. */
export const example1: AttendanceFacts = attendance({
  total: 18,
  official: 15,
  probationary: 3,
  present: 16,
  presentOfficial: 14,
  presentProbationary: 2,
  excused: absence({ paragraph: 9, count: 1, names: ["Trần Văn Bảo"], reasons: ["đi công tác"] }),
  unexcused: absence({ paragraph: 10, count: 1, names: ["Phạm Văn Dũng"] }),
});
export const example1Vote: VoteFact = vote({ method: "gio-tay", yes: 14, outOf: 14, text: "Biểu quyết bằng hình thức giơ tay: 14/14 đồng chí tán thành" });

/** Example 2: C 12, D 0; 2 absent without reason; present 10. */
export const example2: AttendanceFacts = attendance({
  total: 12,
  official: 12,
  probationary: 0,
  present: 10,
  excused: noneAbsent(9),
  unexcused: absence({ paragraph: 10, count: 2, names: ["Lê Văn Hùng", "Ngô Thị Hoa"] }),
});
/** The same meeting had both absences been "có lý do". */
export const example2Excused: AttendanceFacts = { ...example2, excused: absence({ paragraph: 9, count: 2, names: ["Lê Văn Hùng", "Ngô Thị Hoa"], reasons: ["ốm", "đi công tác"] }), unexcused: noneAbsent(10) };
export const example2Vote: VoteFact = vote({ yes: 6, no: 4, text: "6 đồng chí tán thành, 4 đồng chí không tán thành" });

/** Example 3: T 24 (C 21, D 3); E_in 1, E_out 1, A 1, S 1, X 1 (accepted), U 0; present 20. */
export const example3: AttendanceFacts = attendance({
  total: 24,
  official: 21,
  probationary: 3,
  exempt: 2,
  exemptPresent: 1,
  exemptAbsent: 1,
  away: 1,
  suspended: 1,
  present: 20,
  presentOfficial: 17,
  presentProbationary: 3,
  excused: absence({ paragraph: 9, count: 1, names: ["Võ Thị Mai"], reasons: ["ốm"], accepted: true }),
  unexcused: noneAbsent(10),
});
export const example3Vote: VoteFact = vote({ yes: 9, no: 7, other: 1, text: "9 tán thành, 7 không tán thành, 1 ý kiến khác" });

/** Example 4: C 15, D 2; 1 official absent with an accepted reason; present 14 + 2. */
export const example4: AttendanceFacts = attendance({
  total: 17,
  official: 15,
  probationary: 2,
  present: 16,
  presentOfficial: 14,
  presentProbationary: 2,
  excused: absence({ paragraph: 9, count: 1, names: ["Đinh Văn Nam"], reasons: ["đi công tác"], accepted: true }),
  unexcused: noneAbsent(10),
});
export const example4Vote: VoteFact = vote({
  subject: "admission",
  method: "phieu-kin",
  yes: 9,
  no: 5,
  text: "Bỏ phiếu kín kết nạp quần chúng Nguyễn Văn Em: 9 đồng ý, 5 không đồng ý",
});
