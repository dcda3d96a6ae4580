/**
 * Grades a practice: which planted faults the learner marked, which they missed, and which correct
 * parts they marked by mistake. Each fault carries what the checker itself said on the practice
 * document, so the learner sees the same message a real check would give.
 */
import type { Finding } from "../rules/types";
import type { ChecklistOption, Practice, PracticeFault } from "./practices";

export interface GradedFault {
  fault: PracticeFault;
  label: string;
  /** The checker's messages on the practice document for this element (empty if it missed it). */
  checker: string[];
}

export interface PracticeGrade {
  found: GradedFault[];
  missed: GradedFault[];
  /** Marked, but correct in the document. */
  wrong: ChecklistOption[];
}

export function gradePractice(practice: Practice, marked: readonly string[], findings: readonly Finding[]): PracticeGrade {
  const chosen = new Set(marked);
  const label = (id: string) => practice.options.find((o) => o.elementId === id)?.label ?? id;
  const graded = practice.def.faults.map((fault): GradedFault => ({
    fault,
    label: label(fault.elementId),
    checker: [...new Set(findings.filter((f) => f.elementId === fault.elementId).map((f) => f.message))],
  }));
  const faultIds = new Set(practice.def.faults.map((f) => f.elementId));
  return {
    found: graded.filter((g) => chosen.has(g.fault.elementId)),
    missed: graded.filter((g) => !chosen.has(g.fault.elementId)),
    wrong: practice.options.filter((o) => chosen.has(o.elementId) && !faultIds.has(o.elementId)),
  };
}
