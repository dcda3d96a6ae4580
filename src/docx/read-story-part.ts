/** Reads one story part (document body, header, footer) into a StoryTarget. */

import type { FormatResolver } from "./format-resolver";
import { StoryReader, type StoryTarget } from "./story-reader";
import { XML_EOF, XML_OPEN, XmlTokenizer } from "./xml-tokenizer";

/**
 * Streams `xml` and reads the content of its first `storyElement` ("w:body", "w:hdr", "w:ftr").
 * The rest of the part is still tokenized, so a malformed tail is reported, not ignored.
 */
export function readStoryPart(
  xml: string,
  partName: string,
  storyElement: string,
  resolver: FormatResolver,
  target: StoryTarget,
): void {
  const tok = new XmlTokenizer(xml, partName);
  let done = false;
  for (let kind = tok.next(); kind !== XML_EOF; kind = tok.next()) {
    if (!done && kind === XML_OPEN && tok.name === storyElement) {
      done = true;
      if (!tok.selfClosing) new StoryReader(tok, resolver, target).run(tok.depth);
    }
  }
}
