/**
 * Builds .docx files from hand-written WordprocessingML, for what the writer never produces (runs
 * split mid-word, style chains, theme fonts, tracked changes, fields, text boxes…).
 */

import { strToU8, zipSync, type Zippable } from "fflate";

export const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'mc:Ignorable="w14"';

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

export interface RawDocxParts {
  /** Content of w:body. */
  body: string;
  /** Content of w:styles (docDefaults and w:style elements). */
  styles?: string;
  /** A full theme1.xml. */
  theme?: string;
  /** Content of w:settings. */
  settings?: string;
  /** Headers / footers: content of w:hdr / w:ftr, referenced as rIdH1… / rIdF1…. */
  headers?: string[];
  footers?: string[];
  /** Content of w:comments. */
  comments?: string;
  /** Extra or replacement zip entries (raw bytes or text). */
  extra?: Record<string, string | Uint8Array>;
  /** Leave these entries out. */
  omit?: string[];
}

/** A theme part declaring major / minor Latin fonts. */
export function themeXml(major: string, minor: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>' +
    '<a:fontScheme name="Office">' +
    `<a:majorFont><a:latin typeface="${major}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>` +
    `<a:minorFont><a:latin typeface="${minor}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>` +
    "</a:fontScheme></a:themeElements></a:theme>"
  );
}

export function rawDocx(parts: RawDocxParts): Uint8Array {
  const files: Record<string, string | Uint8Array> = {};
  const overrides: string[] = [];
  const rels: string[] = [];
  const add = (name: string, type: string, relType: string | undefined, xml: string, rId?: string): void => {
    files[name] = xml;
    overrides.push(`<Override PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`);
    if (relType !== undefined) rels.push(`<Relationship Id="${rId ?? `rId${rels.length + 1}`}" Type="${REL}${relType}" Target="${name.slice(5)}"/>`);
  };
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  add("word/document.xml", "wordprocessingml.document.main+xml", undefined, `${decl}<w:document ${NAMESPACES}><w:body>${parts.body}</w:body></w:document>`);
  if (parts.styles !== undefined) add("word/styles.xml", "wordprocessingml.styles+xml", "styles", `${decl}<w:styles ${NAMESPACES}>${parts.styles}</w:styles>`);
  if (parts.theme !== undefined) add("word/theme/theme1.xml", "theme+xml", "theme", parts.theme);
  if (parts.settings !== undefined) add("word/settings.xml", "wordprocessingml.settings+xml", "settings", `${decl}<w:settings ${NAMESPACES}>${parts.settings}</w:settings>`);
  (parts.headers ?? []).forEach((h, i) => add(`word/header${i + 1}.xml`, "wordprocessingml.header+xml", "header", `${decl}<w:hdr ${NAMESPACES}>${h}</w:hdr>`, `rIdH${i + 1}`));
  (parts.footers ?? []).forEach((f, i) => add(`word/footer${i + 1}.xml`, "wordprocessingml.footer+xml", "footer", `${decl}<w:ftr ${NAMESPACES}>${f}</w:ftr>`, `rIdF${i + 1}`));
  if (parts.comments !== undefined) add("word/comments.xml", "wordprocessingml.comments+xml", "comments", `${decl}<w:comments ${NAMESPACES}>${parts.comments}</w:comments>`);
  files["[Content_Types].xml"] =
    `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`;
  files["_rels/.rels"] =
    `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}officeDocument" Target="word/document.xml"/></Relationships>`;
  files["word/_rels/document.xml.rels"] =
    `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  Object.assign(files, parts.extra ?? {});
  for (const name of parts.omit ?? []) delete files[name];
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(zippable, { mtime: new Date(Date.UTC(2025, 0, 1)) });
}

/** A paragraph of plain runs: `p("a", "b")` → `<w:p><w:r><w:t>a</w:t></w:r><w:r><w:t>b</w:t></w:r></w:p>`. */
export function p(...texts: string[]): string {
  return `<w:p>${texts.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join("")}</w:p>`;
}
