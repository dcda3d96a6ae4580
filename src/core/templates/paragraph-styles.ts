/**
 * Line styles → paragraph formatting, every number from the profile's layout (format.md §2 table):
 * party title 15 bold with its rule, upper organisation 14, issuer 14 bold, number 14, place-date 14
 * italic, type title 16 bold, subject 14 bold, body 14 justified with a first-line indent, "T/M CHI
 * BỘ" bold, "BÍ THƯ" not bold, names bold, "Nơi nhận:" underlined and its list in the list size.
 */
import type { Alignment } from "../model/types";
import type { ProfileSettings } from "../profiles/types";
import type { Line, LineStyle } from "./lines";
import type { TemplateParagraph } from "./types";

interface StyleDef {
  size: (layout: ProfileSettings["layout"]) => number;
  alignment: Alignment;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  indent?: boolean;
  spaced?: boolean;
  borderBottom?: boolean;
}

const body = (l: ProfileSettings["layout"]) => l.sizes.body.min;

const STYLES: Record<LineStyle, StyleDef> = {
  body: { size: body, alignment: "justify", indent: true, spaced: true },
  // Left, not justified: a heading that wraps would otherwise be stretched across its first line.
  heading: { size: body, alignment: "left", indent: true, spaced: true, bold: true },
  "upper-org": { size: (l) => l.sizes.issuer.max, alignment: "center" },
  issuer: { size: (l) => l.sizes.issuer.max, alignment: "center", bold: true },
  star: { size: body, alignment: "center" },
  // Spaced: the number is the header block's last line, and the type title must not touch it.
  number: { size: body, alignment: "center", spaced: true },
  "party-title": { size: (l) => l.sizes.partyTitle.max, alignment: "center", bold: true, borderBottom: true },
  "place-date": { size: body, alignment: "center", italic: true },
  "type-title": { size: (l) => l.sizes.typeTitle.max, alignment: "center", bold: true },
  subject: { size: body, alignment: "center", bold: true },
  separator: { size: body, alignment: "center", spaced: true },
  "sign-label": { size: body, alignment: "center", bold: true },
  "sign-authority": { size: body, alignment: "center", bold: true },
  "sign-title": { size: body, alignment: "center" },
  "sign-space": { size: body, alignment: "center" },
  "sign-name": { size: body, alignment: "center", bold: true },
  "recipients-label": { size: body, alignment: "left", underline: true },
  "recipients-item": { size: (l) => l.recipientsSize, alignment: "left" },
};

export function paragraphOf(line: Line, settings: ProfileSettings): TemplateParagraph {
  const s = STYLES[line.style];
  const layout = settings.layout;
  const run = {
    text: line.text,
    size: s.size(layout),
    ...(s.bold ? { bold: true } : {}),
    ...(s.italic ? { italic: true } : {}),
    ...(s.underline ? { underline: true } : {}),
  };
  return {
    runs: line.text === "" ? [] : [run],
    alignment: s.alignment,
    ...(s.indent ? { firstLineIndentMm: layout.firstLineIndentMm } : {}),
    ...(s.spaced ? { spaceAfterPt: layout.paragraphSpacingPt } : {}),
    ...(s.borderBottom ? { borderBottom: true } : {}),
  };
}

