/**
 * The step-by-step guide as data: for a document type, its sections in meeting order (the order of
 * locate/meeting-order, which the insert fixes follow too), each with what to record, why, an example
 * and the guidance it rests on. Conditional sections (guests, reserved opinions, the thematic part of
 * a regular meeting) are listed too; stepStatuses leaves them out when they do not apply.
 */
import type { DocumentType } from "../catalog/document-types";
import { elementById } from "../catalog/elements";
import type { GuidanceId } from "../guidance/catalog";
import { documentOrder } from "../locate/meeting-order";
import { stepTexts, type StepText } from "./step-texts";

/** Where a section belongs in the meeting (and in the document). */
export type StepPhase = "header" | "opening" | "content" | "closing" | "resolution" | "signing";

export const stepPhaseLabels: Record<StepPhase, string> = {
  header: "Phần đầu văn bản",
  opening: "Khai mạc",
  content: "Nội dung sinh hoạt",
  closing: "Kết thúc",
  resolution: "Nội dung nghị quyết",
  signing: "Ký và gửi",
};

export interface StepGuide extends StepText {
  elementId: string;
  label: string;
  phase: StepPhase;
  guidance: readonly GuidanceId[];
}

const OPENING_END = "BB.DUES";
/** The closing steps of process.md §3 (K1–K6) start with the chair's conclusion. */
const CLOSING_START = "BB.CONCLUSION";
const SIGNING = new Set(["BB.SIGN_CHAIR", "BB.SIGN_SECRETARY", "NQ.RECIPIENTS", "NQ.SIGNATURE"]);

function phasesOf(type: DocumentType, order: readonly string[]): Map<string, StepPhase> {
  const phases = new Map<string, StepPhase>();
  let phase: StepPhase = "opening";
  for (const id of order) {
    if (id.startsWith("HDR.")) phases.set(id, "header");
    else if (SIGNING.has(id)) phases.set(id, "signing");
    else if (type === "nghi-quyet") phases.set(id, "resolution");
    else {
      if (id === CLOSING_START) phase = "closing";
      phases.set(id, phase);
      if (id === OPENING_END) phase = "content";
    }
  }
  return phases;
}

const cache = new Map<DocumentType, readonly StepGuide[]>();

/** Every section of the type's documents, in meeting order. */
export function stepGuides(type: DocumentType): readonly StepGuide[] {
  const hit = cache.get(type);
  if (hit) return hit;
  const order = documentOrder(type);
  const phases = phasesOf(type, order);
  const guides = order.map((elementId): StepGuide => {
    const el = elementById(elementId);
    const text = stepTexts[elementId];
    // Every element of the order has a catalog entry and a text (a test keeps them in step).
    if (!el || !text) throw new Error(`Thiếu hướng dẫn cho yếu tố ${elementId}.`);
    return { elementId, label: el.label, phase: phases.get(elementId) ?? "content", guidance: el.guidance, ...text };
  });
  cache.set(type, guides);
  return guides;
}
