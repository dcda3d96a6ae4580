/**
 * Word's getOoxml() returns a Flat OPC package: one XML document whose <pkg:part> elements hold the
 * parts (document, styles, theme, numbering…) inline. We repack those parts into a zip and read it
 * with the .docx reader, so a document read inside Word and the same file read by the CLI give the
 * same model. Binary parts (images) are not needed by any check and are left out.
 */
import { strToU8, zipSync } from "fflate";
import type { DocModel, HeaderFooterRef, Paragraph } from "../core/model/types";
import { DocxError } from "./errors";
import { readDocx } from "./read-docx";

/** What the Word adapter fetched: the body's package and each section's headers' packages. */
export interface WordSnapshot {
  body: string;
  headers: { section: number; type: HeaderFooterRef["type"]; ooxml: string }[];
}

const PART_OPEN = "<pkg:part";
const XML_DATA_OPEN = "<pkg:xmlData>";
const XML_DATA_CLOSE = "</pkg:xmlData>";

function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(`${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 2;
  const end = tag.indexOf('"', start);
  return end < 0 ? undefined : tag.slice(start, end);
}

/** Part name (without the leading "/") → XML text, for every XML part of a Flat OPC package. */
export function flatOpcParts(xml: string): Map<string, string> {
  const parts = new Map<string, string>();
  let pos = 0;
  for (;;) {
    const open = xml.indexOf(PART_OPEN, pos);
    if (open < 0) break;
    const tagEnd = xml.indexOf(">", open);
    const close = xml.indexOf("</pkg:part>", open);
    if (tagEnd < 0 || close < 0) throw new DocxError("MALFORMED_XML", "Nội dung Word trả về không đọc được (gói OOXML bị cắt).");
    const name = attribute(xml.slice(open, tagEnd), "pkg:name");
    const dataStart = xml.indexOf(XML_DATA_OPEN, tagEnd);
    if (name && dataStart >= 0 && dataStart < close) {
      const dataEnd = xml.lastIndexOf(XML_DATA_CLOSE, close);
      parts.set(name.replace(/^\//, ""), xml.slice(dataStart + XML_DATA_OPEN.length, dataEnd));
    }
    pos = close + 1;
  }
  if (parts.size === 0) throw new DocxError("NO_DOCUMENT", "Nội dung Word trả về không có phần văn bản (không phải gói OOXML).");
  return parts;
}

/** A Flat OPC package as a DocModel, through the .docx reader. */
export function readFlatOpc(xml: string): DocModel {
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of flatOpcParts(xml)) {
    // The XML declaration is not part of pkg:xmlData; the reader expects UTF-8, which this is.
    files[name] = strToU8(text);
  }
  return readDocx(zipSync(files, { level: 0 }));
}

function asHeader(p: Paragraph, index: number): Paragraph {
  return { ...p, index, ref: `h${index}`, container: "header", cellPos: undefined, controlTags: [] };
}

/** The model of the open document: the body's package, with each section's headers attached. */
export function readWordSnapshot(snapshot: WordSnapshot): DocModel {
  const model = readFlatOpc(snapshot.body);
  // Some hosts put the header parts in the body's package already: then they are read as for a .docx.
  if (model.headers.length > 0) return { ...model, source: "word" };
  const headers: Paragraph[] = [];
  for (const h of snapshot.headers) {
    const section = model.sections[h.section];
    const paragraphs = readFlatOpc(h.ooxml).paragraphs.filter((p) => p.raw.trim() !== "" || p.hasPageField);
    const indices = paragraphs.map((p) => {
      headers.push(asHeader(p, headers.length));
      return headers.length - 1;
    });
    if (section && indices.length > 0) {
      section.headers = [...(section.headers ?? []).filter((r) => r.type !== h.type), { type: h.type, paragraphs: indices }];
    }
  }
  return { ...model, source: "word", headers };
}
