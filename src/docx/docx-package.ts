/**
 * A .docx as an OPC package: the zip, its main document part (found through _rels/.rels, as
 * Word does) and the main part's relationships.
 */

import { decodeXmlBytes } from "./decode-xml-bytes";
import { cachedPart } from "./part-cache";
import { DocxError, docxError } from "./errors";
import type { DocxLimits } from "./read-options";
import { isRelType, parseRelationships, relationshipsPartOf, type Relationship } from "./relationships";
import { ZipArchive } from "./zip-archive";

const DEFAULT_MAIN_PART = "word/document.xml";

export class DocxPackage {
  readonly zip: ZipArchive;
  /** Name of the main document part as stored in the zip ("word/document.xml"). */
  readonly mainPart: string;
  readonly mainRelationships: readonly Relationship[];

  private constructor(zip: ZipArchive, mainPart: string) {
    this.zip = zip;
    this.mainPart = mainPart;
    const relsPart = relationshipsPartOf(mainPart);
    this.mainRelationships =
      this.parsed(relsPart, `rels:${mainPart}`, (xml) => Object.freeze(parseRelationships(xml, mainPart, relsPart))) ?? [];
  }

  static open(bytes: Uint8Array, limits: DocxLimits): DocxPackage {
    const zip = ZipArchive.open(bytes, limits);
    return new DocxPackage(zip, locateMainPart(zip));
  }

  /** Text of an XML part, or undefined when the package has no such part. */
  xml(part: string): string | undefined {
    const bytes = this.zip.read(part);
    return bytes === undefined ? undefined : decodeXmlBytes(bytes);
  }

  /**
   * A part parsed by `parse`, through the shared cache of parts (see part-cache.ts): the result may
   * be shared with other documents and must not be mutated. Undefined when there is no such part.
   */
  parsed<T>(part: string, kind: string, parse: (xml: string) => T): T | undefined {
    const entry = this.zip.entry(part);
    if (entry === undefined) return undefined;
    return cachedPart(this.zip, entry, kind, (bytes) => parse(decodeXmlBytes(bytes)));
  }

  /** Target of the main part's first internal relationship of a type ("styles", "theme"…). */
  relatedPart(typeName: string): string | undefined {
    for (const rel of this.mainRelationships) {
      if (!rel.external && isRelType(rel.type, typeName) && this.zip.has(rel.target)) return rel.target;
    }
    return undefined;
  }

  /** Target part of a relationship id of the main part. */
  partById(rId: string): string | undefined {
    const rel = this.mainRelationships.find((r) => r.id === rId);
    return rel === undefined || rel.external ? undefined : rel.target;
  }
}

function unsupported(what: string): DocxError {
  return docxError("UNSUPPORTED", `Đây là ${what}, không phải tài liệu Word (.docx).`);
}

function locateMainPart(zip: ZipArchive): string {
  // Every producer we know names the main part word/document.xml; the package relationship is read
  // only when it is absent (it costs an inflate per file in a batch).
  const usual = zip.entry(DEFAULT_MAIN_PART);
  if (usual !== undefined) return usual.name.replace(/^\//, "");
  const rootRels = zip.read("_rels/.rels");
  if (rootRels !== undefined) {
    for (const rel of parseRelationships(decodeXmlBytes(rootRels), "", "_rels/.rels")) {
      if (rel.external || !isRelType(rel.type, "officeDocument")) continue;
      const lower = rel.target.toLowerCase();
      if (lower.startsWith("xl/")) throw unsupported("bảng tính Excel (.xlsx)");
      if (lower.startsWith("ppt/")) throw unsupported("bản trình chiếu PowerPoint (.pptx)");
      const entry = zip.entry(rel.target);
      if (entry !== undefined) return entry.name.replace(/^\//, "");
    }
  }
  if (zip.has("xl/workbook.xml")) throw unsupported("bảng tính Excel (.xlsx)");
  if (zip.has("ppt/presentation.xml")) throw unsupported("bản trình chiếu PowerPoint (.pptx)");
  if (zip.has("mimetype") && zip.has("content.xml")) throw unsupported("tệp OpenDocument (.odt); hãy lưu lại dưới dạng .docx");
  throw docxError(
    "NO_DOCUMENT",
    "Tệp nén không chứa nội dung tài liệu Word (thiếu word/document.xml). Tệp có thể bị hỏng hoặc không phải .docx.",
  );
}
