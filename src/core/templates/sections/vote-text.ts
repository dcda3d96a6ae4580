/**
 * The vote line (BB.VOTE, NQ.VOTE_RESULT): "Biểu quyết bằng hình thức giơ tay: 14/14 đồng chí tán
 * thành (100%); không tán thành: 0; ý kiến khác: 0". y is the official members present — the voters
 * (probationary members do not vote, G-DL3).
 */
import type { VoteMethod } from "../../facts/types";
import { percentText } from "../counts";
import type { FillContext } from "../fill-context";

const METHOD_WORDS: Record<VoteMethod, string> = {
  "gio-tay": "Biểu quyết bằng hình thức giơ tay",
  "the-dang-vien": "Biểu quyết bằng hình thức giơ thẻ đảng viên",
  "phieu-kin": "Biểu quyết bằng hình thức bỏ phiếu kín",
  "ung-dung": "Biểu quyết trên ứng dụng Sổ tay đảng viên điện tử",
};

export function voteText(ctx: FillContext): string {
  const v = ctx.answers?.meeting.vote;
  const b = ctx.blank;
  if (!v) return `Biểu quyết bằng hình thức ${b}: ${b}/${b} đồng chí tán thành (${b}%); không tán thành: ${b}; ý kiến khác: ${b}`;
  const voters = ctx.attendance?.present?.official;
  const share = voters === undefined ? `${v.yes}/${b} đồng chí tán thành (${b}%)` : `${v.yes}/${voters} đồng chí tán thành (${voters > 0 ? percentText(v.yes, voters) : "0%"})`;
  return `${METHOD_WORDS[v.method]}: ${share}; không tán thành: ${v.no}; ý kiến khác: ${v.other}`;
}
