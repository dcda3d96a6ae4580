/**
 * FMT.PAGE_NUMBER (format.md §8, [C]): page numbers from page 2, top centre — a PAGE field in the
 * header and a different first page so page 1 has none. Everything here is info. A missing number is
 * reported only when the model knows the document runs to two pages or more.
 */
import type { DocModel, HeaderFooterRef, Paragraph, Section } from "../../model/types";
import { defineRule, type Report } from "../types";

type Part = "default" | "first";

/** Paragraphs of the section's header or footer of one type; undefined when the model has no refs. */
function refParagraphs(refs: readonly HeaderFooterRef[] | undefined, pool: readonly Paragraph[], type: Part): Paragraph[] | undefined {
  if (!refs) return undefined;
  const ref = refs.find((r) => r.type === type);
  return ref ? ref.paragraphs.map((i) => pool[i]).filter((p): p is Paragraph => p !== undefined) : [];
}

const numbered = (ps: readonly Paragraph[] | undefined) => (ps ?? []).filter((p) => p.hasPageField);

interface Placement {
  header: Paragraph[];
  footer: Paragraph[];
  /** Page 1 shows a number; undefined when unknown. */
  onFirstPage: boolean | undefined;
}

function placement(doc: DocModel, section: Section | undefined): Placement {
  const hasRefs = section?.headers !== undefined || section?.footers !== undefined;
  if (!section || !hasRefs) {
    // Without per-section refs: any numbered header or footer; page 1 shows it unless titlePage.
    const header = numbered(doc.headers);
    const footer = numbered(doc.footers);
    const any = header.length + footer.length > 0;
    return { header, footer, onFirstPage: any && section?.titlePage === false ? true : undefined };
  }
  const header = numbered(refParagraphs(section.headers, doc.headers, "default"));
  const footer = numbered(refParagraphs(section.footers, doc.footers, "default"));
  // Page 1 shows the "first" header and footer when titlePage is on, the default ones otherwise.
  const firstHeader = numbered(refParagraphs(section.headers, doc.headers, "first"));
  const firstFooter = numbered(refParagraphs(section.footers, doc.footers, "first"));
  const onFirstPage =
    section.titlePage === undefined ? undefined : section.titlePage ? firstHeader.length + firstFooter.length > 0 : header.length + footer.length > 0;
  return { header, footer, onFirstPage };
}

export default defineRule({
  meta: {
    id: "bienban/page-numbers",
    elementId: "FMT.PAGE_NUMBER",
    description: "Số trang đánh từ trang thứ hai, ở giữa phía trên đầu trang.",
    guidance: ["G-HD36"],
    fixable: false,
    messages: {
      missing: "Văn bản có {{pages}} trang nhưng chưa đánh số trang.",
      inFooter: "Số trang đặt ở chân trang; văn bản của Đảng đánh số trang ở giữa, phía trên đầu trang.",
      notCentered: "Số trang ở đầu trang nhưng chưa căn giữa.",
      onFirstPage: "Trang đầu cũng có số trang; văn bản của Đảng đánh số từ trang thứ hai.",
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const anywhere = [...doc.headers, ...doc.footers].some((p) => p.hasPageField);
    if (!anywhere) {
      return doc.pageCount !== undefined && doc.pageCount >= 2 ? [{ messageId: "missing", data: { pages: doc.pageCount } }] : [];
    }
    const { header, footer, onFirstPage } = placement(doc, doc.sections[0]);
    const reports: Report[] = [];
    if (!header.length && footer.length) reports.push({ messageId: "inFooter" });
    if (header.length && header.every((p) => p.alignment !== undefined && p.alignment !== "center")) reports.push({ messageId: "notCentered" });
    if (onFirstPage) reports.push({ messageId: "onFirstPage" });
    return reports;
  },
});
