import rule from "../../../../src/core/rules/format/page-numbers";
import type { DocModel, HeaderFooterRef, Paragraph, Section } from "../../../../src/core/model/types";
import { ruleTester } from "../../../helpers/rule-tester";
import { a4Section } from "../../../helpers/make-doc";
import { sampleMinutes, sampleResolution } from "../../../helpers/samples";

function hf(container: "header" | "footer", index: number, opts: { page?: boolean; alignment?: Paragraph["alignment"]; text?: string } = {}): Paragraph {
  const text = opts.text ?? (opts.page === false ? "" : "2");
  return {
    index,
    ref: `${container[0]}${index}`,
    text,
    raw: text,
    runs: text ? [{ text, format: { font: "Times New Roman", size: 14 } }] : [],
    container,
    controlTags: [],
    alignment: opts.alignment,
    hasPageField: opts.page !== false,
  };
}

interface Layout {
  headers?: Paragraph[];
  footers?: Paragraph[];
  section?: Partial<Section>;
  pageCount?: number;
}

function doc(l: Layout): DocModel {
  return { ...sampleMinutes(), headers: l.headers ?? [], footers: l.footers ?? [], sections: [{ ...a4Section, ...l.section }], pageCount: l.pageCount };
}

const ref = (type: HeaderFooterRef["type"], ...paragraphs: number[]): HeaderFooterRef => ({ type, paragraphs });

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: doc({ pageCount: 1 }), name: "one page needs no number" },
    { doc: doc({}), name: "page count unknown, no numbers: not judged" },
    {
      name: "top centre from page 2: default header numbered, empty first header",
      doc: doc({ headers: [hf("header", 0, { alignment: "center" }), hf("header", 1, { page: false })], section: { titlePage: true, headers: [ref("default", 0), ref("first", 1)] }, pageCount: 3 }),
    },
    {
      name: "titlePage with no first-page header at all",
      doc: doc({ headers: [hf("header", 0, { alignment: "center" })], section: { titlePage: true, headers: [ref("default", 0)] } }),
    },
    { name: "without per-section refs", doc: doc({ headers: [hf("header", 0, { alignment: "center" })], section: { titlePage: true, headers: undefined } }) },
    { name: "alignment unknown (tab stops, frames)", doc: doc({ headers: [hf("header", 0)], section: { titlePage: true } }) },
    { name: "titlePage unknown", doc: doc({ headers: [hf("header", 0, { alignment: "center" })], section: { titlePage: undefined, headers: [ref("default", 0)] } }) },
  ],
  invalid: [
    { doc: doc({ pageCount: 3 }), errors: [{ messageId: "missing", severity: "info", message: "Văn bản có 3 trang nhưng chưa đánh số trang." }], output: null },
    {
      name: "in the footer",
      doc: doc({ footers: [hf("footer", 0, { alignment: "center" })], section: { titlePage: true, footers: [ref("default", 0)] } }),
      errors: [{ messageId: "inFooter", severity: "info" }],
    },
    { name: "in the footer, no refs", doc: doc({ footers: [hf("footer", 0, { alignment: "right" })] }), errors: [{ messageId: "inFooter" }] },
    {
      name: "right-aligned in the header",
      doc: doc({ headers: [hf("header", 0, { alignment: "right" })], section: { titlePage: true, headers: [ref("default", 0)] } }),
      errors: [{ messageId: "notCentered" }],
    },
    {
      name: "page 1 numbered: no different first page",
      doc: doc({ headers: [hf("header", 0, { alignment: "center" })], section: { titlePage: false, headers: [ref("default", 0)] } }),
      errors: [{ messageId: "onFirstPage" }],
    },
    {
      name: "page 1 numbered: the first-page header has the field too",
      doc: doc({ headers: [hf("header", 0, { alignment: "center" }), hf("header", 1, { alignment: "center" })], section: { titlePage: true, headers: [ref("default", 0), ref("first", 1)] } }),
      errors: [{ messageId: "onFirstPage" }],
    },
    {
      name: "page 1 numbered, no refs",
      doc: doc({ headers: [hf("header", 0, { alignment: "center" })], section: { titlePage: false, headers: undefined } }),
      errors: [{ messageId: "onFirstPage" }],
    },
    {
      name: "footer and page 1",
      doc: doc({ footers: [hf("footer", 0)], section: { titlePage: false, footers: [ref("default", 0)] } }),
      errors: [{ messageId: "inFooter" }, { messageId: "onFirstPage" }],
    },
  ],
});
