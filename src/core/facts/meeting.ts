/**
 * Every fact of Facts except the header, read once from the body (paragraphs from header.bodyStart,
 * so the header table is never read as body facts). Each extractor works on the same folded text
 * (diacritic-free lower case with the NFC text's offsets): ALL CAPS, text typed without tone marks
 * and "đ/c" read like the usual forms. Linear in the document: every regex is compiled once at
 * module level and each paragraph is folded once.
 */
import type { DocModel } from "../model/types";
import { findDates } from "../text/dates";
import { findTimes } from "../text/times";
import { readAttendance } from "./attendance";
import { bodyParagraphs, type BodyParagraph } from "./body";
import { readMeetingTime } from "./meeting-time";
import { readChair, readGuests, readSecretary } from "./people";
import { readPlace } from "./place";
import { readSpeakers } from "./speakers";
import { readTasks } from "./tasks";
import type { DateFact, Facts, HeaderFacts, TimeFact } from "./types";
import { readVotes } from "./votes";

const THEMATIC_LINE = /^(?:(?:noi dung|phan)\s+)?(?:sinh hoat\s+)?chuyen de(?![a-z])/;
const THEMATIC_SENTENCE = /(?<![a-z])(?:trinh bay (?:du thao |noi dung |bao cao )?chuyen de|ket luan chuyen de|sinh hoat chuyen de\s*:)/;
const ROMAN = /^\s*(?:[ivx]{1,5}|\d{1,2}|[a-d])\s*[.\-–)]\s*/;

function hasThematicPart(body: readonly BodyParagraph[]): boolean {
  return body.some((p) => {
    // Both patterns need "chuyên đề": most paragraphs are spared the slice and the scans.
    if (!p.folded.includes("chuyen de")) return false;
    const roman = ROMAN.exec(p.folded);
    const rest = p.folded.slice(roman ? roman[0].length : p.markEnd);
    return THEMATIC_LINE.test(rest) || THEMATIC_SENTENCE.test(p.folded);
  });
}

export function extractMeetingFacts(doc: DocModel, header: HeaderFacts): Omit<Facts, "header"> {
  const body = bodyParagraphs(doc, header);
  const dates: DateFact[] = [];
  const times: TimeFact[] = [];
  for (const p of body) {
    // Spelled out rather than spread (every key is always present, in this order): a spread takes a
    // slow generic path.
    for (const d of findDates(p.text, p.folded)) {
      dates.push({ paragraph: p.index, start: d.start, end: d.end, day: d.day, month: d.month, year: d.year, text: d.text, form: d.form, dayText: d.dayText, monthText: d.monthText, valid: d.valid });
    }
    for (const t of findTimes(p.text, p.folded, p.toned)) {
      times.push({ paragraph: p.index, start: t.start, end: t.end, hour: t.hour, minute: t.minute, text: t.text, valid: t.valid });
    }
  }
  const time = readMeetingTime(body, dates, times);
  const guests = readGuests(body);
  const facts: Omit<Facts, "header"> = {
    dates,
    times,
    guests: guests.guests,
    attendance: readAttendance(body),
    votes: readVotes(body),
    tasks: readTasks(body),
    speakers: readSpeakers(body),
    thematic: hasThematicPart(body),
  };
  if (time.meetingDate) facts.meetingDate = time.meetingDate;
  if (header.placeDate?.date) facts.documentDate = header.placeDate.date;
  if (time.startTime) facts.startTime = time.startTime;
  if (time.endTime) facts.endTime = time.endTime;
  if (time.endStatement) facts.endStatement = time.endStatement;
  const place = readPlace(body);
  if (place) facts.place = place;
  const chair = readChair(body);
  if (chair) facts.chair = chair;
  const secretary = readSecretary(body);
  if (secretary) facts.secretary = secretary;
  if (guests.guestsMentioned) facts.guestsMentioned = guests.guestsMentioned;
  return facts;
}
