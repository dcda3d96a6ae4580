/**
 * BB.RESERVED_OPINION (G-DL9): when the minutes mention a reserved minority view ("bảo lưu ý kiến"),
 * they must say who reserved it and that it is recorded and reported upward. Silent otherwise.
 */
import { hasBlanks } from "../../locate/placeholder-marks";
import { paragraphsWith } from "../../locate/phrase-index";
import { locationOf } from "../../locate/span-location";
import { fold } from "../../text/normalize";
import { defineRule, type Report } from "../types";

const MENTION = /(?<![a-z])bao luu/;
const NEGATED = /khong (co )?(y kien |dong chi |ai |dang vien |truong hop )?(nao )?(xin )?bao luu|bao luu ?: ?(khong|0)|khong co y kien bao luu/;
const RECORDED = /ghi (nhan|lai|vao|ro|day du)|duoc ghi|bao cao (len )?(cap tren|cap uy|dang uy|chi uy|len)|bao cao len|phan anh len|gui len|trinh len|de bao cao|bao cao cap/;
const TITLES = /^(bi thu|pho bi thu|chu tri|chu toa|chi uy|thu ky|dang uy|cap uy)/;

/** "đồng chí Trần Văn Hải", "Đ/c Hải": a person named after "đồng chí" / "đ/c". */
function namesSomeone(text: string): boolean {
  const f = fold(text);
  const re = /(dong chi|d\/c|d\.c)\s*:?\s*/g;
  for (let m = re.exec(f); m; m = re.exec(f)) {
    const after = text.slice(m.index + m[0].length);
    if (/^\p{Lu}\p{L}*/u.test(after) && !TITLES.test(fold(after))) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: "bienban/reserved-opinion-recorded",
    elementId: "BB.RESERVED_OPINION",
    description: "Khi có đảng viên bảo lưu ý kiến, biên bản ghi rõ ai bảo lưu và việc ghi nhận, báo cáo lên cấp trên.",
    guidance: ["G-DL9"],
    fixable: false,
    messages: {
      noWho: "Biên bản ghi có ý kiến bảo lưu nhưng chưa ghi rõ đồng chí nào bảo lưu.",
      notRecorded: "Biên bản ghi có ý kiến bảo lưu nhưng chưa ghi việc ý kiến đó được ghi nhận, báo cáo lên cấp trên.",
    },
  },
  check(ctx) {
    // A mention holds "bao luu" in the folded text: most documents have none (the locator's one scan
    // per model says where it is), and then no paragraph needs folding here.
    if (paragraphsWith(ctx.doc, "bao luu").length === 0) return [];
    const ps = ctx.doc.paragraphs;
    const reports: Report[] = [];
    for (const p of ps.slice(ctx.facts.header.bodyStart)) {
      const f = fold(p.text);
      if (!MENTION.test(f) || NEGATED.test(f)) continue;
      // The name or the recording often follows in the next sentence or paragraph.
      const next = ps[p.index + 1]?.text ?? "";
      const context = `${p.text} ${next}`;
      // A template line still blank ("đồng chí … bảo lưu ý kiến: …") is CHK.PLACEHOLDERS' finding.
      if (hasBlanks(p.text, ctx.profile.settings.placeholderMarks)) continue;
      const location = locationOf(ctx.doc, p.index);
      if (!namesSomeone(context)) reports.push({ messageId: "noWho", ...(location ? { location } : {}) });
      if (!RECORDED.test(fold(context))) reports.push({ messageId: "notRecorded", ...(location ? { location } : {}) });
    }
    return reports;
  },
});
