/**
 * What is left to fill in a draft: the blanks the checker's CHK.PLACEHOLDERS would report (same
 * marks, same judgement of what is a blank), and the labels of the parts holding them.
 */
import { findBlanks } from "../core/locate/placeholder-marks";
import type { ProfileSettings } from "../core/profiles/types";
import { toModel } from "../core/templates/to-model";
import type { TemplateDoc, TemplateSection } from "../core/templates/types";

export interface DraftBlanks {
  count: number;
  /** Labels of the parts with a blank, in document order, each once. */
  parts: string[];
}

function sectionsOf(doc: TemplateDoc): TemplateSection[] {
  return doc.blocks.flatMap((b) => (b.kind === "section" ? [b.section] : [...b.columns.left, ...b.columns.right]));
}

export function draftBlanks(doc: TemplateDoc, settings: ProfileSettings): DraftBlanks {
  const marks = settings.placeholderMarks;
  const count = toModel(doc).paragraphs.reduce((n, p) => n + findBlanks(p.text, marks).length, 0);
  const parts: string[] = [];
  for (const s of sectionsOf(doc)) {
    const text = s.paragraphs.map((p) => p.runs.map((r) => r.text).join(""));
    if (text.some((t) => findBlanks(t, marks).length > 0) && !parts.includes(s.label)) parts.push(s.label);
  }
  return { count, parts };
}
