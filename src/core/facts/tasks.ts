/**
 * Tasks of the next-tasks section of a biên bản (BB.NEXT_TASKS) or the tasks section of a nghị quyết
 * (NQ.TASKS): the numbered, dashed or plain lines after a heading such as "Phương hướng, nhiệm vụ
 * tháng 12", "Nhiệm vụ trọng tâm tháng tới", "NHIỆM VỤ, GIẢI PHÁP", up to the next heading or the
 * discussion. Each task keeps its owner ("giao đồng chí …", "Tổ đảng số 2", "chi ủy", "các đảng viên")
 * and time frame ("trước ngày 20/12", "trong tháng 12", "quý I", "hằng tháng", "báo cáo tại kỳ họp
 * tháng 01") as written, for CHK.TASK_SPECIFIC.
 */
import { letterCase } from "../text/letter-case";
import { honorificNames } from "../text/names";
import type { BodyParagraph } from "./body";
import type { TaskFact } from "./types";

const HEADING_WORDS =
  /^(?:(?:ve |cac )?(?:phuong huong|nhiem vu|chi tieu)(?:[,\s]+(?:va\s+)?(?:phuong huong|nhiem vu|giai phap|trong tam|chu yeu|cong tac|thang toi|thang \d{1,2}|ky toi|tiep theo|quy [ivx\d]+|nam \d{4}|chi tieu))*|(?:cong tac|nhiem vu) trong tam(?: thang)?|chuong trinh cong tac thang)(?![a-z])/;
const ROMAN_HEADING = /^\s*(?:phan\s+)?(?:[ivx]{1,5}|[a-d])\s*[.\-–)/]\s*/;
const STOP = /^(?:y kien thao luan|cac y kien|thao luan|(?:dong chi )?chu tri ket luan|ket luan|bieu quyet|tu phe binh|bieu duong|(?:cuoc hop|buoi sinh hoat|hoi nghi) ket thuc|to chuc thuc hien|xep loai|(?:chi bo )?tu danh gia)(?![a-z])/;
const HONORIFIC_BEFORE = /(?:dong chi|d\s?\/\s?c|d\.c\.?)\s*$/;
const HEADING_MAX = 140;

const OWNERS = [
  /(?<![a-z])(?:cac |moi )?to (?:dang )?(?:so )?\d+|(?<![a-z])cac to dang|(?<![a-z])to dang(?![a-z])/,
  /(?<![a-z])(?:ban )?chi uy(?: vien)?(?![a-z])|(?<![a-z])(?:pho )?bi thu(?: chi bo)?(?![a-z])/,
  /(?<![a-z])(?:cac|moi|toan the|tung) dang vien(?![a-z])/,
  /(?<![a-z])(?:chi doan|doan thanh nien|hoi (?:phu nu|nong dan|cuu chien binh|nguoi cao tuoi)|ban cong tac mat tran|mat tran|truong thon|to truong|ban dieu hanh|cong doan)(?![a-z])/,
];
const DEADLINES = [
  /(?<![a-z])(?:truoc|den|cham nhat|han chot)\s*(?:ngay\s*)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?/,
  /(?<![a-z])(?:truoc|den|cham nhat)\s*ngay\s*\d{1,2}\s*thang\s*\d{1,2}(?:\s*nam\s*\d{4})?/,
  /(?<![a-z])(?:trong|truoc|cuoi|dau|giua|het)\s+(?:thang|quy|nam|tuan)\s*(?:\d{1,2}|[ivx]+|nay|toi)(?![a-z\d])(?:\s*(?:\/|nam)\s*\d{4})?/,
  /(?<![a-z])quy\s+(?:[ivx]+|\d)(?![a-z\d])/,
  /(?<![a-z])hang (?:thang|tuan|quy|nam|ngay|ky)(?![a-z])/,
  /(?<![a-z])bao cao(?: ket qua)? (?:tai|trong|o) (?:ky hop|cuoc hop|buoi sinh hoat)(?: chi bo)? thang \d{1,2}/,
  /(?<![a-z])(?:tu|den) ngay \d{1,2}/,
  /(?<![a-z])tuan (?:dau|cuoi|thu \d|\d)(?![a-z])/,
];

/** An ASCII lower-case letter settles most lines at once (toUpperCase would change it). */
const isAllCaps = (s: string) => !ASCII_LOWER.test(s) && /\p{Lu}/u.test(s) && s === s.toUpperCase();
const ASCII_LOWER = /[a-z]/;

/** One of these is in every match of HEADING_WORDS: a paragraph without any is spared the slice and scans. */
const HEADING_KEYS = ["phuong huong", "nhiem vu", "chi tieu", "cong tac"];

function isHeading(p: BodyParagraph): { inline?: number } | undefined {
  if (!HEADING_KEYS.some((w) => p.folded.includes(w))) return undefined;
  const roman = ROMAN_HEADING.exec(p.folded);
  const from = roman ? roman[0].length : p.markEnd;
  const rest = p.folded.slice(from);
  const m = HEADING_WORDS.exec(rest);
  if (!m) return undefined;
  const colon = p.text.indexOf(":", from + m[0].length);
  // "Nhiệm vụ trọng tâm tháng 12: rà soát hộ nghèo …": the heading carries a task after its colon.
  if (colon >= 0 && p.text.slice(colon + 1).trim().length > 15) return { inline: colon + 1 };
  if (p.text.length <= HEADING_MAX || isAllCaps(p.text)) return {};
  return undefined;
}

function endsSection(p: BodyParagraph): boolean {
  if (ROMAN_HEADING.test(p.folded) && !/^\s*[a-d]\s*[.)]/.test(p.folded)) return true;
  if (isAllCaps(p.text) && letterCase(p.text).length > 3) return true;
  if (STOP.test(p.folded.slice(p.markEnd))) return true;
  if (p.markEnd === 0 && /:\s*$/.test(p.text) && p.text.length < 80) return true;
  return /^\s*(?:[-–+•]\s*)?(?:dong chi|d\s?\/\s?c)\s+\S+[^:]{0,40}:/.test(p.folded);
}

function task(p: BodyParagraph, from: number): TaskFact | undefined {
  const text = p.text.slice(from).trim();
  if (!/\p{L}{2}/u.test(text)) return undefined;
  const start = p.text.indexOf(text, from);
  const scope = p.folded.slice(start);
  const fact: TaskFact = { paragraph: p.index, start, end: start + text.length, text };
  const named = honorificNames(p.text, p.folded, start, p.text.length, p.toned)[0];
  let ownerAt = named ? named.start : Infinity;
  const honorific = named ? HONORIFIC_BEFORE.exec(p.folded.slice(0, named.start)) : null;
  let owner = named ? p.text.slice(named.start - (honorific ? honorific[0].length : 0), named.end) : undefined;
  for (const re of OWNERS) {
    const m = re.exec(scope);
    if (m && start + m.index < ownerAt) {
      ownerAt = start + m.index;
      owner = p.text.slice(ownerAt, ownerAt + m[0].length);
    }
  }
  if (owner) fact.owner = owner;
  let deadlineAt = Infinity;
  for (const re of DEADLINES) {
    const m = re.exec(scope);
    if (m && m.index < deadlineAt) {
      deadlineAt = m.index;
      fact.deadline = p.text.slice(start + m.index, start + m.index + m[0].length);
    }
  }
  return fact;
}

export function readTasks(body: readonly BodyParagraph[]): TaskFact[] {
  const out: TaskFact[] = [];
  let inSection = false;
  for (const p of body) {
    const heading = isHeading(p);
    if (heading) {
      inSection = true;
      if (heading.inline !== undefined) {
        const t = task(p, heading.inline);
        if (t) out.push(t);
      }
      continue;
    }
    if (!inSection) continue;
    if (endsSection(p)) {
      inSection = false;
      continue;
    }
    // A sub-heading inside the section ("1. Về công tác xây dựng Đảng:") is not a task.
    if (/:\s*$/.test(p.text) && p.text.length < 80) continue;
    const t = task(p, p.markEnd);
    if (t) out.push(t);
  }
  return out;
}
