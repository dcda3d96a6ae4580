/** The fixed parts of a .docx package the writer produces: content types, relationships, properties, settings, styles. */

import {
  CT_CORE_PROPERTIES,
  CT_EXTENDED_PROPERTIES,
  CT_RELATIONSHIPS,
  NS_CONTENT_TYPES,
  NS_RELS,
  NS_W,
  REL_CORE_PROPERTIES,
  REL_EXTENDED_PROPERTIES,
  REL_OFFICE_DOCUMENT,
  XML_DECLARATION,
} from "./ooxml-namespaces";
import { escapeXmlAttr, escapeXmlText } from "./xml-escape";

export interface PartDeclaration {
  /** Part name without the leading "/". */
  name: string;
  contentType: string;
}

export function contentTypesPart(parts: PartDeclaration[]): string {
  const overrides = parts.map((p) => `<Override PartName="/${escapeXmlAttr(p.name)}" ContentType="${escapeXmlAttr(p.contentType)}"/>`);
  return (
    `${XML_DECLARATION}<Types xmlns="${NS_CONTENT_TYPES}">` +
    `<Default Extension="rels" ContentType="${CT_RELATIONSHIPS}"/><Default Extension="xml" ContentType="application/xml"/>` +
    `${overrides.join("")}</Types>`
  );
}

export interface RelationshipDeclaration {
  id: string;
  type: string;
  target: string;
}

export function relationshipsPart(rels: RelationshipDeclaration[]): string {
  const items = rels.map(
    (r) => `<Relationship Id="${escapeXmlAttr(r.id)}" Type="${escapeXmlAttr(r.type)}" Target="${escapeXmlAttr(r.target)}"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="${NS_RELS}">${items.join("")}</Relationships>`;
}

export function packageRelationshipsPart(): string {
  return relationshipsPart([
    { id: "rId1", type: REL_OFFICE_DOCUMENT, target: "word/document.xml" },
    { id: "rId2", type: REL_CORE_PROPERTIES, target: "docProps/core.xml" },
    { id: "rId3", type: REL_EXTENDED_PROPERTIES, target: "docProps/app.xml" },
  ]);
}

export const PROPERTY_PARTS: PartDeclaration[] = [
  { name: "docProps/core.xml", contentType: CT_CORE_PROPERTIES },
  { name: "docProps/app.xml", contentType: CT_EXTENDED_PROPERTIES },
];

export function corePropertiesPart(title: string | undefined, creator: string, modified: Date): string {
  const when = modified.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
    ` xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    (title !== undefined ? `<dc:title>${escapeXmlText(title)}</dc:title>` : "") +
    `<dc:creator>${escapeXmlText(creator)}</dc:creator><cp:lastModifiedBy>${escapeXmlText(creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

export function appPropertiesPart(): string {
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"` +
    ` xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>bienban</Application>` +
    `<DocSecurity>0</DocSecurity></Properties>`
  );
}

export function settingsPart(): string {
  // compatibilityMode 15: Word opens the file normally, not in compatibility mode.
  return (
    `${XML_DECLARATION}<w:settings xmlns:w="${NS_W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
    `<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode"` +
    ` w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`
  );
}

/** Normal (the given font and size), the default character and table styles, Header, Footer. */
export function stylesPart(font: string, size: number): string {
  const f = escapeXmlAttr(font);
  const halfPoints = Math.round(size * 2);
  const fonts = `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>`;
  const sz = `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
  return (
    `${XML_DECLARATION}<w:styles xmlns:w="${NS_W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}${sz}<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
    `<w:rPr>${fonts}${sz}</w:rPr></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>` +
    `<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>` +
    `<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>` +
    `<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>` +
    `<w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>` +
    `<w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>` +
    `<w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>` +
    `</w:styles>`
  );
}
