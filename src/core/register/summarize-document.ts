/**
 * One checked document → the summary the register keeps (the model and the findings are dropped by
 * the caller right after). Pure: the caller reads the file and runs the checker.
 */
import type { CheckResult } from "../engine/check-document";
import { isoDate } from "../facts/iso-date";
import { matchPhrases, scopeParagraphs } from "../locate/phrase-match";
import type { DocModel } from "../model/types";
import { minutesElements } from "../rules/presence/minutes-elements";
import { squish } from "../text/normalize";
import { textFingerprint } from "./fingerprint";
import { readMeetingGrade } from "./meeting-grade";
import { meetingMonth } from "./meeting-month";
import { memberAbsences } from "./member-absences";
import type { DocumentSummary } from "./types";

const conclusionSpec = minutesElements.find((s) => s.elementId === "BB.CONCLUSION");

export function summarizeDocument(doc: DocModel, result: Pick<CheckResult, "documentType" | "facts" | "findings">): DocumentSummary {
  const { facts, documentType: type } = result;
  const h = facts.header;
  const issuerName = h.issuer ? squish(h.issuer.name) : "";
  const month = meetingMonth(facts, type);
  const meeting = type === "bien-ban-thuong-ky" || type === "bien-ban-chuyen-de";
  const grade = meeting ? readMeetingGrade(doc, h) : null;
  const conclusion =
    type !== null && type !== "nghi-quyet" && conclusionSpec !== undefined
      ? matchPhrases(scopeParagraphs(doc, h, conclusionSpec.scope), conclusionSpec.phrases).length > 0
      : false;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of result.findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return {
    issuer: h.issuer && issuerName ? { text: squish(h.issuer.text), name: issuerName } : null,
    upperOrg: h.upperOrg ? squish(h.upperOrg.text) : null,
    documentType: type,
    month: month?.month ?? null,
    monthBasis: month?.basis ?? null,
    meetingDate: isoDate(facts.meetingDate) ?? isoDate(facts.documentDate) ?? null,
    grade: grade?.grade ?? null,
    points: grade?.points ?? null,
    thematic: type === "bien-ban-chuyen-de" || (type === "bien-ban-thuong-ky" && facts.thematic),
    conclusion,
    absences: type === "bien-ban-thuong-ky" ? memberAbsences(facts.attendance) : null,
    errors,
    warnings,
    infos,
    fingerprint: textFingerprint(doc),
  };
}
