/**
 * Detects which of the four document types a model is, from the header's type title, subject and
 * issuer (format.md §5), falling back to the body's vocabulary. A document titled as another Party
 * type ("KẾT LUẬN", "BÁO CÁO") is none of ours. Users can always force the type instead.
 */
import type { DocumentType } from "../catalog/document-types";
import { extractHeaderFacts } from "../facts/header";
import type { HeaderFacts } from "../facts/types";
import type { DocModel } from "../model/types";
import { fold } from "../text/normalize";

export interface TypeDetection {
  type: DocumentType | null;
  /** "title": read from the type title; "content": guessed from the body; "none": unknown. */
  basis: "title" | "content" | "none";
  /** Index of the title paragraph, when found. */
  titleParagraph?: number;
}

const CHI_UY = /\bhop (cua )?chi uy\b|\bchi uy chi bo\b|^chi uy\b/;
const THEMATIC = /\bchuyen de\b/;
const REGULAR = /\bthuong ky\b|\bdinh ky\b|\bhang thang\b/;

/** Which kind of minutes, from the title, subject and issuer (chi ủy minutes are issued by "CHI ỦY …"). */
function minutesSubtype(context: string, issuer: string): DocumentType {
  if (CHI_UY.test(context) || CHI_UY.test(issuer)) return "bien-ban-chi-uy";
  if (THEMATIC.test(context) && !REGULAR.test(context)) return "bien-ban-chuyen-de";
  return "bien-ban-thuong-ky";
}

function fromTitle(doc: DocModel, h: HeaderFacts): TypeDetection | undefined {
  const title = h.typeTitle;
  if (!title) return undefined;
  const at = { titleParagraph: title.paragraph };
  if (title.kind === "OTHER") return { type: null, basis: "none", ...at };
  if (title.kind === "NGHỊ QUYẾT") return { type: "nghi-quyet", basis: "title", ...at };
  // Without a subject line the opening paragraphs usually say which meeting it was.
  const opening = h.subject ? "" : doc.paragraphs.slice(h.bodyStart, h.bodyStart + 3).map((p) => p.text).join(" ");
  const context = fold([title.text, h.subject?.text ?? "", opening].join(" "));
  return { type: minutesSubtype(context, fold(h.issuer?.text ?? "")), basis: "title", ...at };
}

/** Distinct markers, not counts: one stray "biên bản" in a letter must not make it minutes. */
const MINUTES_MARKERS = [/\bchu (tri|toa)\b/, /\bthu ky\b|\bnguoi ghi bien ban\b/, /\bket thuc (vao )?(luc|hoi)\b/, /\bco mat\b|\bvang (co|khong) ly do\b/, /\bbien ban\b/];
const RESOLUTION_MARKERS = [/\bnghi quyet\b/, /\bt\/m chi bo\b/, /\bnoi nhan\b/, /\bnhiem vu,? giai phap\b/, /\bto chuc thuc hien\b/];

function fromContent(doc: DocModel): TypeDetection {
  const body = fold(doc.paragraphs.map((p) => p.text).join("\n"));
  const bb = MINUTES_MARKERS.filter((re) => re.test(body)).length;
  const nq = RESOLUTION_MARKERS.filter((re) => re.test(body)).length;
  if (bb < 3 && nq < 3) return { type: null, basis: "none" };
  if (nq > bb) return { type: "nghi-quyet", basis: "content" };
  return { type: minutesSubtype(body.slice(0, 2000), ""), basis: "content" };
}

export function detectDocumentType(doc: DocModel): TypeDetection {
  return fromTitle(doc, extractHeaderFacts(doc)) ?? fromContent(doc);
}
