/**
 * Attendance as minutes state it (process.md §6, §9): the register ("Tổng số đảng viên: 18 đồng chí
 * (chính thức 15, dự bị 03)", "Miễn sinh hoạt: 02 đ/c (01 có mặt, 01 vắng)", "Sinh hoạt tạm thời nơi
 * khác: 01"), those present ("Có mặt: 16/18 đồng chí", "Dự họp 16/18 đảng viên, đạt 88,9%"), and the
 * absent by class with names and reasons ("Vắng có lý do: 01 đ/c (Trần Văn B – đi công tác)", "Vắng
 * 02 đồng chí (01 có lý do: …; 01 không lý do: …)", "Đồng chí … vắng (ốm, có báo cáo)", "Vắng không lý
 * do: không có"). Counts are read in digits or words; nothing is guessed, except that a list of named
 * absentees with no number written counts its names.
 *
 * Each clause is read through "anchors" (the labels found outside parentheses); an anchor's scope runs
 * to the next anchor, so "(01 có mặt, 01 vắng)" inside the exemption stays the exemption's detail.
 */
import { honorificNames, nameKey, readName, type FoundName } from "../text/names";
import { COUNT_SOURCE, parseCount, parsePercent } from "../text/numbers";
import type { BodyParagraph } from "./body";
import { clausesOf, OPENING_SPAN } from "./body";
import type { AbsenceFact, AttendanceFacts, Span } from "./types";

const C = COUNT_SOURCE;
const UNIT = String.raw`(?:\s*(?:dong chi|d\s?\/\s?c|dang vien|chi uy vien|nguoi))?`;
const RATIO_OR_COUNT = String.raw`(?:(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/])|(${C}))`;

type AnchorKind = "total" | "totalHas" | "present" | "exempt" | "away" | "suspended" | "absent";

/**
 * Each anchor with the words one of which every match contains: a clause holding none of them is
 * not scanned with the anchor's pattern.
 */
const ANCHORS: readonly [AnchorKind, RegExp, readonly string[]][] = [
  ["total", /(?<![a-z])(?:tong so|so luong)(?![a-z])/g, ["tong so", "so luong"]],
  ["totalHas", /(?<![a-z])chi bo (?:hien )?co(?=\s*(?:tong so\s*)?(?:\d|[a-z]+ (?:dong chi|dang vien)))/g, ["chi bo "]],
  // "dự 16/18 đảng viên", "16 đảng viên dự": "dự" alone only beside a count or "đảng viên", never "dự bị".
  ["present", /(?<![a-z])(?:(?<!khong )co mat|du hop|tham du|hien dien|so (?:dang vien |dong chi |chi uy vien )?du|du(?=\s+\d)|(?<=(?:dang vien|dong chi|d\/c) )du(?! (?:bi|an|kien|thao|toan)(?![a-z])))(?![a-z])/g, ["du", "co mat", "hien dien"]],
  ["exempt", /(?<![a-z])(?:mien sinh hoat|mien cong tac va sinh hoat)(?: dang)?(?![a-z])/g, ["mien "]],
  ["away", /(?<![a-z])(?:sinh hoat tam thoi (?:o |tai )?(?:noi khac|chi bo khac|dang bo khac)|di sinh hoat tam thoi)(?![a-z])/g, ["sinh hoat tam thoi"]],
  ["suspended", /(?<![a-z])(?:dinh chi sinh hoat|bi dinh chi|tam dinh chi|bi truy to|bi khoi to|bi tam giam|tam giam)(?![a-z])/g, ["dinh chi", "truy to", "khoi to", "tam giam"]],
  ["absent", /(?<![a-z])(?:so (?:dang vien |dong chi )?)?vang(?: mat)?(?![a-z])/g, ["vang"]],
];

/**
 * All the anchors' words in one scan, each as a zero-width match where it starts (so words that
 * overlap are all seen; none is a prefix of another, so one alternative at most matches at a place).
 */
const ANCHOR_WORDS = new RegExp(`(?=(${ANCHORS.flatMap(([, , words]) => words).join("|")}))`, "g");
const ANCHOR_OF_WORD = new Map(ANCHORS.flatMap(([, , words], k) => words.map((w) => [w, 1 << k] as const)));

/** Bit k set: ANCHORS[k] has one of its words in `s`. */
function anchorsPresent(s: string): number {
  let bits = 0;
  ANCHOR_WORDS.lastIndex = 0;
  for (let m = ANCHOR_WORDS.exec(s); m; m = ANCHOR_WORDS.exec(s)) {
    bits |= ANCHOR_OF_WORD.get(m[1]!)!;
    ANCHOR_WORDS.lastIndex = m.index + 1;
  }
  return bits;
}

const TOTAL_VALUE = new RegExp(
  String.raw`^(?: (?:dang vien|dong chi|d\/c))?(?: (?:cua|trong|toan) chi bo| chi bo| trong danh sach| hien co| hien nay)?\s*[:\-–]?\s*(?:la\s+|co\s+)?(${C})${UNIT}`,
);
const TOTAL_HAS_VALUE = new RegExp(String.raw`^\s*(?:tong so\s*)?(${C})${UNIT}`);
const PRESENT_AFTER = new RegExp(
  String.raw`^(?: (?:cuoc hop|ky hop|buoi sinh hoat|hoi nghi|hop))?\s*[:\-–]?\s*(?:la\s+|co\s+|gom\s+)?${RATIO_OR_COUNT}`,
);
const PRESENT_BEFORE = new RegExp(String.raw`${RATIO_OR_COUNT}${UNIT}(?: chi uy vien)?\s*$`);
const COUNT_AFTER = new RegExp(String.raw`^\s*[:\-–]?\s*(?:la\s+|co\s+)?(${C})`);
const COUNT_BEFORE = new RegExp(String.raw`(${C})${UNIT}\s*(?:duoc|bi|dang)?\s*$`);
const EXEMPT_IN = new RegExp(String.raw`(${C})${UNIT}\s*(?:co mat|du hop|tham du)|(?:co mat|du hop)\s*[:\-–]?\s*(${C})`);
const EXEMPT_OUT = new RegExp(String.raw`(${C})${UNIT}\s*vang|vang(?: mat)?\s*[:\-–]?\s*(${C})`);
const PERCENT = /(\d{1,3}(?:[.,]\d{1,2})?)\s*%/;

const OFFICIAL = new RegExp(String.raw`(?<![a-z])(?:dang vien )?chinh thuc\s*[:\-–]?\s*(${C})|(${C})${UNIT}\s*(?:dang vien\s*)?chinh thuc`);
const PROBATIONARY = new RegExp(
  String.raw`(?<![a-z])(?:dang vien )?du bi\s*[:\-–]?\s*(khong co|khong|${C})(?![a-z])|(${C})${UNIT}\s*(?:dang vien\s*)?du bi`,
);
const ALL_OFFICIAL = /(?<![a-z])(?:deu (?:la )?(?:dang vien )?chinh thuc|khong co (?:dang vien )?du bi)(?![a-z])/;

const FULL = new RegExp(
  [
    String.raw`(?:du hop|co mat|tham du|tham gia)\s*(?:day du|du)(?![a-z])`,
    String.raw`day du (?:100% )?(?:dang vien|dong chi)`,
    String.raw`100\s?% (?:dang vien|dong chi)(?: trong chi bo)? (?:co mat|du hop)(?![a-z])`,
    String.raw`khong co (?:dang vien |dong chi |ai )?vang`,
    String.raw`khong ai vang`,
  ].join("|"),
);

/** "có lý do", "không lý do", "không có lý do", "có phép", "có báo cáo", "xin phép", optionally in parentheses. */
const CLASS_AT = /^[\s,]*\(?\s*(?:(co|khong(?: co)?)\s+(?:ly do|phep|bao cao|xin phep)|(xin phep|co phep))(?![a-z])(?: chinh dang)?\s*\)?/;
const NONE_AT = /^\s*[:\-–]?\s*(?:khong co ai|khong co|khong ai|khong|0+)(?![a-z\d])(?!\s*(?:co\s+)?(?:ly do|phep|bao cao))/;
const COUNT_AT = new RegExp(String.raw`^\s*[:\-–]?\s*(${C})${UNIT}`);
const SUB_CLASS = new RegExp(String.raw`(${C})${UNIT}\s*(?:vang\s*)?\(?\s*(co|khong(?: co)?)\s+(?:ly do|phep|bao cao)(?![a-z])\s*\)?\s*:?`, "g");
const VOTE_OR_DUES = /(?<![a-z])(?:tan thanh|bieu quyet|bo phieu|nhat tri|thong qua|dang phi|da nop)(?![a-z])/;
const LIST_LINE = /^\s*(?:[-–—+•*·]|\d{1,2}[.)])\s*/;
const SEGMENT = /[;,()–:]|\s-\s|\s(?:và|va)\s/gu;
/** Separators before a reason, and a class phrase in front of it ("có lý do: đi học" → "đi học"). */
const REASON_LEAD = /^[\s,:;–\-(]+(?:(?:(?:có|không|không có)\s+)?(?:lý do|phép|báo cáo)\s*[:,-]?\s*|(?:vì|do)\s+)?/iu;
const REASON_TAIL = /[\s,;:.)–\-]+$/;
const CLASS_WORDS_IN_REASON = /(?<![a-z])(?:(co|khong(?: co)?)\s+(?:ly do|phep|bao cao)|(xin phep))(?![a-z])/;

/**
 * What every anchor, FULL and the split (official / probationary) need at least one of: a clause
 * without any of them states nothing about attendance. ("dự" as a word: every "present" form has it.)
 */
const MAY_STATE_ATTENDANCE =
  /tong so|so luong|chi bo|co mat|du hop|tham du|tham gia|day du|du bi|(?<![a-z])du(?![a-z])|hien dien|mien|sinh hoat tam thoi|dinh chi|truy to|khoi to|tam giam|vang|100|chinh thuc/g;

type AbsenceClass = "excused" | "unexcused" | "unclassified";
type CountKey = { [K in keyof AttendanceFacts]-?: AttendanceFacts[K] extends number | undefined ? K : never }[keyof AttendanceFacts];

interface AbsenceStatement {
  cls: AbsenceClass;
  span: Span;
  count?: number;
  none: boolean;
  names: string[];
  reasons: string[];
  /** "Vắng có lý do: 01" (labelled count) vs "Đồng chí X vắng" (one person). */
  labelled: boolean;
}

interface Anchor {
  kind: AnchorKind;
  /** Offsets in the paragraph. */
  at: number;
  labelEnd: number;
}

/** Folded text with parenthesised content blanked (same length), to find labels at the top level. */
function maskParens(s: string): string {
  // Most clauses have no brackets: nothing to blank.
  if (!s.includes("(") && !s.includes("[")) return s;
  // Unit by unit (brackets are single units, so a surrogate pair is never one): each bracketed run,
  // brackets included, becomes as many spaces; the text between runs is copied in slices rather than
  // appended one character at a time.
  let depth = 0;
  let out = "";
  let copyFrom = 0;
  let blankFrom = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28 || c === 0x5b) {
      if (depth === 0) {
        out += s.slice(copyFrom, i);
        blankFrom = i;
      }
      depth++;
    } else if ((c === 0x29 || c === 0x5d) && depth > 0) {
      depth--;
      if (depth === 0) {
        out += " ".repeat(i + 1 - blankFrom);
        copyFrom = i + 1;
      }
    }
  }
  return depth > 0 ? out + " ".repeat(s.length - blankFrom) : out + s.slice(copyFrom);
}

function classOf(m: RegExpExecArray | null): AbsenceClass | undefined {
  if (!m) return undefined;
  if (m[2]) return "excused";
  return m[1] === "co" ? "excused" : "unexcused";
}

/** Names in text[from, to) with the reason written after each ("Trần Văn B – đi công tác"). */
function namesAndReasons(p: BodyParagraph, from: number, to: number): { names: FoundName[]; reasons: string[] } {
  const names = honorificNames(p.text, p.folded, from, to, p.toned);
  if (names.length === 0) {
    // No "đồng chí": a name may open any segment ("(Trần Văn B – đi công tác; Lê Thị C, ốm)").
    const starts = [from];
    SEGMENT.lastIndex = from;
    for (;;) {
      const m = SEGMENT.exec(p.text);
      if (!m || m.index >= to) break;
      starts.push(m.index + m[0].length);
    }
    for (const s of starts) {
      const n = readName(p.text, s, p.toned);
      if (n && n.end <= to && !names.some((x) => x.start === n.start)) names.push(n);
    }
  }
  const reasons: string[] = [];
  names.forEach((n, i) => {
    const end = names[i + 1]?.start ?? to;
    const raw = p.text.slice(n.end, end).replace(REASON_LEAD, "").replace(/,?\s*(?:đồng chí|đ\/c|Đ\/c|Đồng chí)\s*$/u, "").replace(REASON_TAIL, "");
    if (/\p{L}{2}/u.test(raw)) reasons.push(raw.trim());
  });
  return { names, reasons };
}

export function readAttendance(body: readonly BodyParagraph[]): AttendanceFacts {
  const att: AttendanceFacts = { full: false, spans: {} };
  const statements: AbsenceStatement[] = [];
  const opening = body.slice(0, OPENING_SPAN);
  let lastRole: "membership" | "present" = "membership";

  /** Sets a count the text gives, once (the first statement wins); never writes an undefined key. */
  const fill = (key: CountKey, value: number | undefined) => {
    if (value !== undefined && att[key] === undefined) att[key] = value;
  };
  const setSplit = (role: "membership" | "present", f: string, from: number, to: number) => {
    const scope = f.slice(from, to);
    // Every split pattern needs "chính thức" or "dự bị": without them there is nothing to read.
    const hasOfficial = scope.includes("chinh thuc");
    const hasProbationary = scope.includes("du bi");
    if (!hasOfficial && !hasProbationary) return;
    // OFFICIAL needs "chính thức", PROBATIONARY "dự bị": each scans (counts anywhere) only when its word is there.
    const o = hasOfficial ? OFFICIAL.exec(scope) : null;
    const d = hasProbationary ? PROBATIONARY.exec(scope) : null;
    const official = o ? parseCount(o[1] ?? o[2] ?? "") : undefined;
    const probWritten = d ? (d[1] ?? d[2] ?? "") : undefined;
    const probationary = probWritten === undefined ? undefined : /^khong/.test(probWritten) ? 0 : parseCount(probWritten);
    // "đều là đảng viên chính thức": no probationary member, all of the total official.
    const allOfficial = ALL_OFFICIAL.test(scope);
    if (role === "membership") {
      fill("official", official ?? (allOfficial ? att.total : undefined));
      fill("probationary", probationary ?? (allOfficial ? 0 : undefined));
    } else {
      fill("presentOfficial", official ?? (allOfficial ? att.present : undefined));
      fill("presentProbationary", probationary ?? (allOfficial ? 0 : undefined));
    }
  };

  for (let k = 0; k < opening.length; k++) {
    const p = opening[k]!;
    // Where the next attendance word is, searched in the whole paragraph once per stretch: clauses
    // before it are skipped unsliced. No such word crosses a clause end (";", ".", "!", "?").
    let next = -1;
    for (const clause of clausesOf(p)) {
      if (next < clause.start) {
        MAY_STATE_ATTENDANCE.lastIndex = clause.start;
        next = MAY_STATE_ATTENDANCE.exec(p.folded)?.index ?? Infinity;
      }
      if (next >= clause.end) continue;
      const f = p.folded.slice(0, clause.end);
      const cf = f.slice(clause.start);
      if (VOTE_OR_DUES.test(cf)) continue;
      // Offsets in `masked` are relative to the clause; at its start, lookbehinds see no letter either way.
      const masked = maskParens(cf);
      const anchors: Anchor[] = [];
      const present = anchorsPresent(masked);
      for (let k = 0; k < ANCHORS.length; k++) {
        if (!(present & (1 << k))) continue;
        const [kind, re] = ANCHORS[k]!;
        re.lastIndex = 0;
        for (let m = re.exec(masked); m; m = re.exec(masked)) {
          anchors.push({ kind, at: clause.start + m.index, labelEnd: clause.start + m.index + m[0].length });
        }
      }
      anchors.sort((a, b) => a.at - b.at);
      if (FULL.test(cf)) att.full = true;
      let sawRole = false;
      anchors.forEach((a, i) => {
        const scopeEnd = anchors[i + 1]?.at ?? clause.end;
        const after = f.slice(a.labelEnd, scopeEnd);
        const before = f.slice(Math.max(clause.start, (anchors[i - 1]?.labelEnd ?? clause.start)), a.at);
        const spanOf = (): Span => ({ paragraph: p.index, start: clause.start, end: clause.end });
        switch (a.kind) {
          case "total":
          case "totalHas": {
            const m = (a.kind === "total" ? TOTAL_VALUE : TOTAL_HAS_VALUE).exec(after);
            const n = m ? parseCount(m[1]!) : undefined;
            if (n === undefined || att.total !== undefined) return;
            att.total = n;
            att.spans.membership = spanOf();
            lastRole = "membership";
            sawRole = true;
            setSplit("membership", f, a.labelEnd, scopeEnd);
            return;
          }
          case "present": {
            const m = PRESENT_AFTER.exec(after) ?? PRESENT_BEFORE.exec(before);
            if (!m || att.present !== undefined) return;
            const x = m[1] !== undefined ? Number(m[1]) : parseCount(m[3] ?? "");
            if (x === undefined) return;
            att.present = x;
            if (m[2] !== undefined) att.presentOutOf = Number(m[2]);
            const pct = PERCENT.exec(after);
            if (pct) fill("presentPercent", parsePercent(pct[1]!));
            att.spans.present = spanOf();
            lastRole = "present";
            sawRole = true;
            setSplit("present", f, a.labelEnd, scopeEnd);
            return;
          }
          case "exempt":
          case "away":
          case "suspended": {
            const m = COUNT_AFTER.exec(after) ?? COUNT_BEFORE.exec(before);
            const n = m ? parseCount(m[1]!) : undefined;
            if (n === undefined) return;
            fill(a.kind === "exempt" ? "exempt" : a.kind, n);
            if (a.kind === "exempt") {
              // "(01 có mặt, 01 vắng)": exempted members present (E_in) and absent (E_out).
              const detail = f.slice(a.labelEnd, scopeEnd);
              const pin = EXEMPT_IN.exec(detail);
              const pout = EXEMPT_OUT.exec(detail);
              if (pin) fill("exemptPresent", parseCount(pin[1] ?? pin[2] ?? ""));
              if (pout) fill("exemptAbsent", parseCount(pout[1] ?? pout[2] ?? ""));
            }
            return;
          }
          case "absent":
            statements.push(...readAbsence(p, opening, k, a, scopeEnd, clause.end));
            return;
        }
      });
      // "trong đó chính thức 15 đ/c, dự bị 03 đ/c" on its own: the split of the last role read.
      if (!sawRole && !anchors.some((a) => a.kind === "exempt" || a.kind === "away" || a.kind === "suspended")) {
        setSplit(lastRole, f, clause.start, clause.end);
      }
    }
  }

  mergeAbsences(att, statements);
  if (att.unclassified?.none) att.full = true;
  if (att.present !== undefined && att.presentOutOf !== undefined && att.present === att.presentOutOf) att.full = true;
  if (att.present !== undefined && att.total !== undefined && att.present === att.total) att.full = true;
  return att;
}

/** One "vắng" anchor: a labelled class line, a mixed line, or "Đồng chí X vắng (…)". */
function readAbsence(p: BodyParagraph, opening: readonly BodyParagraph[], k: number, a: Anchor, scopeEnd: number, clauseEnd: number): AbsenceStatement[] {
  const clauseSpan: Span = { paragraph: p.index, start: a.at, end: clauseEnd };
  // Person first: a name ends just before "vắng".
  const before = honorificNames(p.text, p.folded, Math.max(0, a.at - 120), a.at, p.toned);
  const last = before[before.length - 1];
  if (last && /^[\s,]*(?:\([^)]*\))?[\s,]*$/.test(p.text.slice(last.end, a.at))) {
    const rest = p.folded.slice(a.labelEnd, scopeEnd);
    const classMatch = CLASS_AT.exec(rest);
    const cls = classOf(classMatch);
    const reasonFrom = a.labelEnd + (classMatch ? classMatch[0].length : 0);
    const reasonText = p.text.slice(reasonFrom, scopeEnd).replace(REASON_LEAD, "").replace(REASON_TAIL, "");
    const reason = /\p{L}{2}/u.test(reasonText) ? reasonText.trim() : undefined;
    const classInReason = classOf(CLASS_WORDS_IN_REASON.exec(rest));
    const resolved = cls ?? classInReason ?? (reason ? "excused" : "unclassified");
    return [{ cls: resolved, span: { paragraph: p.index, start: last.start, end: clauseEnd }, count: undefined, none: false, names: [last.name], reasons: reason ? [reason] : [], labelled: false }];
  }

  let pos = a.labelEnd;
  const classMatch = CLASS_AT.exec(p.folded.slice(pos, scopeEnd));
  let cls = classOf(classMatch);
  if (classMatch) pos += classMatch[0].length;
  const tail = p.folded.slice(pos, scopeEnd);
  const none = NONE_AT.exec(tail);
  if (none) {
    return [{ cls: cls ?? "unclassified", span: clauseSpan, count: 0, none: true, names: [], reasons: [], labelled: true }];
  }
  const countMatch = COUNT_AT.exec(tail);
  let count: number | undefined;
  if (countMatch) {
    count = parseCount(countMatch[1]!);
    pos += countMatch[0].length;
  }
  if (!cls) {
    const after = CLASS_AT.exec(p.folded.slice(pos, scopeEnd));
    if (after) {
      cls = classOf(after);
      pos += after[0].length;
    }
  }
  if (!cls) {
    // "Vắng 02 đồng chí (01 có lý do: đ/c … ; 01 không lý do: đ/c …)".
    const detail = p.folded.slice(pos, scopeEnd);
    const subs = [...detail.matchAll(SUB_CLASS)];
    if (subs.length > 0) {
      return subs.map((s, i) => {
        const from = pos + s.index + s[0].length;
        const to = i + 1 < subs.length ? pos + subs[i + 1]!.index : scopeEnd;
        const nr = namesAndReasons(p, from, to);
        return {
          cls: s[2] === "co" ? "excused" : "unexcused",
          span: clauseSpan,
          count: parseCount(s[1]!),
          none: false,
          names: nr.names.map((n) => n.name),
          reasons: nr.reasons,
          labelled: true,
        } satisfies AbsenceStatement;
      });
    }
  }
  const nr = namesAndReasons(p, pos, scopeEnd);
  if (!cls && nr.names.length > 0) {
    // "Vắng: 01 đồng chí (đ/c K'Thương, có lý do: đi học)": the class follows each name.
    const byName = nr.names.map((n, i) => classOf(CLASS_WORDS_IN_REASON.exec(p.folded.slice(n.end, nr.names[i + 1]?.start ?? scopeEnd))));
    if (byName.some((c) => c !== undefined)) return groupByClass(clauseSpan, nr, byName, count);
  }
  let names = nr.names.map((n) => n.name);
  let reasons = nr.reasons;
  const rest = p.text.slice(pos, scopeEnd).trim();
  if (names.length === 0 && (count ?? 0) > 0 && (rest === "" || rest.endsWith(":"))) {
    // The absentees follow as list lines ("- Đồng chí A: đi công tác").
    for (const q of opening.slice(k + 1, k + 1 + Math.min(count ?? 0, 10))) {
      const mark = LIST_LINE.exec(q.text);
      const start = mark ? mark[0].length : 0;
      // A line with its own "vắng" is a statement of its own, read as such.
      if ((!mark && !/^\s*(?:dong chi|d\s?\/\s?c)/.test(q.folded)) || /(?<![a-z])vang(?![a-z])/.test(q.folded)) break;
      const more = namesAndReasons(q, start, q.text.length);
      if (more.names.length === 0) break;
      names = [...names, ...more.names.map((n) => n.name)];
      reasons = [...reasons, ...more.reasons];
    }
  }
  if (count === undefined && names.length > 0) count = names.length;
  return [{ cls: cls ?? "unclassified", span: clauseSpan, count, none: false, names, reasons, labelled: true }];
}

/** Named absentees whose class is written beside each name: one statement per class. */
function groupByClass(span: Span, nr: { names: FoundName[]; reasons: string[] }, classes: (AbsenceClass | undefined)[], written: number | undefined): AbsenceStatement[] {
  const kinds = [...new Set(classes.map((c) => c ?? "unclassified"))];
  return kinds.map((cls) => {
    const mine = nr.names.filter((_, i) => (classes[i] ?? "unclassified") === cls);
    // The written count belongs to the class only when every name shares it.
    const count = kinds.length === 1 && written !== undefined ? written : mine.length;
    const reasons = nr.names.length === nr.reasons.length ? nr.reasons.filter((_, i) => (classes[i] ?? "unclassified") === cls) : kinds.length === 1 ? nr.reasons : [];
    return { cls, span, count, none: false, names: mine.map((n) => n.name), reasons, labelled: true };
  });
}

function mergeAbsences(att: AttendanceFacts, statements: readonly AbsenceStatement[]): void {
  for (const cls of ["excused", "unexcused", "unclassified"] as const) {
    const mine = statements.filter((s) => s.cls === cls);
    if (mine.length === 0) continue;
    const labelled = mine.filter((s) => s.labelled);
    const names: string[] = [];
    const reasons: string[] = [];
    const seen = new Set<string>();
    for (const s of mine) {
      s.names.forEach((n, i) => {
        const key = nameKey(n);
        if (seen.has(key)) return;
        seen.add(key);
        names.push(n);
        const r = s.labelled ? s.reasons[i] ?? (s.names.length === 1 ? s.reasons[0] : undefined) : s.reasons[0];
        if (r) reasons.push(r);
      });
      if (s.names.length === 0) reasons.push(...s.reasons);
    }
    const labelledCounts = labelled.map((s) => s.count).filter((n): n is number => n !== undefined);
    const count = labelledCounts.length > 0 ? labelledCounts.reduce((x, y) => x + y, 0) : names.length > 0 ? names.length : undefined;
    const none = mine.every((s) => s.none);
    const first = mine[0]!;
    // Spelled out rather than spread (every statement's span is exactly paragraph, start, end): a spread
    // of a literal takes a slow generic path.
    const fact: AbsenceFact = { paragraph: first.span.paragraph, start: first.span.start, end: first.span.end, none, names, reasons };
    if (count !== undefined) fact.count = count;
    att[cls] = fact;
    if (cls !== "unclassified") att.spans[cls] = first.span;
  }
}
