/** Documents with a header block built column by column, for the header rule tests. */
import { makeDoc, p, table, type Item, type ParaSpec } from "../../../helpers/make-doc";
import { minutesBody, minutesSignatures, resolutionBody, resolutionSignature } from "../../../helpers/samples";

export const LEFT = ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*", "Số 11-BB/CB"];
export const RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tuy Lộc, ngày 05 tháng 11 năm 2025"];

export interface HeadParts {
  left?: (string | ParaSpec)[];
  right?: (string | ParaSpec)[];
  title?: string | ParaSpec | null;
  subject?: string | ParaSpec | null;
}

export function head(parts: HeadParts = {}): Item[] {
  const out: Item[] = [table([parts.left ?? LEFT, parts.right ?? RIGHT])];
  const title = parts.title === undefined ? "BIÊN BẢN" : parts.title;
  const subject = parts.subject === undefined ? "sinh hoạt chi bộ thường kỳ tháng 11 năm 2025" : parts.subject;
  if (title !== null) out.push(typeof title === "string" ? p(title, { format: { bold: true }, alignment: "center" }) : title);
  if (subject !== null) out.push(typeof subject === "string" ? p(subject, { format: { bold: true }, alignment: "center" }) : subject);
  return out;
}

/** Minutes with the given header parts. */
export const minutes = (parts: HeadParts = {}) => makeDoc(head(parts), minutesBody, minutesSignatures);

/** A resolution with the given header parts (number and title default to the resolution's). */
export const resolution = (parts: HeadParts = {}) =>
  makeDoc(
    head({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*", "Số 05-NQ/CB"], title: "NGHỊ QUYẾT", subject: "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025", ...parts }),
    resolutionBody,
    resolutionSignature,
  );

/** Paragraph texts of a document, to write `output` expectations. */
export const texts = (doc: { paragraphs: { text: string }[] }) => doc.paragraphs.map((x) => x.text);

/** Texts with paragraph `index` replaced. */
export const textsWith = (doc: { paragraphs: { text: string }[] }, index: number, text: string) => texts(doc).map((t, i) => (i === index ? text : t));
