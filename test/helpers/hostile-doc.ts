/**
 * A biên bản full of markup and script, for the security tests (test/security, test/browser/security.js):
 * the payloads sit in paragraphs the checker quotes (a look-alike "Ð" makes a finding with an excerpt)
 * and in the issuer line, so the cell's name carries them too.
 */
import type { DocModel } from "../../src/core/model/types";
import { makeDoc, p, table } from "./make-doc";
import { minutesBody, minutesSignatures, replacing } from "./samples";

/** Markup a hostile or careless sender could type into a document or a file name. */
export const PAYLOADS = [
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=1">',
  '<a href="javascript:window.__pwned=1">bấm vào đây</a>',
  "{{7*7}} ${7*7}",
  '"><svg onload=window.__pwned=1>',
  "'><iframe src=\"javascript:window.__pwned=1\"></iframe>",
  "<style>body{display:none}</style>&amp;&lt;",
];

export const HOSTILE_CELL = `THÔN HÒA BÌNH ${PAYLOADS[1]} ${PAYLOADS[4]}`;

/** The hostile paragraphs' texts, as the document holds them. */
export const HOSTILE_LINES = [
  `Quán triệt Kế hoạch số 45-KH/ÐU ${PAYLOADS[0]} ${PAYLOADS[1]}`,
  `Đồng chí Lê Thị Bình: ${PAYLOADS[2]} ${PAYLOADS[3]} đề nghị bổ sung.`,
  `Đồng chí Trần Văn Hải: ${PAYLOADS[4]} ${PAYLOADS[5]} ${PAYLOADS[6]}.`,
];

export function hostileMinutes(cell: string = HOSTILE_CELL): DocModel {
  let body = replacing(minutesBody, /^Quán triệt Kế hoạch/, HOSTILE_LINES[0]!);
  body = replacing(body, /^Đồng chí Lê Thị Bình:/, HOSTILE_LINES[1]!);
  body = replacing(body, /^Đồng chí Trần Văn Hải:/, HOSTILE_LINES[2]!);
  const header = [
    table([
      [p("ĐẢNG BỘ XÃ TUY LỘC"), p(`CHI BỘ ${cell}`, { format: { bold: true } }), "*", "Số 11-BB/CB"],
      [p("ĐẢNG CỘNG SẢN VIỆT NAM", { format: { bold: true, size: 15 } }), p("Tuy Lộc, ngày 05 tháng 11 năm 2025", { format: { italic: true } })],
    ]),
    p("BIÊN BẢN", { format: { bold: true, size: 16 }, alignment: "center" }),
    p("sinh hoạt chi bộ thường kỳ tháng 11 năm 2025", { format: { bold: true }, alignment: "center" }),
  ];
  return makeDoc(header, body, minutesSignatures);
}
