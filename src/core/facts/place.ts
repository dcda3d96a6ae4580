/**
 * Where the meeting was held: "Địa điểm: Hội trường UBND xã", "Địa điểm họp: …", "Tại: Nhà văn hóa
 * thôn 3", "Nơi họp: …", or inline in the opening statement "…, tại phòng họp cơ quan, Chi bộ …".
 * A label with nothing after it ("Địa điểm: ……") is kept with its empty value so rules can tell an
 * unfilled field from a missing one.
 */
import type { BodyParagraph } from "./body";
import { OPENING_SPAN, trimRange } from "./body";
import type { Span } from "./types";

export type PlaceFact = Span & { text: string };

const FIELD_START = String.raw`(?:^|[.;]\s+|^\s*[-–+•*]\s*|,\s*)`;
const LABEL = new RegExp(
  String.raw`${FIELD_START}(?:dia diem(?: (?:hop|sinh hoat|to chuc|cuoc hop|hoi nghi))?|noi (?:hop|to chuc|sinh hoat)|tai)\s*(?::|-|–)\s*`,
  "g",
);
/** "Địa điểm Hội trường …" typed without a colon: the label then needs a capital letter after it. */
const LABEL_NO_COLON = new RegExp(String.raw`${FIELD_START}dia diem(?: (?:hop|sinh hoat|to chuc))?\s+(?=\S)`, "g");
/** Inline "tại <place>": not "tại kỳ họp", "tại cuộc họp", nor other words folding to "tai". */
const INLINE = /(?<![a-z])tai\s+(?!(?:ky|cuoc|buoi|hoi nghi|phien|day|do|sao|vi|chinh|lieu|san|cho|nan)(?![a-z]))/g;
/** The value runs to the end of the sentence or the next field. */
const VALUE_END = /[;]|\.\s+(?=\p{Lu})|\.$|,\s*(?=(?:chi bộ|Chi bộ|CHI BỘ|chủ trì|Chủ trì|thư ký|Thư ký|có mặt|Có mặt)\b)/u;
const INLINE_END = /[,;.(]/;
const MEETING_CONTEXT = /(?<![a-z])(?:chi bo|chi uy|cuoc hop|hoi nghi|sinh hoat|hop|hom nay|ngay|gio)(?![a-z])|\d{1,2}[hg:]\d/;

function valueAt(p: BodyParagraph, at: number, end: RegExp): PlaceFact {
  // "Địa điểm: tại Nhà văn hóa thôn": the place is what follows "tại".
  const lead = /^\s*tai\s+/.exec(p.folded.slice(at));
  if (lead) at += lead[0].length;
  const rest = p.text.slice(at);
  const stop = end.exec(rest);
  const r = trimRange(p.text, at, at + (stop ? stop.index : rest.length));
  return { paragraph: p.index, start: r.start, end: r.end, text: p.text.slice(r.start, r.end) };
}

export function readPlace(body: readonly BodyParagraph[]): PlaceFact | undefined {
  const opening = body.slice(0, OPENING_SPAN);
  for (const p of opening) {
    LABEL.lastIndex = 0;
    const m = LABEL.exec(p.folded) ?? (LABEL_NO_COLON.lastIndex = 0, LABEL_NO_COLON.exec(p.folded));
    if (m) return valueAt(p, m.index + m[0].length, VALUE_END);
  }
  for (const p of opening) {
    INLINE.lastIndex = 0;
    for (let m = INLINE.exec(p.folded); m; m = INLINE.exec(p.folded)) {
      // Only "tại" as written (or untoned "tai"), never "tài", "tái", "tải".
      const word = p.text.slice(m.index, m.index + 3).toLowerCase();
      if (word !== "tại" && !(word === "tai" && !p.toned)) continue;
      const value = valueAt(p, m.index + m[0].length, INLINE_END);
      // "tại" opens the line, or the sentence is about the meeting ("Chi bộ họp tại …", a time, a date).
      const outside = p.folded.slice(0, m.index) + " " + p.folded.slice(value.end);
      const aboutMeeting = p.folded.slice(0, m.index).trim() === "" || MEETING_CONTEXT.test(outside);
      if (aboutMeeting && /\p{L}{2}/u.test(value.text)) return value;
    }
  }
  return undefined;
}
