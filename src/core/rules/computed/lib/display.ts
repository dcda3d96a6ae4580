/** How facts read inside Vietnamese messages: dates dd/mm/yyyy, quoted excerpts kept short. */
import type { DateFact, VoteSubject } from "../../../facts/types";

const pad2 = (n: number) => String(n).padStart(2, "0");

export function formatDate(d: Pick<DateFact, "day" | "month" | "year">): string {
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

/** A task or vote excerpt for a message: squeezed and cut at a word boundary. */
export function excerpt(text: string, max = 70): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")} …`;
}

const subjects: Record<VoteSubject, string> = {
  resolution: "thông qua nghị quyết",
  conclusion: "thông qua kết luận",
  admission: "kết nạp đảng viên",
  confirmation: "công nhận đảng viên chính thức",
  agenda: "thông qua chương trình",
  minutes: "thông qua biên bản",
  grade: "xếp loại chất lượng",
  other: "",
};

/** "Biểu quyết thông qua nghị quyết", "Biểu quyết" for an unnamed item. */
export function voteLabel(subject: VoteSubject): string {
  const s = subjects[subject];
  return s ? `Biểu quyết ${s}` : "Biểu quyết";
}
