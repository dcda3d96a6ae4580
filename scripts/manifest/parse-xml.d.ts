/** Types for parse-xml.js, for the TypeScript tests. */
export interface XmlElement {
  name: string;
  prefix: string;
  local: string;
  ns: string;
  attrs: Record<string, string>;
  attrNs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  column: number;
}

export type XmlParseResult =
  | { ok: true; root: XmlElement }
  | { ok: false; error: { message: string; line: number; column: number } };

export function parseXml(text: string): XmlParseResult;
