/**
 * Grades a meeting on its scorecard: every criterion the minutes decide is computed with the facts
 * behind it, the rest wait for the chi bộ's points (`given`), and the total counts what is known.
 * The chi bộ may also correct a computed criterion (the chi bộ votes the grade, process.md §7); the
 * computed points are kept beside its own.
 */
import { documentTypeLabels, type DocumentType } from "../catalog/document-types";
import type { CheckResult } from "../engine/check-document";
import type { DocModel } from "../model/types";
import { decideGrade } from "./decide-grade";
import { meetingEvidence } from "./meeting-evidence";
import { scoreAuto } from "./score-criterion";
import { scorecardFor } from "./scorecard-for";
import type { Scorecard, ScoredCriterion, ScoreResult } from "./types";

export interface ScoreOptions {
  /** Default: the scorecard of the profile in use (scorecardFor). */
  scorecard?: Scorecard;
  /** The chi bộ's points by criterion id (integers from 0 to the criterion's maximum). */
  given?: Readonly<Record<string, number>>;
}

export type ScoreOutcome = { ok: true; result: ScoreResult } | { ok: false; errors: string[] };

/** Only the minutes of a chi bộ meeting are graded (not a nghị quyết, not the chi ủy's own minutes). */
export function isScoredType(type: DocumentType | null): type is "bien-ban-thuong-ky" | "bien-ban-chuyen-de" {
  return type === "bien-ban-thuong-ky" || type === "bien-ban-chuyen-de";
}

export function notScoredMessage(type: DocumentType | null): string {
  const what = type ? `văn bản này là ${documentTypeLabels[type].toLowerCase()}` : "chưa nhận ra loại văn bản";
  return `Chấm điểm chất lượng chỉ dành cho biên bản sinh hoạt chi bộ (thường kỳ hoặc chuyên đề); ${what}.`;
}

function givenErrors(card: Scorecard, given: Readonly<Record<string, number>>): string[] {
  const errors: string[] = [];
  for (const [id, value] of Object.entries(given)) {
    const c = card.criteria.find((x) => x.id === id);
    if (!c) errors.push(`Bảng điểm “${card.label}” không có tiêu chí “${id}”. Các tiêu chí: ${card.criteria.map((x) => x.id).join(", ")}.`);
    else if (!Number.isInteger(value) || value < 0 || value > c.max) errors.push(`Điểm của tiêu chí “${c.label}” phải là số nguyên từ 0 đến ${c.max}.`);
  }
  return errors;
}

function shortcomingOf(c: ScoredCriterion, computed: string | undefined): string | undefined {
  if (c.points === null || c.points >= c.max) return undefined;
  // A computed criterion the chi bộ did not correct says what the minutes show; otherwise the points.
  if (computed !== undefined && !c.given) return computed;
  return `“${c.label}”: đạt ${c.points}/${c.max} điểm.`;
}

export function scoreMeeting(doc: DocModel, check: Pick<CheckResult, "documentType" | "facts" | "profile" | "findings">, options: ScoreOptions = {}): ScoreOutcome {
  const type = check.documentType;
  if (!isScoredType(type)) return { ok: false, errors: [notScoredMessage(type)] };
  const card = options.scorecard ?? scorecardFor(check.profile);
  const given = options.given ?? {};
  const errors = givenErrors(card, given);
  if (errors.length) return { ok: false, errors };

  const evidence = meetingEvidence({ doc, facts: check.facts, type, profile: check.profile, findings: check.findings });
  const shortcomings: string[] = [];
  const criteria = card.criteria.map((c): ScoredCriterion => {
    const score = scoreAuto(c, evidence, check.profile.settings);
    const own = given[c.id];
    const scored: ScoredCriterion = {
      id: c.id,
      label: c.label,
      ...(c.group ? { group: c.group } : {}),
      max: c.max,
      points: own ?? score.points,
      auto: c.auto !== undefined,
      given: own !== undefined,
      mustBeFull: c.mustBeFull === true,
      facts: score.facts,
      explanation: own !== undefined && c.auto ? `${score.explanation} Chi bộ chấm ${own}/${c.max} điểm.` : own !== undefined ? `Chi bộ chấm ${own}/${c.max} điểm.` : score.explanation,
      ...(c.guidance ? { guidance: c.guidance } : {}),
      ...(own !== undefined && c.auto ? { computed: score.points } : {}),
    };
    const shortcoming = shortcomingOf(scored, score.shortcoming);
    if (shortcoming) shortcomings.push(shortcoming);
    return scored;
  });
  const decision = decideGrade(criteria, card.bands);
  return {
    ok: true,
    result: {
      scorecard: { id: card.id, label: card.label, origin: card.origin, ...(card.note ? { note: card.note } : {}) },
      profile: check.profile.label,
      documentType: type,
      criteria,
      total: criteria.reduce((s, c) => s + (c.points ?? 0), 0),
      max: criteria.reduce((s, c) => s + c.max, 0),
      pending: criteria.filter((c) => c.points === null).reduce((s, c) => s + c.max, 0),
      grade: decision.grade,
      gradeReason: decision.reason,
      shortcomings,
    },
  };
}
