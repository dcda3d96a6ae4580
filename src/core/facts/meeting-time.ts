/**
 * When the meeting was held: the start statement ("Thời gian: 19 giờ 30 phút, ngày 05/11/2025",
 * "Hôm nay, vào lúc …", "Vào hồi 8h00' ngày …", "Bắt đầu lúc 7g30"), the nghị quyết preamble ("Ngày
 * 05 tháng 11 năm 2025, Chi bộ … họp …") and the closing ("kết thúc vào lúc …", "bế mạc lúc …").
 * A range in the start statement ("từ 19 giờ 30 đến 21 giờ") gives the end when no closing does.
 */
import type { BodyParagraph } from "./body";
import { OPENING_SPAN, span } from "./body";
import type { DateFact, Span, TimeFact } from "./types";

export interface MeetingTime {
  meetingDate?: DateFact;
  startTime?: TimeFact;
  endTime?: TimeFact;
  /** A closing statement ("Cuộc họp kết thúc cùng ngày") that gives no clock time. */
  endStatement?: Span;
}

/** "Thời gian:" as a field (not "thời gian trong 2 giờ"), "Hôm nay", "Vào lúc", "Vào hồi", "Bắt đầu", "Khai mạc". */
const START_CUE = /(?<![a-z])(?:thoi gian(?: bat dau| hop| sinh hoat)?\s*(?::|-|–|(?=\s*(?:tu\s+|luc\s+|vao\s+)?(?:\d|ngay)))|hom nay|vao (?:luc|hoi)|bat dau|khai mac)/;
/** "lúc 7 giờ", "hồi 8h": a start only near the top and only in a sentence about the meeting. */
const WEAK_START_CUE = /(?<![a-z])(?:luc|hoi)(?=\s*\d|\s+[a-z]+\s+gio)/;
const MEETING_NOUN = /(?<![a-z])(?:chi bo|chi uy|cuoc hop|hoi nghi|sinh hoat|hop)(?![a-z])/;
const WEAK_SPAN = 12;
const END_CUE = /(?<![a-z])(?:ket thuc|be mac|thoi gian ket thuc)(?![a-z])/;
/** What closes: the meeting, not a task ("kết thúc năm học"). */
const END_SUBJECT = /(?<![a-z])(?:cuoc hop|buoi (?:hop|sinh hoat)|hoi nghi|bien ban|sinh hoat|phien hop|ky hop|chuong trinh)(?![a-z])|^\s*(?:[-–+•]\s*)?(?:thoi gian )?(?:ket thuc|be mac)/;
const RANGE_TO = /^\s*(?:den|toi|[-–])\s*/;
/** Preamble of a nghị quyết: a date first, then the cell meeting. */
const PREAMBLE = /^\s*(?:(?:hom nay|vao)\s*,?\s*)?(?:ngay|\d)/;
/** "Căn cứ kết quả sinh hoạt chi bộ định kỳ tháng 3 năm 2026, ngày 10/3/2026": the meeting a nghị quyết rests on. */
const BASIS_MEETING = /^\s*can cu(?![a-z])[^;]{0,80}(?<![a-z])(?:sinh hoat|cuoc hop|hoi nghi|ky hop|hop)(?![a-z])/;
const PREAMBLE_MEETING = /(?<![a-z])(?:chi bo|chi uy|dang bo)(?![a-z])[^.]{0,120}(?<![a-z])(?:hop|sinh hoat|to chuc|tien hanh)(?![a-z])/;

const inParagraph = <T extends Span>(list: readonly T[], index: number) => list.filter((x) => x.paragraph === index);

export function readMeetingTime(body: readonly BodyParagraph[], dates: readonly DateFact[], times: readonly TimeFact[]): MeetingTime {
  const result: MeetingTime = {};
  const opening = body.slice(0, OPENING_SPAN);

  // Start: the first opening paragraph that states a start with a clock time (or the preamble).
  let startPara: BodyParagraph | undefined;
  for (let k = 0; k < opening.length; k++) {
    const p = opening[k]!;
    const ts = inParagraph(times, p.index);
    const ds = inParagraph(dates, p.index);
    const preamble = ds.length > 0 && ((PREAMBLE.test(p.folded) && PREAMBLE_MEETING.test(p.folded)) || BASIS_MEETING.test(p.folded));
    const cue = START_CUE.exec(p.folded) ?? (k < WEAK_SPAN && MEETING_NOUN.test(p.folded) ? WEAK_START_CUE.exec(p.folded) : null);
    const end = END_CUE.exec(p.folded);
    if (!preamble && !cue) continue;
    const startTimes = ts.filter((t) => !end || t.start < end.index);
    if (startTimes.length > 0) {
      startPara = p;
      result.startTime = startTimes[0];
      const following = ts.find((t) => t.start > startTimes[0]!.end && RANGE_TO.test(p.folded.slice(startTimes[0]!.end, t.start)));
      if (following) result.endTime = following;
      result.meetingDate = ds[0] ?? nearbyDate(body, dates, p);
      break;
    }
    if (ds.length > 0 && !result.meetingDate) {
      // A date with no clock time: remember it, keep looking for a time statement just after.
      result.meetingDate = ds[0];
      startPara = p;
    }
  }
  if (startPara && !result.startTime) {
    // "Ngày 05/11/2025" on one line and "Vào lúc 19 giờ 30" on the next.
    const k = body.indexOf(startPara);
    for (const p of body.slice(k + 1, k + 3)) {
      const t = inParagraph(times, p.index)[0];
      if (t && (START_CUE.test(p.folded) || WEAK_START_CUE.test(p.folded)) && !END_CUE.test(p.folded)) {
        result.startTime = t;
        break;
      }
    }
  }

  // End: the last closing statement of the document.
  for (let i = body.length - 1; i >= 0; i--) {
    const p = body[i]!;
    if (p === startPara) break;
    const cue = END_CUE.exec(p.folded);
    if (!cue) continue;
    if (!END_SUBJECT.test(p.folded)) continue;
    const t = inParagraph(times, p.index).find((x) => x.start > cue.index);
    if (t) {
      result.endTime = t;
      result.endStatement = undefined;
      break;
    }
    result.endStatement ??= span(p.index, cue.index, cue.index + cue[0].length);
  }
  if (result.endTime && result.endStatement) result.endStatement = undefined;
  return result;
}

/** A date on the line before or after a start statement that has none. */
function nearbyDate(body: readonly BodyParagraph[], dates: readonly DateFact[], p: BodyParagraph): DateFact | undefined {
  const k = body.indexOf(p);
  for (const q of [body[k + 1], body[k - 1]]) {
    if (!q) continue;
    const d = inParagraph(dates, q.index)[0];
    if (d && /(?<![a-z])(?:ngay|hom nay)(?![a-z])/.test(q.folded)) return d;
  }
  return undefined;
}
