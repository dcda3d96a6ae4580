/** comments.xml: each w:comment's id, author and text (its paragraphs joined by "\n"). */

import type { Paragraph } from "../core/model/types";
import type { FormatResolver } from "./format-resolver";
import { StoryReader } from "./story-reader";
import { XML_EOF, XML_OPEN, XmlTokenizer } from "./xml-tokenizer";

export interface CommentEntry {
  id: string;
  author: string;
  initials?: string;
  date?: string;
  text: string;
}

export function readCommentsPart(xml: string, partName: string, resolver: FormatResolver): CommentEntry[] {
  const tok = new XmlTokenizer(xml, partName);
  const out: CommentEntry[] = [];
  for (let kind = tok.next(); kind !== XML_EOF; kind = tok.next()) {
    if (kind !== XML_OPEN || tok.name !== "w:comment") continue;
    const entry: CommentEntry = { id: tok.attr("w:id") ?? "", author: tok.attr("w:author") ?? "", text: "" };
    const initials = tok.attr("w:initials");
    const date = tok.attr("w:date");
    if (initials !== undefined) entry.initials = initials;
    if (date !== undefined) entry.date = date;
    if (!tok.selfClosing) {
      const paragraphs: Paragraph[] = [];
      new StoryReader(tok, resolver, { paragraphs, refPrefix: "c", container: "comment" }).run(tok.depth);
      entry.text = paragraphs.map((p) => p.text).join("\n");
    }
    out.push(entry);
  }
  return out;
}
