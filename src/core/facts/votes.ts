/**
 * Vote statements (process.md §6, §9): "Biểu quyết bằng hình thức giơ tay: 15/15 đồng chí tán thành",
 * "Tán thành 14/14 đ/c (100%); không tán thành: 0; ý kiến khác: 0", "thông qua với 14/15 đồng chí tán
 * thành, đạt 93,3%", "bỏ phiếu kín: 10 phiếu đồng ý, 5 không", "biểu quyết trên ứng dụng Sổ tay đảng
 * viên", "100% đảng viên có mặt tán thành", "Hội nghị nhất trí thông qua với tỷ lệ 100%". Each gets a
 * subject (nghị quyết, kết luận, kết nạp, công nhận chính thức, chương trình, biên bản, xếp loại) from
 * its sentence, its paragraph or the paragraph before ("Đồng chí chủ trì kết luận: …" then the vote).
 * A method stated alone ("Chi bộ biểu quyết bằng hình thức giơ tay.") joins the counts that follow.
 */
import { COUNT_SOURCE, parseCount, parsePercent } from "../text/numbers";
import { clausesOf, type BodyParagraph } from "./body";
import { startsWithSpeaker } from "./speakers";
import type { VoteFact, VoteMethod, VoteSubject } from "./types";

const C = COUNT_SOURCE;
/** "đồng chí", "đ/c", "phiếu", "đồng chí đảng viên chính thức có mặt": what follows a vote count. */
const UNIT = String.raw`(?:\s*(?:dong chi|d\s?\/\s?c|dang vien|phieu|nguoi|dai bieu)(?: dang vien)?(?: chinh thuc)?(?: (?:co mat|du hop))?)?`;

/**
 * Cheap first look: a paragraph without any of these words holds no vote statement, and neither does
 * a clause (STRONG, ADOPT and AGREE each need one; no such word crosses a clause end).
 */
const ANY_VOTE_WORD = /bieu quyet|bo phieu|tan thanh|nhat tri|dong y|thong nhat|thong qua/g;
const STRONG = /(?<![a-z])(?:bieu quyet|bo phieu|tan thanh)(?![a-z])/;
const AGREE = /(?<![a-z])(?:nhat tri|dong y|thong nhat)(?![a-z])/;
const ADOPT = /(?<![a-z])thong qua(?![a-z])/;
const ADOPTED_THING = /(?<![a-z])(?:nghi quyet|ket luan|bien ban|chuong trinh|du thao|ket nap|chinh thuc|xep loai|noi dung)(?![a-z])/;
const TAN_THANH = /(?<![a-z])tan thanh(?![a-z])/;
const PERCENT = /(\d{1,3}(?:[.,]\d{1,2})?)\s*%/;
const ANY_COUNT = new RegExp(String.raw`(?<![\d/])\d{1,3}\s*\/\s*\d{1,3}(?![\d/])|(?<![\d,.])(?:${C})\s*(?:dong chi|d\s?\/\s?c|dang vien|phieu)(?![a-z])`);

const METHODS: readonly [VoteMethod, RegExp][] = [
  ["phieu-kin", /(?<![a-z])(?:phieu kin|bo phieu|phieu bau|phieu bieu quyet|\d+\s*phieu)(?![a-z])/],
  ["the-dang-vien", /(?<![a-z])(?:gio )?the dang vien(?![a-z])/],
  ["ung-dung", /(?<![a-z])(?:ung dung|so tay dang vien|phan mem|truc tuyen|dien tu)(?![a-z])/],
  ["gio-tay", /(?<![a-z])gio tay(?![a-z])/],
];

const SUBJECTS: readonly [VoteSubject, RegExp][] = [
  ["admission", /(?<![a-z])ket nap(?![a-z])/],
  ["confirmation", /(?<![a-z])(?:cong nhan (?:dang vien |dong chi [^,.;]{0,40})?chinh thuc|chuyen (?:dang )?chinh thuc)(?![a-z])/],
  ["minutes", /(?<![a-z])bien ban(?![a-z])/],
  ["grade", /(?<![a-z])(?:xep loai|cham diem|danh gia chat luong|tu danh gia)(?![a-z])/],
  ["agenda", /(?<![a-z])(?:chuong trinh|noi dung sinh hoat)(?![a-z])/],
  ["resolution", /(?<![a-z])nghi quyet(?![a-z])/],
  ["conclusion", /(?<![a-z])ket luan(?![a-z])/],
];

const NO_KW = /(?<![a-z])khong (?:tan thanh|nhat tri|dong y|thong nhat)(?![a-z])/g;
const YES_KW = /(?<![a-z])(?:tan thanh|nhat tri|dong y|thong nhat)(?![a-z])/g;
const OTHER_KW = /(?<![a-z])(?:co )?(?:y kien khac|bao luu(?: y kien)?)(?![a-z])/g;
const NO_OTHER = /(?<![a-z])khong (?:co )?(?:y kien khac|bao luu)(?![a-z])/;
/** "9 đồng ý, 5 không": a bare "không" after a count. */
const BARE_NO = /(?<![\d/])(\d{1,3})\s*(?:phieu\s*)?khong(?![a-z])(?!\s*(?:tan|nhat|dong|thong|co|y kien|ly do))/;

/** After the keyword: "tán thành 14/14", "không tán thành: 0", "ý kiến khác: không có"; a bare count must end its item. */
const COUNT_AFTER = new RegExp(
  String.raw`^\s*[:=]?\s*(?:la\s+|voi\s+)?(?:(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/])|(${C})(?!\s*%)(?=${UNIT}\s*(?:[,;.)(=]|$))|(khong co|khong)(?![a-z]))`,
);
/** "14/14 đồng chí (dự họp) (biểu quyết) tán thành": a count and its unit just before the keyword. */
const COUNT_BEFORE = new RegExp(String.raw`(?:(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/])|(${C}))${UNIT}(?:\s+(?:da\s+|deu\s+)?(?:bieu quyet|bo phieu|gio tay|deu))?\s*$`);

/** How far before a keyword its count may start ("11/11 đồng chí đảng viên chính thức có mặt biểu quyết …"). */
const BEFORE_WINDOW = 80;

interface Count {
  n?: number;
  outOf?: number;
}

const PERCENT_AT_END = /%\s*$/;

function countNear(s: string, at: number, end: number, allowNone: boolean): Count | undefined {
  // One slice for both looks at the window before the keyword.
  const window = s.slice(Math.max(0, at - BEFORE_WINDOW), at);
  const before = COUNT_BEFORE.exec(window);
  if (before && !PERCENT_AT_END.test(window)) {
    if (before[1] !== undefined) return { n: Number(before[1]), outOf: Number(before[2]) };
    const n = parseCount(before[3]!);
    if (n !== undefined) return { n };
  }
  const after = COUNT_AFTER.exec(s.slice(end));
  if (after) {
    if (after[1] !== undefined) return { n: Number(after[1]), outOf: Number(after[2]) };
    if (after[3] !== undefined) {
      const n = parseCount(after[3]);
      if (n !== undefined) return { n };
    }
    if (after[4] !== undefined && allowNone) return { n: 0 };
  }
  return undefined;
}

/** Counts, method and percentage of one sentence (folded). */
function readCounts(s: string): Pick<VoteFact, "yes" | "no" | "other" | "outOf" | "percent" | "method"> {
  const out: Pick<VoteFact, "yes" | "no" | "other" | "outOf" | "percent" | "method"> = {};
  const noRanges: [number, number][] = [];
  // exec loops rather than matchAll, which copies the regex on every call.
  NO_KW.lastIndex = 0;
  for (let m = NO_KW.exec(s); m; m = NO_KW.exec(s)) {
    noRanges.push([m.index, m.index + m[0].length]);
    const n = out.no === undefined ? countNear(s, m.index, m.index + m[0].length, true)?.n : undefined;
    if (n !== undefined) out.no = n;
  }
  YES_KW.lastIndex = 0;
  for (let m = YES_KW.exec(s); m; m = YES_KW.exec(s)) {
    if (noRanges.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const c = countNear(s, m.index, m.index + m[0].length, false);
    if (c?.n !== undefined) {
      out.yes = c.n;
      if (c.outOf !== undefined) out.outOf = c.outOf;
      break;
    }
  }
  if (NO_OTHER.test(s)) out.other = 0;
  else {
    OTHER_KW.lastIndex = 0;
    for (let m = OTHER_KW.exec(s); m; m = OTHER_KW.exec(s)) {
      const c = countNear(s, m.index, m.index + m[0].length, true);
      if (c?.n !== undefined) {
        out.other = c.n;
        break;
      }
    }
  }
  if (out.no === undefined) {
    const bare = BARE_NO.exec(s);
    if (bare && out.yes !== undefined) out.no = Number(bare[1]);
  }
  const pct = PERCENT.exec(s);
  const percent = pct ? parsePercent(pct[1]!) : undefined;
  if (percent !== undefined) out.percent = percent;
  for (const [method, re] of METHODS) {
    if (re.test(s)) {
      out.method = method;
      break;
    }
  }
  return out;
}

function subjectOf(...texts: string[]): VoteSubject | undefined {
  for (const t of texts) {
    for (const [subject, re] of SUBJECTS) if (re.test(t)) return subject;
  }
  return undefined;
}

/**
 * The paragraph before a vote only hints at its subject: there the chair's conclusion or the draft
 * resolution outranks words such as "nội dung sinh hoạt" ("Đồng chí Bí thư kết luận nội dung sinh
 * hoạt." then "Biểu quyết: …" is the conclusion's vote, not the agenda's).
 */
const CONTEXT_SUBJECTS: readonly [VoteSubject, RegExp][] = [
  ...SUBJECTS.filter(([subject]) => subject === "admission" || subject === "confirmation" || subject === "resolution" || subject === "conclusion"),
  ...SUBJECTS.filter(([subject]) => subject !== "admission" && subject !== "confirmation" && subject !== "resolution" && subject !== "conclusion"),
];

function contextSubjectOf(text: string): VoteSubject | undefined {
  for (const [subject, re] of CONTEXT_SUBJECTS) if (re.test(text)) return subject;
  return undefined;
}

/** A sentence that records a vote or an adoption (not "Các đồng chí nhất trí cao" in discussion). */
function isVoteSentence(s: string): boolean {
  if (STRONG.test(s)) return true;
  if (ADOPT.test(s) && ADOPTED_THING.test(s)) return true;
  return AGREE.test(s) && (PERCENT.test(s) || ANY_COUNT.test(s));
}

export function readVotes(body: readonly BodyParagraph[]): VoteFact[] {
  const out: VoteFact[] = [];
  /** A method stated alone ("Chi bộ biểu quyết bằng hình thức giơ tay."), waiting for its counts. */
  let pending: { fact: VoteFact; k: number } | undefined;
  const flush = () => {
    // A method with no result after it is still a vote, one that gives no count.
    if (pending) out.push(pending.fact);
    pending = undefined;
  };
  body.forEach((p, k) => {
    if (pending && k - pending.k > 2) flush();
    ANY_VOTE_WORD.lastIndex = 0;
    let next = ANY_VOTE_WORD.exec(p.folded)?.index ?? -1;
    if (next < 0) return;
    let speaker: boolean | undefined;
    // The subject from the paragraph or the one before, read once (null: none): read per clause, a
    // long paragraph of many votes would cost clauses × length.
    let paragraphSubject: VoteSubject | null | undefined;
    for (const c of clausesOf(p, false)) {
      // Where the next vote word starts, searched once per stretch: clauses before it are skipped unsliced.
      if (next < c.start) {
        ANY_VOTE_WORD.lastIndex = c.start;
        next = ANY_VOTE_WORD.exec(p.folded)?.index ?? Infinity;
      }
      if (next >= c.end) continue;
      const s = p.folded.slice(c.start, c.end);
      if (!isVoteSentence(s)) continue;
      // A member's own words ("Đồng chí X: nhất trí …") are discussion, not a vote.
      speaker ??= startsWithSpeaker(p);
      if (speaker) return;
      const counts = readCounts(s);
      const hasResult = counts.yes !== undefined || counts.no !== undefined || counts.percent !== undefined || AGREE.test(s) || TAN_THANH.test(s);
      // "Biểu quyết thông qua nghị quyết." with neither result nor method records nothing.
      if (!hasResult && !counts.method) continue;
      const prev = body[k - 1];
      let subject = subjectOf(s);
      if (subject === undefined) {
        if (paragraphSubject === undefined) paragraphSubject = subjectOf(p.folded) ?? (prev ? contextSubjectOf(prev.folded) : undefined) ?? null;
        subject = paragraphSubject ?? "other";
      }
      const fact: VoteFact = { paragraph: p.index, start: c.start, end: c.end, text: p.text.slice(c.start, c.end).trim(), subject, countless: counts.yes === undefined, ...counts };
      if (!hasResult) {
        // "Hình thức biểu quyết: giơ tay." just after counts given without one completes them.
        const last = out[out.length - 1];
        if (!pending && last && !last.method && !last.countless && last.paragraph >= (body[k - 2]?.index ?? 0)) last.method = counts.method;
        else {
          flush();
          pending = { fact, k };
        }
        continue;
      }
      if (pending) {
        if (!fact.method) fact.method = pending.fact.method;
        if (fact.subject === "other") fact.subject = pending.fact.subject;
        pending = undefined;
      }
      out.push(fact);
    }
  });
  flush();
  return out;
}
