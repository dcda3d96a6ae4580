/**
 * The annotated model documents of Tập huấn: a correct biên bản and nghị quyết drafted from the
 * training meeting by the same templates the secretary uses, each section paired with what it must
 * record, why, and the guidance it comes from.
 */
import type { DocumentType } from "../catalog/document-types";
import { stepGuides, type StepGuide } from "../steps/step-guides";
import { buildDocument } from "../templates/build-document";
import { resolutionFromMinutes } from "../templates/resolution-from-minutes";
import { templateSettings } from "../templates/template-settings";
import type { TemplateDoc } from "../templates/types";
import { trainingMinutesAnswers } from "./model-answers";
import { sectionsOf } from "./plant-faults";

export interface AnnotatedPart {
  elementId: string;
  label: string;
  /** The section's text, one entry per non-empty paragraph. */
  lines: string[];
  guide: StepGuide;
}

export interface AnnotatedModel {
  id: "bien-ban" | "nghi-quyet";
  title: string;
  type: DocumentType;
  doc: TemplateDoc;
  parts: AnnotatedPart[];
}

function annotate(doc: TemplateDoc): AnnotatedPart[] {
  const guides = new Map(stepGuides(doc.type).map((g) => [g.elementId, g]));
  const parts: AnnotatedPart[] = [];
  for (const s of sectionsOf(doc)) {
    const guide = s.elementId ? guides.get(s.elementId) : undefined;
    if (!s.elementId || !guide) continue;
    const lines = s.paragraphs.map((p) => p.runs.map((r) => r.text).join("")).filter((t) => t.trim() !== "");
    parts.push({ elementId: s.elementId, label: guide.label, lines, guide });
  }
  // The header block is laid out in two columns (issuer left, party title right): show it in the
  // order a reader meets the elements, which is the meeting order of the guide.
  const order = new Map(stepGuides(doc.type).map((g, i) => [g.elementId, i]));
  return parts.sort((a, b) => (order.get(a.elementId) ?? 0) - (order.get(b.elementId) ?? 0));
}

/** Both model documents; `today` picks the profile as for any draft (the core has no clock). */
export function annotatedModels(today: string): AnnotatedModel[] {
  const minutes = trainingMinutesAnswers;
  const resolution = resolutionFromMinutes(minutes);
  const bb = buildDocument("bien-ban-thuong-ky", minutes, templateSettings(minutes, today));
  const nq = buildDocument("nghi-quyet", resolution, templateSettings(resolution, today));
  return [
    { id: "bien-ban", title: "Biên bản sinh hoạt chi bộ thường kỳ (mẫu đúng)", type: "bien-ban-thuong-ky", doc: bb, parts: annotate(bb) },
    { id: "nghi-quyet", title: "Nghị quyết chi bộ (mẫu đúng)", type: "nghi-quyet", doc: nq, parts: annotate(nq) },
  ];
}
