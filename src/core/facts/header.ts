/**
 * The header block of page 1 (format.md §2–5, §9–10), read by text and position whatever mechanism
 * laid it out: a borderless two-column table (stacked paragraphs or two rows), plain paragraphs,
 * tab-separated columns in one paragraph, line breaks, text boxes. Everything above the type title is
 * the header; the subject follows the title; the body starts after an optional "-----" line.
 */
import type { DocModel, Paragraph } from "../model/types";
import { findDatePhrase, parseHeaderDate } from "./header-date";
import { lineKey, segmentsIn, squishedFold, type Segment } from "./header-segments";
import { titleKindOf, titleNameEnd } from "./header-title";
import { letterCase } from "../text/letter-case";
import { squishWhiteSpace } from "../text/white-space";
import { foldedAt } from "./paragraph-fold";
import type { HeaderFacts, Span } from "./types";

/** How far down the type title may sit (a header table plus blank lines stays well inside). */
const TITLE_SCAN = 40;
/** Without a title, the header is at most this many paragraphs before the first body-like one. */
const HEADER_SCAN = 20;
const SUBJECT_MAX = 200;

const RULE_LINE = /^[-–—_─━=~.*•\s]*[-–—_─━=~][-–—_─━=~.*•\s]*$/;

/** A drawn separator: dashes, underscores, box-drawing lines (at least three), or an empty bordered paragraph. */
function isRuleLine(p: Paragraph): boolean {
  const t = p.text.trim();
  if (t === "") return p.borderBottom === true;
  return RULE_LINE.test(t) && t.replace(/\s/g, "").length >= 3;
}

const BODY_START = /^(thoi gian|hom nay|vao (hoi|luc)|can cu|dia diem|chu tri|chu toa|thu ky|thanh phan|kinh gui|ngay \d|phan (i|1|thu)\b|(i|1)\s*[.\-)–]\s)/;

/** A paragraph that belongs to the body, not to the header or the subject; `folded` is fold(p.text). */
function isBodyLike(p: Paragraph, folded: string): boolean {
  const t = squishWhiteSpace(folded);
  return t.length > SUBJECT_MAX || BODY_START.test(t);
}

const isEmpty = (p: Paragraph) => p.text.trim() === "";

const PARTY_TITLE = "dang cong san viet nam";
const STATE_TITLE = "cong hoa xa hoi chu nghia viet nam";
const STATE_MOTTO = /^doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc$/;
const UPPER_ORG = /^(dang bo|dang uy|(huyen|quan|thi|thanh|tinh) uy)(\s|$)/;
const ISSUER = /^chi (bo|uy)(\s|$)/;
const STAR = /^\*{1,3}$/;
const NUMBER = /^so\s*[:.]?\s*[\d\s.…_x]*([-–/].*)?$/;
/** "Số 05 NQ CB": after "Số", only numbers, marks and capital codes (never "Số đảng viên …"). */
const NUMBER_CODES = /^(Số|So|SỐ|SO)(\s*[:.]\s*|\s+|$)[\d\s.…_xX\-–/&\p{Lu}]*$/u;

/** "Hà Nội, 05/11/2025": a place and a numeric date, nothing else (the comma is required). */
const PLACE_NUMERIC_DATE = /^[^\d,]{2,60},\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}$/;

const spanOf = (s: Segment): Span => ({ paragraph: s.paragraph, start: s.start, end: s.end });

function titleIndex(doc: DocModel): number {
  const limit = Math.min(doc.paragraphs.length, TITLE_SCAN);
  for (let i = 0; i < limit; i++) {
    const p = doc.paragraphs[i]!;
    if (titleKindOf(p, foldedAt.at(doc, i).folded)) return i;
  }
  return -1;
}

function headerEnd(doc: DocModel, title: number): number {
  if (title >= 0) return title;
  const limit = Math.min(doc.paragraphs.length, HEADER_SCAN);
  for (let i = 0; i < limit; i++) {
    const p = doc.paragraphs[i]!;
    if (p.container !== "table" && p.container !== "textbox" && isBodyLike(p, foldedAt.at(doc, i).folded)) return i;
  }
  return limit;
}

/** The segment that follows `s` in the same column (the line under it), if any. */
function nextInColumn(segments: readonly Segment[], s: Segment): Segment | undefined {
  const k = segments.indexOf(s);
  return segments.slice(k + 1).find((x) => x.column === s.column);
}

function ruleUnder(doc: DocModel, segments: readonly Segment[], issuer: Segment): Span | undefined {
  const next = nextInColumn(segments, issuer);
  if (next && next.text.replace(/\s/g, "").length >= 3 && RULE_LINE.test(next.text)) return spanOf(next);
  const own = doc.paragraphs[issuer.paragraph];
  const after = doc.paragraphs[issuer.paragraph + 1];
  // A rule drawn as a bottom border: on an empty paragraph under the issuer (same cell), or on the issuer line itself.
  if (after && isEmpty(after) && after.borderBottom && after.container === own?.container && after.cellPos?.cell === own?.cellPos?.cell) {
    return { paragraph: after.index, start: 0, end: 0 };
  }
  if (own?.borderBottom && segments.filter((x) => x.paragraph === own.index).length === 1) return spanOf(issuer);
  return undefined;
}

const SUBJECT_START = /^(ve|v\/v|sinh hoat|hop|ky hop|phien hop|cuoc hop|hoi nghi|thang|quy|lanh dao|trich yeu)(?![a-z])/;

/**
 * Without a rule under it, a line is the subject only if it looks like one (centred, bold, capitals,
 * or opening like "về …", "sinh hoạt …", "họp …"), so a short first body paragraph is not taken for it.
 */
function subjectLike(p: Paragraph): boolean {
  const bold = p.runs.length > 0 && p.runs.every((r) => r.format.bold || !r.text.trim());
  return p.alignment === "center" || bold || letterCase(p.text).upper || SUBJECT_START.test(squishedFold(p.text));
}

interface SubjectRead {
  subject?: HeaderFacts["subject"];
  bodyStart: number;
}

function readSubject(doc: DocModel, title: number): SubjectRead {
  const ps = doc.paragraphs;
  const candidates: Paragraph[] = [];
  let rule = -1;
  for (let i = title + 1; i < ps.length && candidates.length < 5; i++) {
    const p = ps[i]!;
    if (isRuleLine(p)) {
      rule = i;
      break;
    }
    if (isEmpty(p)) continue;
    if (isBodyLike(p, foldedAt.at(doc, i).folded)) break;
    candidates.push(p);
    if (p.borderBottom) {
      rule = i;
      break;
    }
  }
  let lines: Paragraph[];
  if (rule >= 0) lines = candidates;
  else {
    const first = candidates[0];
    lines = first && subjectLike(first) ? [first] : [];
    // Continuation lines look like the first: centred short lines.
    for (const p of lines.length ? candidates.slice(1, 3) : []) {
      const centred = p.alignment === "center" && first?.alignment === "center";
      if (!centred || p.text.length > SUBJECT_MAX) break;
      lines.push(p);
    }
  }
  const last = lines[lines.length - 1];
  let bodyStart = rule >= 0 ? rule + 1 : last ? last.index + 1 : title + 1;
  while (bodyStart < ps.length && isEmpty(ps[bodyStart]!)) bodyStart++;
  const first = lines[0];
  if (!first) return { bodyStart };
  const lead = first.text.length - first.text.trimStart().length;
  return {
    subject: {
      paragraph: first.index,
      start: lead,
      end: first.text.trimEnd().length,
      text: lines.map((p) => p.text.trim()).join(" "),
    },
    bodyStart,
  };
}

// Models are immutable snapshots; type detection and fact extraction both read the header.
const cache = new WeakMap<DocModel, HeaderFacts>();

export function extractHeaderFacts(doc: DocModel): HeaderFacts {
  const cached = cache.get(doc);
  if (cached) return cached;
  const facts = readHeader(doc);
  cache.set(doc, facts);
  return facts;
}

function readHeader(doc: DocModel): HeaderFacts {
  const title = titleIndex(doc);
  const end = headerEnd(doc, title);
  const segments = segmentsIn(doc, 0, end);
  const facts: HeaderFacts = { bodyStart: 0 };

  const find = (test: (s: Segment) => boolean) => segments.find(test);
  // Each line's key once, for the three whole-line looks.
  const keys = segments.map(lineKey);
  const byKey = (test: (key: string) => boolean) => segments[keys.findIndex(test)];
  const party = byKey((k) => k === PARTY_TITLE);
  if (party) facts.partyTitle = spanOf(party);
  const stateTitle = byKey((k) => k === STATE_TITLE);
  if (stateTitle) facts.stateTitle = spanOf(stateTitle);
  const motto = byKey((k) => STATE_MOTTO.test(k));
  if (motto) facts.stateMotto = spanOf(motto);

  const issuer = find((s) => ISSUER.test(s.folded) && s.text.length <= 120);
  if (issuer) {
    const name = issuer.text.replace(/^chi\s+(bộ|ủy|uỷ|bo|uy)\s*/iu, "").replace(/^chi\s+(bộ|bo)\s*/iu, "").trim();
    facts.issuer = { ...spanOf(issuer), text: issuer.text, name };
  }
  const orgs = segments.filter((s) => UPPER_ORG.test(s.folded) && s.text.length <= 120);
  const before = issuer ? orgs.filter((s) => segments.indexOf(s) < segments.indexOf(issuer)) : [];
  const upper = before[before.length - 1] ?? orgs[0];
  if (upper) facts.upperOrg = { ...spanOf(upper), text: upper.text };

  const stars = segments.filter((s) => s.text.includes("*") && STAR.test(s.text.replace(/\s/g, "")));
  const star = (issuer && stars.find((s) => segments.indexOf(s) > segments.indexOf(issuer))) ?? stars[0];
  if (star) facts.star = spanOf(star);
  else if (issuer) {
    const rule = ruleUnder(doc, segments, issuer);
    if (rule) facts.ruleInsteadOfStar = rule;
  }

  const number = find((s) => s.text.length <= 60 && (NUMBER.test(squishedFold(s)) || NUMBER_CODES.test(s.text)));
  if (number) facts.number = { ...spanOf(number), text: number.text };

  const placeDate = find((s) => s !== number && s.text.length <= 120 && (findDatePhrase(s.text) !== undefined || (s.text.includes(",") && PLACE_NUMERIC_DATE.test(s.text))));
  if (placeDate) {
    const date = parseHeaderDate(placeDate.text, placeDate.paragraph, placeDate.start);
    const phraseStart = findDatePhrase(placeDate.text)?.start ?? (date ? date.start - placeDate.start : 0);
    const place = placeDate.text.slice(0, phraseStart).replace(/[\s,;:]+$/, "").trim();
    facts.placeDate = { ...spanOf(placeDate), text: placeDate.text, ...(place ? { place } : {}), ...(date ? { date } : {}) };
  }

  if (title >= 0) {
    const p = doc.paragraphs[title]!;
    const kind = titleKindOf(p, foldedAt.at(doc, title).folded) ?? "OTHER";
    const lead = p.text.length - p.text.trimStart().length;
    const text = p.text.trim();
    facts.typeTitle = { paragraph: title, start: lead, end: lead + text.length, text, kind };
    const read = readSubject(doc, title);
    facts.bodyStart = read.bodyStart;
    if (read.subject) facts.subject = read.subject;
    else if (kind !== "OTHER") {
      // Title and subject on one line: "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11".
      const nameEnd = titleNameEnd(p.text, kind);
      const rest = p.text.slice(nameEnd);
      const restLead = rest.length - rest.trimStart().length;
      const restText = rest.trim();
      if (restText) facts.subject = { paragraph: title, start: nameEnd + restLead, end: nameEnd + restLead + restText.length, text: restText };
    }
  } else {
    let start = end;
    while (start < doc.paragraphs.length && isEmpty(doc.paragraphs[start]!)) start++;
    facts.bodyStart = segments.length ? start : 0;
  }
  return facts;
}
