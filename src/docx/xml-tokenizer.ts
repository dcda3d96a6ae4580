/**
 * A small pull tokenizer for the XML of OOXML parts. It builds no tree: the caller asks for the next
 * token and reads the current element's name, attributes (parsed lazily, only when asked) or text.
 *
 * Safety: a DOCTYPE (or any other markup declaration) is rejected, because OOXML packages may not
 * carry DTDs and a DTD is the only way to entity-expansion attacks; only the five predefined
 * entities and numeric references are decoded. Every scan starts where the previous one stopped,
 * so tokenizing is linear in the input. Tags must nest properly, otherwise MALFORMED_XML.
 */

import { docxError } from "./errors";
import { decodeXmlEntities } from "./xml-entities";

export const XML_EOF = 0;
export const XML_OPEN = 1;
export const XML_CLOSE = 2;
export const XML_TEXT = 3;
export type XmlTokenKind = typeof XML_EOF | typeof XML_OPEN | typeof XML_CLOSE | typeof XML_TEXT;

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const DQUOTE = 34;
const SQUOTE = 39;
const EQUALS = 61;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

export class XmlTokenizer {
  /** Qualified name of the current OPEN or CLOSE token ("w:p"). */
  name = "";
  /** The current OPEN token is an empty-element tag (`<w:b/>`): no CLOSE token follows it. */
  selfClosing = false;
  /** Source offsets of the current token, `[start, end)`. */
  start = 0;
  end = 0;

  private readonly src: string;
  private readonly part: string;
  private pos = 0;
  private readonly open: string[] = [];
  private attrStart = 0;
  private attrEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  private cdata = false;

  /** `part` only names the zip part in error messages. */
  constructor(xml: string, part = "") {
    this.src = xml;
    this.part = part;
  }

  /** Number of elements currently open (the current OPEN element included). */
  get depth(): number {
    return this.open.length;
  }

  /** The whole source, for callers that splice into it by token offsets. */
  get source(): string {
    return this.src;
  }

  next(): XmlTokenKind {
    const s = this.src;
    const len = s.length;
    for (;;) {
      const p = this.pos;
      if (p >= len) {
        if (this.open.length > 0) this.fail(`thiếu thẻ đóng </${this.open[this.open.length - 1] ?? ""}>`);
        return XML_EOF;
      }
      if (s.charCodeAt(p) !== LT) {
        let e = s.indexOf("<", p);
        if (e < 0) e = len;
        this.pos = e;
        // Text outside the root element (whitespace, a BOM) carries nothing.
        if (this.open.length === 0) continue;
        this.start = this.textStart = p;
        this.end = this.textEnd = e;
        this.cdata = false;
        return XML_TEXT;
      }
      const c1 = s.charCodeAt(p + 1);
      if (c1 === SLASH) return this.closeTag(p);
      if (c1 === QUESTION) {
        const e = s.indexOf("?>", p + 2);
        if (e < 0) this.fail("chỉ thị xử lý không kết thúc");
        this.pos = e + 2;
        continue;
      }
      if (c1 === BANG) {
        if (s.startsWith("<!--", p)) {
          const e = s.indexOf("-->", p + 4);
          if (e < 0) this.fail("chú thích XML không kết thúc");
          this.pos = e + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", p)) {
          const e = s.indexOf("]]>", p + 9);
          if (e < 0) this.fail("khối CDATA không kết thúc");
          this.pos = e + 3;
          if (this.open.length === 0) continue;
          this.start = p;
          this.end = e + 3;
          this.textStart = p + 9;
          this.textEnd = e;
          this.cdata = true;
          return XML_TEXT;
        }
        this.fail("có khai báo DOCTYPE/DTD (không được phép trong tệp .docx)");
      }
      return this.openTag(p);
    }
  }

  /** Decoded text of the current TEXT token. */
  text(): string {
    const raw = this.src.slice(this.textStart, this.textEnd);
    return this.cdata ? raw : decodeXmlEntities(raw);
  }

  /** Value of an attribute of the current OPEN token, by qualified name ("w:val"), decoded. */
  attr(name: string): string | undefined {
    const s = this.src;
    const end = this.attrEnd;
    let q = this.attrStart;
    while (q < end) {
      while (q < end && isSpace(s.charCodeAt(q))) q++;
      if (q >= end) break;
      // The tag was validated by openTag(), so "=" and both quotes are known to be there.
      const eq = s.indexOf("=", q);
      let ne = eq;
      while (ne > q && isSpace(s.charCodeAt(ne - 1))) ne--;
      let v = eq + 1;
      while (isSpace(s.charCodeAt(v))) v++;
      const close = s.indexOf(s.charAt(v), v + 1);
      if (ne - q === name.length && s.startsWith(name, q)) {
        const raw = s.slice(v + 1, close);
        return raw.indexOf("&") < 0 ? raw : decodeXmlEntities(raw);
      }
      q = close + 1;
    }
    return undefined;
  }

  /** After an OPEN token: consume everything up to and including its CLOSE token. */
  skip(): void {
    if (this.selfClosing) return;
    const depth = this.open.length;
    for (;;) {
      const kind = this.next();
      if (kind === XML_CLOSE && this.open.length < depth) return;
      if (kind === XML_EOF) return;
    }
  }

  /**
   * After an OPEN token: jump past its CLOSE token, which ends at `end`, without tokenizing the
   * content. Only for content the caller has already seen tokenized, byte for byte, in the same
   * position (see readMemoized): it is known to be well-formed.
   */
  skipKnown(end: number): void {
    if (this.selfClosing) return;
    this.open.pop();
    this.start = this.pos;
    this.end = this.pos = end;
  }

  /** Values of several attributes of the current OPEN token in one pass (`out[i]` for `names[i]`). */
  attrs(names: readonly string[], out: (string | undefined)[]): void {
    for (let i = 0; i < names.length; i++) out[i] = undefined;
    const s = this.src;
    const end = this.attrEnd;
    let q = this.attrStart;
    while (q < end) {
      while (q < end && isSpace(s.charCodeAt(q))) q++;
      if (q >= end) break;
      const eq = s.indexOf("=", q);
      let ne = eq;
      while (ne > q && isSpace(s.charCodeAt(ne - 1))) ne--;
      let v = eq + 1;
      while (isSpace(s.charCodeAt(v))) v++;
      const close = s.indexOf(s.charAt(v), v + 1);
      for (let i = 0; i < names.length; i++) {
        const name = names[i] as string;
        if (ne - q === name.length && s.startsWith(name, q)) {
          const raw = s.slice(v + 1, close);
          out[i] = raw.indexOf("&") < 0 ? raw : decodeXmlEntities(raw);
          break;
        }
      }
      q = close + 1;
    }
  }

  /** After an OPEN token: the concatenated text it contains (child elements ignored), through its CLOSE. */
  readText(): string {
    if (this.selfClosing) return "";
    // Fast path for the usual `<w:t>text</w:t>`: plain text up to this element's own close tag.
    const s = this.src;
    const lt = s.indexOf("<", this.pos);
    if (lt >= 0 && s.charCodeAt(lt + 1) === SLASH && s.startsWith(this.name, lt + 2) && s.charCodeAt(lt + 2 + this.name.length) === GT) {
      const raw = s.slice(this.pos, lt);
      this.open.pop();
      this.start = lt;
      this.end = this.pos = lt + 3 + this.name.length;
      return decodeXmlEntities(raw);
    }
    const depth = this.open.length;
    let out = "";
    for (;;) {
      const kind = this.next();
      if (kind === XML_TEXT) {
        if (this.open.length === depth) out += this.text();
      } else if (kind === XML_CLOSE) {
        if (this.open.length < depth) return out;
      } else if (kind === XML_EOF) {
        return out;
      }
    }
  }

  private closeTag(p: number): XmlTokenKind {
    const s = this.src;
    const gt = s.indexOf(">", p + 2);
    if (gt < 0) this.fail("thẻ đóng không kết thúc");
    let ne = gt;
    while (ne > p + 2 && isSpace(s.charCodeAt(ne - 1))) ne--;
    const expected = this.open.pop();
    // Compared in place: the name is the open tag's string, no slice allocated per close tag.
    if (expected === undefined || ne - (p + 2) !== expected.length || !s.startsWith(expected, p + 2)) {
      const name = s.slice(p + 2, ne);
      this.fail(expected === undefined ? `thẻ đóng </${name}> thừa` : `</${name}> không khớp với <${expected}>`);
    }
    this.name = expected;
    this.selfClosing = false;
    this.start = p;
    this.end = this.pos = gt + 1;
    return XML_CLOSE;
  }

  private openTag(p: number): XmlTokenKind {
    const s = this.src;
    const len = s.length;
    let q = p + 1;
    for (; q < len; q++) {
      const c = s.charCodeAt(q);
      if (c === GT || c === SLASH || isSpace(c)) break;
      if (c === LT || c === EQUALS || c === DQUOTE || c === SQUOTE) this.fail("tên thẻ không hợp lệ");
    }
    if (q === p + 1 || q >= len) this.fail("thẻ không hợp lệ hoặc bị cắt cụt");
    const name = s.slice(p + 1, q);
    this.attrStart = q;
    let selfClosing = false;
    for (;;) {
      let c = s.charCodeAt(q);
      while (isSpace(c)) c = s.charCodeAt(++q);
      if (c === GT) {
        this.attrEnd = q;
        q += 1;
        break;
      }
      if (c === SLASH) {
        if (s.charCodeAt(q + 1) !== GT) this.fail(`thẻ <${name}> không hợp lệ`);
        this.attrEnd = q;
        selfClosing = true;
        q += 2;
        break;
      }
      if (q >= len) this.fail(`thẻ <${name}> bị cắt cụt`);
      const eq = s.indexOf("=", q);
      if (eq < 0) this.fail(`thuộc tính trong <${name}> không hợp lệ`);
      for (let k = q; k < eq; k++) {
        const ck = s.charCodeAt(k);
        if (ck === GT || ck === LT || ck === SLASH || ck === DQUOTE || ck === SQUOTE) {
          this.fail(`thuộc tính trong <${name}> không hợp lệ`);
        }
      }
      let v = eq + 1;
      c = s.charCodeAt(v);
      while (isSpace(c)) c = s.charCodeAt(++v);
      if (c !== DQUOTE && c !== SQUOTE) this.fail(`giá trị thuộc tính trong <${name}> thiếu dấu nháy`);
      const close = s.indexOf(c === DQUOTE ? '"' : "'", v + 1);
      if (close < 0) this.fail(`giá trị thuộc tính trong <${name}> không kết thúc`);
      q = close + 1;
      c = s.charCodeAt(q);
      if (!(isSpace(c) || c === GT || c === SLASH)) this.fail(`thuộc tính trong <${name}> không hợp lệ`);
    }
    this.name = name;
    this.selfClosing = selfClosing;
    this.start = p;
    this.end = this.pos = q;
    if (!selfClosing) this.open.push(name);
    return XML_OPEN;
  }

  private fail(what: string): never {
    const where = this.part ? ` trong phần "${this.part}"` : "";
    throw docxError("MALFORMED_XML", `Tệp bị hỏng: XML không hợp lệ${where} (${what}, vị trí ${this.pos}).`, {
      ...(this.part ? { part: this.part } : {}),
    });
  }
}
