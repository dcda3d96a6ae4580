/**
 * CHK.SIGN_FORM (G-HD36 §1.7; format.md §6, §9): Party documents write the authority with a slash —
 * "T/M CHI BỘ". Dotted state forms ("TM.", "KT.", "TL.") are an error with a safe fix; "K/T" has no
 * place in a chi bộ (the deputy signs "T/M CHI BỘ / PHÓ BÍ THƯ"); the authority line must be one the
 * profile accepts.
 */
import { segmentsAt, squishedFold } from "../../facts/header-segments";
import { locationOf } from "../../locate/span-location";
import { replaceFix } from "../../locate/text-fix";
import { letterCase } from "../../text/letter-case";
import { isWhiteSpace } from "../../text/white-space";
import { defineRule, type Report } from "../types";

const FORM = /^(t ?\/ ?m|k ?\/ ?t|t ?\/ ?l|tm|kt|tl|tuq)(\.?)(\s+)(\S.*)$/;
const SLASHED: Record<string, string> = { tm: "T/M", tl: "T/L" };
/** An authority line is short ("T/M CHI BỘ", "T/M BAN CHẤP HÀNH ĐẢNG BỘ XÃ"); longer lines are prose. */
const MAX_LINE = 50;

/** What can split a paragraph into several segments (see header-segments). */
const MAY_SPLIT = /[\t\n\v\r\u2028]|[ \u00a0]{4}/;

function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/** Compare authority lines loosely: case, tone marks, spaces around the slash. */
const key = (s: string) => squishedFold(s).replace(/\s*\/\s*/g, "/").replace(/[.:]+$/, "");

export default defineRule({
  meta: {
    id: "bienban/sign-form",
    elementId: "CHK.SIGN_FORM",
    description: "Thể thức đề ký của Đảng: \"T/M CHI BỘ\" (gạch chéo), không dùng \"TM.\", \"KT.\" của văn bản nhà nước, không dùng \"K/T\" trong chi bộ.",
    guidance: ["G-HD36"],
    fixable: true,
    messages: {
      dotted: "Thể thức đề ký \"{{text}}\" là cách viết của văn bản nhà nước; văn bản của Đảng viết \"{{expected}}\".",
      stateAuthority: "Thể thức đề ký \"{{text}}\" là cách viết của văn bản nhà nước, không dùng trong văn bản của chi bộ.",
      deputy: "Chi bộ không ký thay \"K/T\" (\"{{text}}\"): phó bí thư ký \"T/M CHI BỘ\", chức vụ \"PHÓ BÍ THƯ\".",
      unknownAuthority: "Dòng thẩm quyền \"{{text}}\" không thuộc các dòng được chấp nhận ({{accepted}}).",
    },
  },
  check(ctx) {
    const accepted = ctx.profile.settings.authorityLines;
    const acceptedKeys = accepted.map(key);
    const reports: Report[] = [];
    const paragraphs = ctx.doc.paragraphs;
    for (let k = Math.max(0, ctx.facts.header.bodyStart); k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      // A long paragraph with no line break, tab or wide gap is one long line: not an authority line.
      if (p.text.length > MAX_LINE && !MAY_SPLIT.test(p.text) && trimmedLength(p.text) > MAX_LINE) continue;
      for (const s of segmentsAt.at(ctx.doc, k)) {
        if (s.text.length > MAX_LINE) continue;
        const m = FORM.exec(squishedFold(s));
        if (!m) continue;
        // Without a dot or a slash, "TM"/"KT" is only an authority line when written in capitals.
        if (!m[2] && !m[1]!.includes("/") && !letterCase(s.text).upper) continue;
        const form = m[1]!.replace(/[\s/]/g, "");
        const dotted = !m[1]!.includes("/");
        const location = locationOf(ctx.doc, s);
        const at = location ? { location } : {};
        if (form === "kt") {
          reports.push({ messageId: "deputy", data: { text: s.text }, ...at });
        } else if (dotted && SLASHED[form]) {
          const expected = SLASHED[form]!;
          // The prefix as written ("TM." / "TM"), in the segment's own characters.
          const prefixLength = /^\S+/.exec(s.text)?.[0].length ?? 0;
          const written = s.text.slice(0, prefixLength);
          const slash = written === written.toLowerCase() ? expected.toLowerCase() : expected;
          const fix = /^(tm|tl)\.?$/i.test(written) ? replaceFix(ctx.doc, s.paragraph, s.start, s.start + prefixLength, slash) : undefined;
          reports.push({ messageId: "dotted", data: { text: s.text, expected: `${expected} ${s.text.slice(prefixLength).trim()}` }, ...at, ...(fix ? { fix } : {}) });
        } else if (dotted) {
          reports.push({ messageId: "stateAuthority", data: { text: s.text }, ...at });
        } else if (!acceptedKeys.includes(key(s.text))) {
          reports.push({ messageId: "unknownAuthority", data: { text: s.text, accepted: accepted.map((a) => `"${a}"`).join(", ") }, ...at });
        }
      }
    }
    return reports;
  },
});
