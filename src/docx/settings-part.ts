/** settings.xml: the two page-layout switches the checks care about. */

import { onOff } from "./ooxml-values";
import { XML_EOF, XML_OPEN, XmlTokenizer } from "./xml-tokenizer";

export interface DocumentSettings {
  mirrorMargins: boolean;
  evenAndOddHeaders: boolean;
}

export function readSettingsPart(xml: string, partName: string): DocumentSettings {
  const tok = new XmlTokenizer(xml, partName);
  const settings: DocumentSettings = { mirrorMargins: false, evenAndOddHeaders: false };
  for (let kind = tok.next(); kind !== XML_EOF; kind = tok.next()) {
    if (kind !== XML_OPEN) continue;
    if (tok.name === "w:mirrorMargins") settings.mirrorMargins = onOff(tok.attr("w:val"));
    else if (tok.name === "w:evenAndOddHeaders") settings.evenAndOddHeaders = onOff(tok.attr("w:val"));
  }
  return settings;
}
