/**
 * addCommentsToDocx: a copy of an existing .docx with Word comments anchored at body paragraphs
 * (indices as readDocx counts them). The document XML is only spliced — comment markers inserted at
 * the paragraphs' source offsets — so every other byte of every part stays as it was; comments.xml is
 * extended (or created with its relationship and content type). Used by the "annotate" command.
 */

import { strToU8, zipSync, type Zippable } from "fflate";
import { commentDate, commentElement, commentRangeEnd, commentRangeStart, commentsPart } from "./comment-markup";
import { DocxPackage } from "./docx-package";
import { docxError } from "./errors";
import { CT_COMMENTS, REL_COMMENTS } from "./ooxml-namespaces";
import { guardDocx, readPackage } from "./read-docx";
import { resolveLimits, type ReadDocxOptions } from "./read-options";
import { relationshipsPartOf } from "./relationships";
import type { ParagraphSpan } from "./story-reader";
import { escapeXmlAttr } from "./xml-escape";
import { XML_EOF, XML_OPEN, XmlTokenizer } from "./xml-tokenizer";

export interface CommentToAdd {
  /** Body paragraph index as readDocx counts it. */
  paragraphIndex: number;
  text: string;
  author: string;
  initials?: string;
  /** ISO 8601; default: now. */
  date?: string;
}

export interface AddCommentsOptions extends ReadDocxOptions {
  /** Date written on comments that give none (default: now). */
  now?: Date;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(source: string, edits: Edit[]): string {
  // Stable sort: several insertions at one offset keep their order.
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  let out = "";
  let at = 0;
  for (const { e } of sorted) {
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + source.slice(at);
}

/** Largest numeric w:id among comment elements and anchors already in a part. */
function maxCommentId(xml: string, part: string): number {
  let max = -1;
  const tok = new XmlTokenizer(xml, part);
  for (let kind = tok.next(); kind !== XML_EOF; kind = tok.next()) {
    if (kind !== XML_OPEN) continue;
    const name = tok.name;
    if (name === "w:comment" || name === "w:commentRangeStart" || name === "w:commentRangeEnd" || name === "w:commentReference") {
      const id = Number.parseInt(tok.attr("w:id") ?? "", 10);
      if (Number.isFinite(id) && id > max) max = id;
    }
  }
  return max;
}

function anchorEdits(xml: string, span: ParagraphSpan, ids: number[]): Edit[] {
  const starts = ids.map(commentRangeStart).join("");
  const ends = ids.map(commentRangeEnd).join("");
  if (span.selfClosing) {
    // <w:p …/> → <w:p …>markers</w:p>
    const tag = xml.slice(span.start, span.end);
    const open = tag.slice(0, tag.lastIndexOf("/")).trimEnd() + ">";
    return [{ start: span.start, end: span.end, text: `${open}${starts}${ends}</w:p>` }];
  }
  return [
    { start: span.contentStart, end: span.contentStart, text: starts },
    { start: span.end, end: span.end, text: ends },
  ];
}

/** Inserts new w:comment elements at the end of an existing comments part. */
function extendCommentsPart(xml: string, part: string, elements: string[]): string {
  const tok = new XmlTokenizer(xml, part);
  for (let kind = tok.next(); kind !== XML_EOF; kind = tok.next()) {
    if (kind !== XML_OPEN) continue;
    if (tok.name !== "w:comments") {
      throw docxError("UNSUPPORTED", `Phần chú thích "${part}" có cấu trúc không hỗ trợ.`, { part });
    }
    if (tok.selfClosing) {
      const tag = xml.slice(tok.start, tok.end);
      const open = tag.slice(0, tag.lastIndexOf("/")).trimEnd() + ">";
      return xml.slice(0, tok.start) + open + elements.join("") + "</w:comments>" + xml.slice(tok.end);
    }
    break;
  }
  const close = xml.lastIndexOf("</w:comments>");
  if (close < 0) throw docxError("MALFORMED_XML", `Phần chú thích "${part}" không hợp lệ.`, { part });
  return xml.slice(0, close) + elements.join("") + xml.slice(close);
}

function nextRelationshipId(relsXml: string): string {
  let max = 0;
  for (const m of relsXml.matchAll(/Id="rId(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return `rId${max + 1}`;
}

export function addCommentsToDocx(bytes: Uint8Array, comments: CommentToAdd[], options?: AddCommentsOptions): Uint8Array {
  const limits = resolveLimits(options?.limits);
  const { pkg, reading } = guardDocx(() => {
    const opened = DocxPackage.open(bytes, limits);
    return { pkg: opened, reading: readPackage(opened, true) };
  });
  const count = reading.model.paragraphs.length;
  for (const c of comments) {
    if (!(Number.isInteger(c.paragraphIndex) && c.paragraphIndex >= 0 && c.paragraphIndex < count)) {
      throw new RangeError(`addCommentsToDocx: paragraphIndex ${c.paragraphIndex} is outside 0..${count - 1}`);
    }
  }
  return guardDocx(() => annotate(pkg, reading.documentXml, reading.spans ?? [], comments, options?.now ?? new Date()));
}

function annotate(pkg: DocxPackage, documentXml: string, spans: ParagraphSpan[], comments: CommentToAdd[], now: Date): Uint8Array {
  const zip = pkg.zip;
  const replaced = new Map<string, string>();
  const commentsPartName = pkg.relatedPart("comments");
  const existingComments = commentsPartName === undefined ? undefined : pkg.xml(commentsPartName);

  let firstId = Math.max(maxCommentId(documentXml, pkg.mainPart), existingComments === undefined ? -1 : maxCommentId(existingComments, commentsPartName ?? "")) + 1;
  const idsAt = new Map<number, number[]>();
  const elements: string[] = [];
  const date = commentDate(now);
  for (const c of comments) {
    const id = firstId++;
    const list = idsAt.get(c.paragraphIndex) ?? [];
    list.push(id);
    idsAt.set(c.paragraphIndex, list);
    elements.push(
      commentElement(id, { text: c.text, author: c.author, date: c.date ?? date, ...(c.initials !== undefined ? { initials: c.initials } : {}) }),
    );
  }
  const edits: Edit[] = [];
  for (const [index, ids] of idsAt) {
    const span = spans[index];
    if (span !== undefined) edits.push(...anchorEdits(documentXml, span, ids));
  }
  replaced.set(pkg.mainPart, applyEdits(documentXml, edits));

  if (existingComments !== undefined && commentsPartName !== undefined) {
    replaced.set(commentsPartName, extendCommentsPart(existingComments, commentsPartName, elements));
  } else {
    const dir = pkg.mainPart.slice(0, pkg.mainPart.lastIndexOf("/") + 1);
    let name = `${dir}comments.xml`;
    for (let n = 1; zip.has(name); n++) name = `${dir}comments${n}.xml`;
    replaced.set(name, commentsPart(elements));
    const relsName = relationshipsPartOf(pkg.mainPart);
    const relsXml =
      pkg.xml(relsName) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const rel = `<Relationship Id="${nextRelationshipId(relsXml)}" Type="${REL_COMMENTS}" Target="${escapeXmlAttr(name.slice(dir.length))}"/>`;
    const relsClose = relsXml.lastIndexOf("</Relationships>");
    if (relsClose < 0) throw docxError("MALFORMED_XML", `Phần quan hệ "${relsName}" không hợp lệ.`, { part: relsName });
    replaced.set(relsName, relsXml.slice(0, relsClose) + rel + relsXml.slice(relsClose));
    const typesXml = pkg.xml("[Content_Types].xml");
    const typesClose = typesXml?.lastIndexOf("</Types>") ?? -1;
    if (typesXml === undefined || typesClose < 0) {
      throw docxError("MALFORMED_XML", "Phần [Content_Types].xml thiếu hoặc không hợp lệ.", { part: "[Content_Types].xml" });
    }
    const override = `<Override PartName="/${escapeXmlAttr(name)}" ContentType="${CT_COMMENTS}"/>`;
    replaced.set("[Content_Types].xml", typesXml.slice(0, typesClose) + override + typesXml.slice(typesClose));
  }

  // Rebuild the zip: replaced parts re-encoded, every other entry's bytes copied as they were.
  const files: Zippable = {};
  const written = new Set<string>();
  const lowerReplaced = new Map([...replaced].map(([k, v]) => [k.toLowerCase(), v]));
  for (const entry of zip.entries) {
    const key = entry.name.toLowerCase();
    if (entry.name.endsWith("/") || written.has(key)) continue;
    written.add(key);
    const replacement = lowerReplaced.get(key.replace(/^\//, ""));
    const data = replacement !== undefined ? strToU8(replacement) : zip.readEntry(entry);
    files[entry.name] = [data, { level: entry.method === 0 ? 0 : 6 }];
  }
  for (const [name, xml] of replaced) {
    if (!written.has(name.toLowerCase())) files[name] = strToU8(xml);
  }
  return zipSync(files);
}
