import rule from "../../../../src/core/rules/format/font-sizes";
import type { DocModel, RunFormat } from "../../../../src/core/model/types";
import { ruleTester } from "../../../helpers/rule-tester";
import { makeDoc, p, table, type Item } from "../../../helpers/make-doc";
import { resolutionBody, resolutionSignature, sampleMinutes, sampleResolution } from "../../../helpers/samples";
import { run, withRuns } from "../encoding/runs";

interface Sizes {
  partyTitle?: RunFormat;
  issuer?: RunFormat;
  typeTitle?: RunFormat;
  body?: RunFormat;
}

/** A nghị quyết laid out per format.md §2 with explicit formatting; `s` overrides one line. */
function resolution(s: Sizes = {}): DocModel {
  const body: Item[] = resolutionBody.map((t) => p(t as string, { format: { size: 14, bold: false, ...s.body } }));
  return makeDoc(
    table([
      [p("ĐẢNG BỘ XÃ TUY LỘC", { format: { size: 14, bold: false } }), p("CHI BỘ THÔN HÒA BÌNH", { format: { size: 14, bold: true, ...s.issuer } }), "*", "Số 05-NQ/CB"],
      [p("ĐẢNG CỘNG SẢN VIỆT NAM", { format: { size: 15, bold: true, ...s.partyTitle } }), p("Tuy Lộc, ngày 05 tháng 11 năm 2025", { format: { italic: true } })],
    ]),
    p("NGHỊ QUYẾT", { format: { size: 16, bold: true, ...s.typeTitle }, alignment: "center" }),
    p("về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025", { format: { size: 14, bold: true }, alignment: "center" }),
    body,
    resolutionSignature,
  );
}

/** The header laid out with tabs: upper organisation and party title share one paragraph. */
function tabHeader(partyTitle: RunFormat): DocModel {
  const doc = makeDoc(
    "ĐẢNG BỘ XÃ TUY LỘC\t\tĐẢNG CỘNG SẢN VIỆT NAM",
    p("CHI BỘ THÔN HÒA BÌNH", { format: { bold: true } }),
    "*",
    "Số 05-NQ/CB",
    "Tuy Lộc, ngày 05 tháng 11 năm 2025",
    p("NGHỊ QUYẾT", { format: { size: 16, bold: true } }),
    p("về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025", { format: { bold: true } }),
    ...resolutionBody,
  );
  return withRuns(doc, 0, [run("ĐẢNG BỘ XÃ TUY LỘC\t\t", { bold: false }), run("ĐẢNG CỘNG SẢN VIỆT NAM", { size: 15, bold: true, ...partyTitle })]);
}

/** Sizes the model does not know: no run size, no default. */
function sizesUnknown(doc: DocModel): DocModel {
  return { ...doc, defaultSize: undefined, paragraphs: doc.paragraphs.map((x) => ({ ...x, runs: x.runs.map((r) => ({ ...r, format: { ...r.format, size: undefined } })) })) };
}

ruleTester.run(rule, {
  type: "nghi-quyet",
  valid: [
    { doc: sampleMinutes(), type: "bien-ban-thuong-ky" },
    sampleResolution(),
    resolution(),
    { doc: resolution({ typeTitle: { size: 15 }, body: { size: 15 } }), name: "type title 15, body 15" },
    { doc: resolution({ body: { size: 14.5 } }), name: "body 14.5" },
    { doc: sizesUnknown(resolution({ partyTitle: { size: 12 } })), name: "sizes unknown" },
    { doc: resolution({ partyTitle: { bold: undefined }, issuer: { bold: undefined } }), name: "bold unknown" },
    { doc: tabHeader({}), name: "tab-aligned header: only the title's own runs count" },
  ],
  invalid: [
    {
      doc: resolution({ partyTitle: { size: 14 } }),
      errors: [{ messageId: "lineSize", paragraph: 4, severity: "warning", message: "Dòng tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” cỡ chữ 14; quy định cỡ 15." }],
      output: null,
    },
    { doc: resolution({ partyTitle: { bold: false } }), errors: [{ messageId: "lineNotBold", paragraph: 4 }] },
    {
      name: "issuer in the state habit: 13, not bold",
      doc: resolution({ issuer: { size: 13, bold: false } }),
      errors: [{ messageId: "lineSize", paragraph: 1, message: "Tên chi bộ ban hành cỡ chữ 13; quy định cỡ 14." }, { messageId: "lineNotBold", paragraph: 1 }],
    },
    { doc: resolution({ typeTitle: { size: 14 } }), errors: [{ messageId: "lineSize", paragraph: 6, message: "quy định cỡ 15–16" }] },
    { doc: resolution({ body: { size: 13 } }), errors: [{ messageId: "bodyStateSize", message: "cỡ chữ 13, là cỡ chữ quen dùng của văn bản hành chính nhà nước" }] },
    { doc: resolution({ body: { size: 12 } }), errors: [{ messageId: "bodySize", message: "Phần nội dung cỡ chữ 12; quy định cỡ 14–15." }] },
    { doc: resolution({ body: { size: 16 } }), errors: [{ messageId: "bodySize" }] },
    { name: "tab-aligned header with a small title", doc: tabHeader({ size: 13 }), errors: [{ messageId: "lineSize", paragraph: 0 }] },
    {
      name: "the default size counts for runs without one",
      doc: { ...sizesUnknown(resolution()), defaultSize: 13 },
      errors: [{ messageId: "lineSize" }, { messageId: "lineSize" }, { messageId: "lineSize" }, { messageId: "bodyStateSize" }],
    },
  ],
});
