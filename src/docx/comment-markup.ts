/**
 * The markup of a Word comment, shared by writeDocx and addCommentsToDocx: the comments part entry
 * and the anchor in the body (range start, range end, and the reference run Word requires).
 */

import { NS_R, NS_W, XML_DECLARATION } from "./ooxml-namespaces";
import { escapeXmlAttr, escapeXmlText } from "./xml-escape";

export interface CommentContent {
  text: string;
  author: string;
  initials?: string;
  /** ISO 8601. */
  date: string;
}

/** "Nguyễn Văn A" → "NVA": Word shows initials in the margin. */
export function initialsOf(author: string): string {
  return author
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => w.charAt(0).toUpperCase())
    .join("")
    .slice(0, 8);
}

/** Word writes dates without milliseconds. */
export function commentDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function commentElement(id: number, c: CommentContent): string {
  const initials = c.initials ?? initialsOf(c.author);
  const paragraphs = c.text.split(/\r\n|\r|\n/).map(
    (line, i) =>
      `<w:p>${i === 0 ? '<w:r><w:annotationRef/></w:r>' : ""}<w:r><w:t xml:space="preserve">${escapeXmlText(line)}</w:t></w:r></w:p>`,
  );
  return (
    `<w:comment w:id="${id}" w:author="${escapeXmlAttr(c.author)}" w:date="${escapeXmlAttr(c.date)}"` +
    ` w:initials="${escapeXmlAttr(initials)}">${paragraphs.join("")}</w:comment>`
  );
}

export function commentsPart(elements: string[]): string {
  return `${XML_DECLARATION}<w:comments xmlns:w="${NS_W}" xmlns:r="${NS_R}">${elements.join("")}</w:comments>`;
}

export function commentRangeStart(id: number): string {
  return `<w:commentRangeStart w:id="${id}"/>`;
}

/** Range end plus the reference run, placed at the end of the anchored paragraph. */
export function commentRangeEnd(id: number): string {
  return `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
}
