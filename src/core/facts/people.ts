/**
 * Who chaired, who took the minutes and which guests attended. Labels ("Chủ trì:", "Chủ tọa: Đ/c …",
 * "Người chủ trì:", "Chủ trì cuộc họp:", "Thư ký:", "Người ghi biên bản:", "Đại biểu dự:", "Khách
 * mời:") and sentences ("Đồng chí … chủ trì", "do đồng chí …, Bí thư Chi bộ chủ trì", "cử đ/c … làm
 * thư ký", "Về dự có đồng chí …") are both read. A title with no name ("Chủ trì: Bí thư chi bộ")
 * gives a person with a position and no name.
 */
import { honorificNames, readHonorificName, readName, readPosition, surnameNameIn, type FoundName } from "../text/names";
import type { BodyParagraph } from "./body";
import { OPENING_SPAN, trimRange } from "./body";
import type { PersonFact, Span } from "./types";

const FIELD_START = String.raw`(?:^|[.;]\s+|^\s*[-–+•*]\s*|\d\s*[.)]\s*)`;
const HON_AHEAD = String.raw`(?=\s*(?:dong chi|d\s?\/\s?c|d\.c)(?![a-z]))`;
const LABEL_TAIL = String.raw`\s*(?:[:\-–]|${HON_AHEAD})\s*`;
const MEETING = String.raw`(?: (?:cuoc hop|hoi nghi|buoi sinh hoat|buoi hop|phien hop|sinh hoat|ky hop))?`;

const CHAIR_LABEL = new RegExp(String.raw`${FIELD_START}(?:nguoi )?chu (?:tri|toa)${MEETING}${LABEL_TAIL}`, "g");
const SECRETARY_LABEL = new RegExp(String.raw`${FIELD_START}(?:thu ky${MEETING}|(?:nguoi )?ghi bien ban)${LABEL_TAIL}`, "g");
const GUEST_LABEL = new RegExp(
  String.raw`${FIELD_START}(?:dai bieu(?: (?:cap tren|tham du|du hop|du|moi|khach moi))*|khach moi|thanh phan moi)\s*[:\-–]\s*`,
  "g",
);
const GUEST_SENTENCE = /(?<![a-z])(?:ve du(?: va chi dao)?(?: (?:cuoc hop|hoi nghi|buoi sinh hoat|ky hop))?(?: co)?|co su tham du cua|tham du (?:co|gom))(?![a-z])\s*:?\s*/g;
const GUEST_UNNAMED = /(?<![a-z])(?:dai bieu|khach moi)(?![a-z])[^.;]{0,60}(?<![a-z])(?:du(?! (?:an|kien|thao|bi|toan|bao)(?![a-z]))|chi dao)(?![a-z])/;
/** "tuyên bố lý do, giới thiệu đại biểu (dự họp)": the opening ritual, not a statement that guests came. */
/** One of these is in every match of GUEST_LABEL, GUEST_SENTENCE and GUEST_UNNAMED. */
const GUEST_WORDS = ["dai bieu", "khach moi", "thanh phan moi", "ve du", "tham du"];
const RITUAL = /(?<![a-z])gioi thieu(?![a-z])/;
const VOTE_WORDS = /(?<![a-z])(?:tan thanh|nhat tri|bieu quyet|thong qua)(?![a-z])/;
const NONE_VALUE = /^\s*(?:khong co|khong)(?![a-z])/;

/** "chủ trì" ending a clause: "Đồng chí … chủ trì.", "…, chủ trì cuộc họp", not "chủ trì rà soát …". */
const CHAIR_VERB = /(?<![a-z])chu (?:tri|toa)(?=\s*(?:$|[.,;:)(]|(?:cuoc hop|hoi nghi|buoi|phien|ky hop)(?![a-z])))/g;
const SECRETARY_VERB = /(?<![a-z])(?:lam thu ky|ghi bien ban|lam nguoi ghi bien ban)(?![a-z])/g;
const ASSIGNS_TASK = /(?<![a-z])(?:giao|phan cong)(?![a-z])/;
const VALUE_END = /[;]|\.\s+(?=\p{Lu})|\.$/u;
const SENTENCE_END = /\.\s+(?=\p{Lu})|\.$/u;

/** A "Label: value" field's value: a person or a bare title. */
function personFromValue(p: BodyParagraph, at: number, limit: number): PersonFact {
  const rest = p.text.slice(at, limit);
  const stop = VALUE_END.exec(rest);
  const r = trimRange(p.text, at, at + (stop ? stop.index : rest.length));
  const base = { paragraph: p.index, start: r.start, end: r.end };
  const named =
    readHonorificName(p.text, p.folded, r.start, p.toned) ??
    readName(p.text, r.start, p.toned) ??
    honorificNames(p.text, p.folded, r.start, r.end, p.toned)[0] ??
    surnameNameIn(p.text, r.start, r.end, p.toned);
  if (named && named.end <= r.end) return withPosition(p, base, named, r.end);
  const value = p.text.slice(r.start, r.end).replace(/^(?:đồng chí|đ\/c|Đ\/c|Đồng chí)\s*/u, "").trim();
  return /\p{L}{2}/u.test(value) ? { ...base, position: value } : base;
}

function withPosition(p: BodyParagraph, base: Span, named: FoundName, limit: number): PersonFact {
  const pos = readPosition(p.text.slice(0, limit), named.end);
  // "Chủ trì: Bí thư Chi bộ, đồng chí Nguyễn Văn An": the title before the name is the position.
  const before = p.text.slice(base.start, named.start).replace(/(?:,?\s*(?:đồng chí|đ\/c|Đ\/c|Đồng chí|ĐỒNG CHÍ|Đ\/C)\s*)$/u, "").replace(/[\s,:–-]+$/, "").trim();
  const position = pos?.text ?? (/\p{L}{2}/u.test(before) ? before : undefined);
  return position ? { ...base, name: named.name, position } : { ...base, name: named.name };
}

function clauseStart(folded: string, at: number): number {
  const before = folded.slice(0, at);
  const cut = Math.max(before.lastIndexOf(";"), before.search(/\.\s+[^.]*$/));
  return cut < 0 ? 0 : cut + 1;
}

/** "Đồng chí X, Bí thư Chi bộ, chủ trì": the last name before the verb in its clause. */
function personBeforeVerb(p: BodyParagraph, verbAt: number): PersonFact | undefined {
  const from = clauseStart(p.folded, verbAt);
  if (ASSIGNS_TASK.test(p.folded.slice(from, verbAt))) return undefined;
  const names = honorificNames(p.text, p.folded, from, verbAt, p.toned);
  const named = names[names.length - 1];
  if (!named || verbAt - named.end > 80) return undefined;
  const between = p.text.slice(named.end, verbAt).replace(/^[\s,–-]+|[\s,–-]+$/g, "").replace(/^(?:làm|là)\s+/u, "");
  const base = { paragraph: p.index, start: named.start, end: named.end, name: named.name };
  return /\p{L}{2}/u.test(between) && !/^(?:do|được|sẽ)$/u.test(between) ? { ...base, position: between } : base;
}

/**
 * `words`: one of them is in every match of `label` and of `verb`; a paragraph with none is not
 * scanned with either pattern.
 */
function readRole(opening: readonly BodyParagraph[], label: RegExp, verb: RegExp, words: readonly string[]): PersonFact | undefined {
  let titleOnly: PersonFact | undefined;
  const mine = opening.filter((p) => words.some((w) => p.folded.includes(w)));
  for (const p of mine) {
    label.lastIndex = 0;
    const m = label.exec(p.folded);
    if (!m) continue;
    const fact = personFromValue(p, m.index + m[0].length, p.text.length);
    if (fact.name) return fact;
    titleOnly ??= fact;
  }
  for (const p of mine) {
    verb.lastIndex = 0;
    for (let m = verb.exec(p.folded); m; m = verb.exec(p.folded)) {
      const fact = personBeforeVerb(p, m.index);
      if (fact) return fact;
    }
  }
  return titleOnly;
}

export function readChair(body: readonly BodyParagraph[]): PersonFact | undefined {
  return readRole(body.slice(0, OPENING_SPAN), CHAIR_LABEL, CHAIR_VERB, ["chu tri", "chu toa"]);
}

export function readSecretary(body: readonly BodyParagraph[]): PersonFact | undefined {
  return readRole(body.slice(0, OPENING_SPAN), SECRETARY_LABEL, SECRETARY_VERB, ["thu ky", "ghi bien ban"]);
}

export interface GuestFacts {
  guests: PersonFact[];
  guestsMentioned?: Span;
}

const LIST_LINE = /^\s*(?:[-–—+•*·]|\d{1,2}[.)])\s*/;

/** Guests named in text[from, to): "đồng chí X, Đảng ủy viên; đồng chí Y, …" or a bare name first. */
function guestsIn(p: BodyParagraph, from: number, to: number): PersonFact[] {
  const names = honorificNames(p.text, p.folded, from, to, p.toned);
  if (names.length === 0) {
    const bare = readName(p.text, from, p.toned);
    if (bare) names.push(bare);
  }
  return names.map((n, i) => {
    const limit = names[i + 1]?.start ?? to;
    const pos = readPosition(p.text.slice(0, limit), n.end);
    const base = { paragraph: p.index, start: n.start, end: n.end, name: n.name };
    return pos ? { ...base, position: pos.text } : base;
  });
}

export function readGuests(body: readonly BodyParagraph[]): GuestFacts {
  const opening = body.slice(0, OPENING_SPAN);
  const guests: PersonFact[] = [];
  let mentioned: Span | undefined;
  for (let k = 0; k < opening.length; k++) {
    const p = opening[k]!;
    if (!GUEST_WORDS.some((w) => p.folded.includes(w))) continue;
    GUEST_LABEL.lastIndex = 0;
    GUEST_SENTENCE.lastIndex = 0;
    const m = GUEST_LABEL.exec(p.folded) ?? GUEST_SENTENCE.exec(p.folded);
    if (m) {
      const at = m.index + m[0].length;
      if (NONE_VALUE.test(p.folded.slice(at))) continue;
      // A guest list runs over ";" ("đồng chí A, …; đồng chí B, …") to the end of the sentence.
      const stop = SENTENCE_END.exec(p.text.slice(at));
      const to = stop ? at + stop.index : p.text.length;
      mentioned ??= { paragraph: p.index, start: m.index, end: to };
      const found = guestsIn(p, at, to);
      guests.push(...found);
      if (found.length === 0 && !/\p{L}{2}/u.test(p.text.slice(at, to))) {
        // "Đại biểu dự:" as a heading: the guests follow as list lines.
        for (const q of opening.slice(k + 1, k + 8)) {
          const mark = LIST_LINE.exec(q.text);
          if (!mark) break;
          guests.push(...guestsIn(q, mark[0].length, q.text.length));
        }
      }
      continue;
    }
    if (!mentioned && GUEST_UNNAMED.test(p.folded) && !VOTE_WORDS.test(p.folded) && !RITUAL.test(p.folded)) {
      const u = GUEST_UNNAMED.exec(p.folded)!;
      mentioned = { paragraph: p.index, start: u.index, end: u.index + u[0].length };
      guests.push(...honorificNames(p.text, p.folded, 0, p.text.length, p.toned).map((n) => {
        const pos = readPosition(p.text, n.end);
        const base = { paragraph: p.index, start: n.start, end: n.end, name: n.name };
        return pos ? { ...base, position: pos.text } : base;
      }));
    }
  }
  return mentioned ? { guests, guestsMentioned: mentioned } : { guests };
}
