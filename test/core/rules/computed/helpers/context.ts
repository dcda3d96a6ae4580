/**
 * Hand-built facts and contexts for the computed rules: the rules read facts only, so their
 * arithmetic is tested without the extraction, and each rule runs through the real engine
 * (type filter, profile severity, message interpolation).
 */
import type { DocumentType } from "../../../../../src/core/catalog/document-types";
import { runRules } from "../../../../../src/core/engine/run-rules";
import type { AbsenceFact, AttendanceFacts, DateFact, Facts, SpeakerFact, TaskFact, TimeFact, VoteFact } from "../../../../../src/core/facts/types";
import type { DocModel } from "../../../../../src/core/model/types";
import { resolveProfile } from "../../../../../src/core/profiles/resolve-profile";
import type { DeepPartial, Profile, ProfileSettings } from "../../../../../src/core/profiles/types";
import type { Finding, RelatedDocument, Rule } from "../../../../../src/core/rules/types";
import { makeDoc } from "../../../../helpers/make-doc";

export const TODAY = "2026-11-27";

/** A body of numbered filler paragraphs so that every span's paragraph exists. */
export const fillerDoc = (n = 40): DocModel => makeDoc(...Array.from({ length: n }, (_, i) => `Đoạn ${i}.`));

export function attendance(over: Partial<AttendanceFacts> = {}): AttendanceFacts {
  return { full: false, spans: { present: { paragraph: 8, start: 0, end: 5 } }, ...over };
}

export function absence(over: Partial<AbsenceFact> = {}): AbsenceFact {
  return { paragraph: 9, start: 0, end: 5, none: false, names: [], reasons: [], ...over };
}

export const noneAbsent = (paragraph = 10): AbsenceFact => absence({ paragraph, none: true, count: 0 });

export function vote(over: Partial<VoteFact> = {}): VoteFact {
  return { paragraph: 30, start: 0, end: 5, text: "Biểu quyết", subject: "resolution", countless: false, ...over };
}

export function time(hour: number, minute: number, paragraph = 1, valid = true): TimeFact {
  return { paragraph, start: 0, end: 5, hour, minute, text: `${hour} giờ ${minute} phút`, valid };
}

export function date(day: number, month: number, year: number, over: Partial<DateFact> = {}): DateFact {
  const dd = String(day).padStart(2, "0");
  const mm = String(month).padStart(2, "0");
  return {
    paragraph: 1,
    start: 0,
    end: 5,
    day,
    month,
    year,
    text: `${dd}/${mm}/${year}`,
    form: "numeric",
    dayText: dd,
    monthText: mm,
    valid: true,
    ...over,
  };
}

export function task(text: string, over: Partial<TaskFact> = {}): TaskFact {
  return { paragraph: 20, start: 0, end: text.length, text, ...over };
}

export function speaker(name: string, paragraph = 22): SpeakerFact {
  return { paragraph, start: 0, end: name.length, name };
}

export function facts(over: Partial<Facts> = {}): Facts {
  return {
    header: { bodyStart: 0 },
    dates: [],
    times: [],
    guests: [],
    attendance: attendance(),
    votes: [],
    tasks: [],
    speakers: [],
    thematic: false,
    ...over,
  };
}

export interface RunOptions {
  type?: DocumentType;
  /** Content profile: "hd12" (default) or "hd42". */
  profile?: "hd12" | "hd42";
  settings?: DeepPartial<ProfileSettings>;
  doc?: DocModel;
  related?: RelatedDocument[];
  today?: string;
}

export function overlay(settings: DeepPartial<ProfileSettings>): Profile {
  return { id: "test-overlay", kind: "overlay", label: "Hồ sơ thử", guidance: [], settings };
}

export function run(rule: Rule, f: Facts, opts: RunOptions = {}): Finding[] {
  const profile = resolveProfile({ contentId: opts.profile ?? "hd12", formatId: "qd66-hd36", today: TODAY, overlays: opts.settings ? [overlay(opts.settings)] : [] });
  return runRules([rule], {
    doc: opts.doc ?? fillerDoc(),
    facts: f,
    type: opts.type ?? "bien-ban-thuong-ky",
    profile,
    related: opts.related ?? [],
    today: opts.today ?? TODAY,
  });
}

/** The findings as "messageId/severity" pairs: compact expectations for tables. */
export const ids = (fs: Finding[]) => fs.map((f) => `${f.messageId}/${f.severity}`);
