/** Parts that are no element: the short rule under the subject, the chi ủy's agenda for the cell. */
import type { FreePart } from "../types";
import { body, sentence, type SectionWriter } from "../lines";

export const freeLabels: Record<FreePart, string> = {
  separator: "Đường kẻ dưới trích yếu",
  "committee-agenda": "Nội dung chuẩn bị cho kỳ sinh hoạt chi bộ",
};

export const freeWriters: Record<FreePart, SectionWriter> = {
  separator: () => [{ text: "-----", style: "separator" }],
  "committee-agenda": (ctx) => {
    const items = ctx.answers?.content?.committeeAgenda;
    if (!items || items.length === 0) return [body(`Nội dung chuẩn bị cho kỳ sinh hoạt chi bộ: ${ctx.blank}`)];
    return [body("Nội dung chuẩn bị cho kỳ sinh hoạt chi bộ:"), ...items.map((i) => body(sentence(`- ${i}`)))];
  },
};
