/** Relationship parts (`_rels/*.rels`): id → target part name, resolved against the source part. */

import { XML_EOF, XML_OPEN, XmlTokenizer } from "./xml-tokenizer";

export interface Relationship {
  id: string;
  /** Relationship type URI. */
  type: string;
  /** Target part name without a leading "/", or the raw target when external. */
  target: string;
  external: boolean;
}

/** The .rels part that holds the relationships of `partName` ("word/document.xml" → "word/_rels/document.xml.rels"). */
export function relationshipsPartOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** Resolves a relative target ("../media/a.png", "/word/x.xml", "header1.xml") against a source part. */
export function resolvePartName(sourcePart: string, target: string): string {
  const clean = target.split("#")[0] ?? "";
  const segments = clean.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of clean.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") segments.pop();
    else segments.push(seg);
  }
  return segments.join("/");
}

/** True when the relationship type URI ends with this name (transitional and strict URIs alike). */
export function isRelType(type: string, name: string): boolean {
  return type.endsWith("/" + name);
}

export function parseRelationships(xml: string, sourcePart: string, partName: string): Relationship[] {
  const tok = new XmlTokenizer(xml, partName);
  const out: Relationship[] = [];
  for (let kind = tok.next(); kind !== XML_EOF; kind = tok.next()) {
    if (kind !== XML_OPEN || !(tok.name === "Relationship" || tok.name.endsWith(":Relationship"))) continue;
    const id = tok.attr("Id");
    const type = tok.attr("Type");
    const target = tok.attr("Target");
    if (id === undefined || type === undefined || target === undefined) continue;
    const external = tok.attr("TargetMode") === "External";
    out.push({ id, type, target: external ? target : resolvePartName(sourcePart, target), external });
  }
  return out;
}
