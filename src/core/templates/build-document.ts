/**
 * Answers + template spec + profile settings → TemplateDoc. Pure. Answers are validated first and
 * refused with an InvalidAnswersError when they hold a hard error; without answers the result is the
 * unfilled template, every value a labelled placeholder.
 */
import type { DocumentType } from "../catalog/document-types";
import { elementById } from "../catalog/elements";
import type { ProfileSettings } from "../profiles/types";
import type { Answers } from "./answers";
import { HEADER_LEFT, HEADER_RIGHT, HEADER_WIDTHS, SIGNATURE_WIDTHS, TITLE_ENTRIES } from "./common-parts";
import { fillContext, type FillContext } from "./fill-context";
import { InvalidAnswersError } from "./invalid-answers-error";
import type { Line, SectionWriter } from "./lines";
import { normalizeAnswers } from "./normalize-answers";
import { paragraphOf } from "./paragraph-styles";
import { attendanceWriters } from "./sections/attendance-sections";
import { closingWriters } from "./sections/closing-sections";
import { contentWriters } from "./sections/content-sections";
import { freeLabels, freeWriters } from "./sections/free-sections";
import { fillVariables, headerWriters, templateVariables } from "./sections/header-sections";
import { openingWriters } from "./sections/opening-sections";
import { resolutionWriters } from "./sections/resolution-sections";
import { signatureWriters } from "./sections/signature-sections";
import { thematicWriters } from "./sections/thematic-sections";
import { templateSpecs } from "./template-specs";
import type { SpecEntry, TemplateBlock, TemplateDoc, TemplateSection, TemplateSpec } from "./types";
import { validateAnswers, type AnswerIssue } from "./validate-answers";

export interface BuildOptions {
  /** Unfilled thường kỳ template only: include the thematic part (a combined session). */
  withThematic?: boolean;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

function writersFor(spec: TemplateSpec): Record<string, SectionWriter> {
  return {
    ...headerWriters(spec),
    ...openingWriters,
    ...attendanceWriters,
    ...contentWriters,
    ...thematicWriters,
    ...closingWriters,
    ...resolutionWriters,
    ...signatureWriters,
  };
}

function sectionOf(entry: SpecEntry, writers: Record<string, SectionWriter>, ctx: FillContext, heading?: Line): TemplateSection | undefined {
  const id = "element" in entry ? entry.element : null;
  const writer = "element" in entry ? writers[entry.element] : freeWriters[entry.free];
  if (!writer) throw new Error(`Mẫu văn bản dùng yếu tố "${id}" nhưng chưa có cách soạn yếu tố này.`);
  const written = writer(ctx);
  if (written === null) return undefined;
  const lines = heading ? [heading, ...written] : written;
  return {
    elementId: id,
    label: "element" in entry ? elementById(entry.element)?.label ?? entry.element : freeLabels[entry.free],
    paragraphs: lines.map((l) => paragraphOf(l, ctx.settings)),
    filled: !lines.some((l) => l.text.includes(ctx.blank)),
  };
}

function present<T>(list: (T | undefined)[]): T[] {
  return list.filter((x): x is T => x !== undefined);
}

function bodyBlocks(spec: TemplateSpec, writers: Record<string, SectionWriter>, ctx: FillContext): TemplateBlock[] {
  const vars = templateVariables(ctx);
  const blocks: TemplateBlock[] = [];
  let numbered = 0;
  for (const part of spec.body) {
    if (part.when === "thematic" && !ctx.thematic) continue;
    // A heading belongs to the part's first element, so moving or deleting that element takes it along.
    const heading: Line | undefined = part.heading
      ? { text: `${ROMAN[numbered++] ?? String(numbered)}. ${fillVariables(part.heading, vars).toUpperCase()}`, style: "heading" }
      : undefined;
    let pending = heading;
    for (const entry of part.entries) {
      const section = sectionOf(entry, writers, ctx, pending);
      if (!section) continue;
      pending = undefined;
      blocks.push({ kind: "section", section });
    }
  }
  return blocks;
}

function validated(type: DocumentType, answers: Answers | undefined, settings: ProfileSettings): { answers?: Answers; warnings: AnswerIssue[] } {
  if (!answers) return { warnings: [] };
  const result = validateAnswers(answers, { type, settings });
  if (!result.ok) throw new InvalidAnswersError(result.errors, result.warnings);
  return { answers: normalizeAnswers(answers), warnings: result.warnings };
}

export function buildDocument(type: DocumentType, answers: Answers | undefined, settings: ProfileSettings, options: BuildOptions = {}): TemplateDoc {
  const checked = validated(type, answers, settings);
  const spec = templateSpecs[type];
  const ctx = fillContext(type, checked.answers, settings, options);
  const writers = writersFor(spec);
  const sections = (ids: readonly string[]) => present(ids.map((element) => sectionOf({ element }, writers, ctx)));
  const blocks: TemplateBlock[] = [
    { kind: "columns", columns: { widths: HEADER_WIDTHS, left: sections(HEADER_LEFT), right: sections(HEADER_RIGHT) } },
    ...present(TITLE_ENTRIES.map((e) => sectionOf(e, writers, ctx))).map((section): TemplateBlock => ({ kind: "section", section })),
    ...bodyBlocks(spec, writers, ctx),
    { kind: "columns", columns: { widths: SIGNATURE_WIDTHS, left: sections(spec.signatures.left), right: sections(spec.signatures.right) } },
  ];
  const layout = settings.layout;
  const all = blocks.flatMap((b) => (b.kind === "section" ? [b.section] : [...b.columns.left, ...b.columns.right]));
  return {
    type,
    font: layout.fonts[0] ?? "Times New Roman",
    bodySize: layout.sizes.body.min,
    page: {
      widthMm: layout.pageWidthMm,
      heightMm: layout.pageHeightMm,
      margins: { ...layout.margins, header: layout.headerDistanceMm },
      pageNumbers: { alignment: "center", size: layout.sizes.body.min, fromPage: 2, headerDistanceMm: layout.headerDistanceMm },
    },
    blocks,
    complete: all.every((s) => s.filled),
    warnings: checked.warnings,
  };
}
