/**
 * Named speakers in the discussion: "Đồng chí Nguyễn Văn A: …", "Đ/c Lê Thị B phát biểu …", "- đồng
 * chí … đề nghị …", "Ý kiến của đồng chí …: …", "- Nguyễn Văn A: …", several in one paragraph ("Ý kiến
 * thảo luận: đồng chí A đề nghị …; đồng chí B nhất trí …"). Not speakers: the chair opening or
 * concluding ("tuyên bố lý do", "kết luận"), the presenter of a draft, "Các đồng chí nhất trí".
 */
import { nameKey, readHonorificName, readName, type FoundName } from "../text/names";
import { isWhiteSpace } from "../text/white-space";
import { clausesOf, type BodyParagraph } from "./body";
import type { SpeakerFact } from "./types";

const SPEECH = String.raw`phat bieu|y kien|de nghi|de xuat|neu|cho rang|cho biet|nhat tri|thong nhat|tan thanh|dong y|gop y|tham gia|kien nghi|thao luan|bo sung|tiep thu|giai trinh|trao doi|lien he|tu nhan|dong tinh|chat van|danh gia|nhan manh|luu y|phan anh|dong gop|bay to|giai thich|de cap|tu phe binh|phe binh|tu kiem diem|kiem diem|bao cao them`;
/** After the name: optional "(Tổ trưởng tổ 2)" or ", Chi ủy viên,", then ":" or a speech verb. */
const AFTER_NAME = new RegExp(String.raw`^\s*(?:\([^)]{0,80}\)\s*)?(?:[,–-]\s*[^:,;.]{1,60}?[,–-]?\s*)?(?::\s*(?!\s*$)|(?:${SPEECH})(?![a-z]))`);
const NOT_SPEECH_AFTER_COLON = /^\s*(?:tuyen bo|gioi thieu|khai mac|be mac|ket luan|trinh bay du thao|doc)(?![a-z])/;
/** A field label before the speaker ("Ý kiến thảo luận:", "Tự phê bình và phê bình:"). */
const LABEL_PREFIX = /^[^:]{2,45}:\s*/;
const OPINION_OF = /^(?:y kien(?: cua)?|phat bieu cua)\s+/;
const MAY_NAME = /dong chi|d\s?\/\s?c|d\.c/;
const LIST_MARK = /^\s*(?:[-–—+•*·]|\d{1,2}[.)]|[a-zđ][.)])\s*/;
const HONORIFIC_IN_LABEL = /(?:dong chi|d\s?\/\s?c)/;

/**
 * Whether LIST_MARK may match at `at` (a non-space): its first unit is a mark or a digit, or a letter
 * followed by "." or ")". A cheap look that spares most clauses a slice and a regex.
 */
function mayListMark(folded: string, at: number): boolean {
  const c = folded.charCodeAt(at);
  if (c >= 0x30 && c <= 0x39) return true;
  if ((c >= 0x61 && c <= 0x7a) || c === 0x111) {
    const next = folded.charCodeAt(at + 1);
    return next === 0x2e || next === 0x29;
  }
  // - – — + • * ·
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2b || c === 0x2022 || c === 0x2a || c === 0xb7;
}

/**
 * Whether `folded` has an honorific starting in [start, end), or a colon there: without either a
 * clause names no speaker (readHonorificName needs one at a position of the clause, a bare name a
 * colon after it).
 */
const MAY_NAME_AT = /dong chi|d\s?\/\s?c|d\.c/g;
function maySpeak(folded: string, start: number, end: number): boolean {
  const colon = folded.indexOf(":", start);
  if (colon >= 0 && colon < end) return true;
  MAY_NAME_AT.lastIndex = start;
  const m = MAY_NAME_AT.exec(folded);
  return m !== null && m.index < end;
}

/** The speaker a clause starts with, if it starts with one. */
function speakerIn(p: BodyParagraph, start: number, end: number): FoundName | undefined {
  if (!maySpeak(p.folded, start, end)) return undefined;
  let at = start;
  const skip = (re: RegExp) => {
    const m = re.exec(p.folded.slice(at, end));
    if (m) at += m[0].length;
    return m !== null;
  };
  while (at < end && isWhiteSpace(p.folded.charCodeAt(at))) at++;
  // The looks below only skip the regexes where they cannot match; each regex still decides.
  const marked = at < end && mayListMark(p.folded, at) && skip(LIST_MARK);
  // LABEL_PREFIX: 2 to 45 units without a colon, then the colon, all in the clause.
  const colon = p.folded.indexOf(":", at + 2);
  const labelled = colon >= 0 && colon < end && colon - at <= 45 ? LABEL_PREFIX.exec(p.folded.slice(at, end)) : null;
  if (labelled && !HONORIFIC_IN_LABEL.test(labelled[0]) && !readName(p.text, at, p.toned)) {
    at += labelled[0].length;
    // "Ý kiến thảo luận: – Đồng chí …": a list mark may follow the label.
    skip(LIST_MARK);
  }
  if (p.folded.startsWith("y kien", at) || p.folded.startsWith("phat bieu cua", at)) skip(OPINION_OF);
  let name = readHonorificName(p.text, p.folded, at, p.toned);
  if (!name && marked) {
    // "- Nguyễn Văn A: …": a bare name only in a list line, only with a colon, only in mixed case.
    const bare = readName(p.text, at, p.toned);
    if (bare && bare.name !== bare.name.toUpperCase() && /^\s*:/.test(p.text.slice(bare.end, end))) name = bare;
  }
  if (!name) return undefined;
  const rest = p.folded.slice(name.end, end);
  const m = AFTER_NAME.exec(rest);
  if (!m) return undefined;
  if (m[0].trimEnd().endsWith(":") && NOT_SPEECH_AFTER_COLON.test(rest.slice(m[0].length))) return undefined;
  return name;
}

/** True when the paragraph opens with a named member speaking (votes and guests skip such lines). */
export function startsWithSpeaker(p: BodyParagraph): boolean {
  return speakerIn(p, 0, p.text.length) !== undefined;
}

export function readSpeakers(body: readonly BodyParagraph[]): SpeakerFact[] {
  const out: SpeakerFact[] = [];
  const seen = new Set<string>();
  for (const p of body) {
    // Cheap first look: a speaker needs "đồng chí"/"đ/c", or a list mark and a colon.
    if (!MAY_NAME.test(p.folded) && !(p.markEnd > 0 && p.text.includes(":"))) continue;
    // maySpeak's two looks, searched once per stretch rather than per clause (each would otherwise run
    // on to the paragraph's end): a clause before both next positions names no speaker.
    let colon = -1;
    let honorific = -1;
    for (const c of clausesOf(p)) {
      if (colon < c.start) {
        const i = p.folded.indexOf(":", c.start);
        colon = i < 0 ? Infinity : i;
      }
      if (honorific < c.start) {
        MAY_NAME_AT.lastIndex = c.start;
        honorific = MAY_NAME_AT.exec(p.folded)?.index ?? Infinity;
      }
      if (colon >= c.end && honorific >= c.end) continue;
      const name = speakerIn(p, c.start, c.end);
      if (!name) continue;
      const key = nameKey(name.name);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ paragraph: p.index, start: name.start, end: name.end, name: name.name });
    }
  }
  return out;
}
