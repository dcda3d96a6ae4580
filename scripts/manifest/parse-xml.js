"use strict";
/**
 * A small, strict XML parser for add-in manifests: enough of XML 1.0 to read what Office reads
 * (elements, attributes, namespaces, text, comments, CDATA, processing instructions, the five
 * predefined entities and character references) and to reject what is not well-formed. No DTDs:
 * a manifest has none, and refusing them keeps entity expansion out of the picture.
 *
 * parseXml(text) -> { ok: true, root } | { ok: false, error: { message, line, column } }
 * Element: { name, prefix, local, ns, attrs: {qname: value}, attrNs: {qname: nsUri}, children, text, line, column }
 */

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

class XmlError extends Error {
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

function isNameStart(ch) {
  const c = ch.codePointAt(0);
  return (
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x61 && c <= 0x7a) || // a-z
    c === 0x5f || // _
    c === 0x3a || // : (split into prefix later)
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c <= 0x2fff) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfffd) ||
    c >= 0x10000
  );
}

function isNameChar(ch) {
  const c = ch.codePointAt(0);
  return isNameStart(ch) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0xb7;
}

function isSpace(ch) {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r";
}

class Scanner {
  constructor(text) {
    this.text = text;
    this.pos = 0;
  }

  get done() {
    return this.pos >= this.text.length;
  }

  peek(offset = 0) {
    return this.text[this.pos + offset] ?? "";
  }

  startsWith(s) {
    return this.text.startsWith(s, this.pos);
  }

  /** 1-based line and column of a position, for messages a person can act on. */
  where(pos = this.pos) {
    let line = 1;
    let col = 1;
    for (let i = 0; i < pos && i < this.text.length; i++) {
      if (this.text[i] === "\n") {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return { line, column: col };
  }

  fail(message, pos = this.pos) {
    const { line, column } = this.where(pos);
    throw new XmlError(message, line, column);
  }

  expect(s) {
    if (!this.startsWith(s)) this.fail(`expected "${s}"`);
    this.pos += s.length;
  }

  skipSpace() {
    while (!this.done && isSpace(this.peek())) this.pos++;
  }

  readName() {
    const start = this.pos;
    if (this.done || !isNameStart(this.peek())) this.fail("expected a name");
    while (!this.done && isNameChar(this.peek())) this.pos++;
    return this.text.slice(start, this.pos);
  }

  /** Reads up to (not including) `end`, failing at end of input. */
  readUntil(end, what) {
    const idx = this.text.indexOf(end, this.pos);
    if (idx < 0) this.fail(`unterminated ${what}`);
    const s = this.text.slice(this.pos, idx);
    this.pos = idx + end.length;
    return s;
  }
}

const PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Expands entity and character references; `start` locates errors. */
function decodeEntities(scanner, raw, start) {
  if (!raw.includes("&")) return raw;
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i];
    if (ch !== "&") {
      out += ch;
      i++;
      continue;
    }
    const semi = raw.indexOf(";", i);
    if (semi < 0) scanner.fail("unterminated entity reference", start + i);
    const ref = raw.slice(i + 1, semi);
    if (ref.startsWith("#")) {
      const hex = ref[1] === "x";
      const digits = hex ? ref.slice(2) : ref.slice(1);
      const valid = digits.length > 0 && [...digits].every((d) => (hex ? "0123456789abcdefABCDEF" : "0123456789").includes(d));
      const code = valid ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (!valid || code > 0x10ffff || code === 0) scanner.fail(`invalid character reference "&${ref};"`, start + i);
      out += String.fromCodePoint(code);
    } else if (Object.prototype.hasOwnProperty.call(PREDEFINED, ref)) {
      out += PREDEFINED[ref];
    } else {
      scanner.fail(`undefined entity "&${ref};"`, start + i);
    }
    i = semi + 1;
  }
  return out;
}

function splitName(qname) {
  const colon = qname.indexOf(":");
  if (colon < 0) return { prefix: "", local: qname };
  const prefix = qname.slice(0, colon);
  const local = qname.slice(colon + 1);
  return { prefix, local };
}

function parseAttributes(scanner) {
  const attrs = {};
  const order = [];
  for (;;) {
    const hadSpace = isSpace(scanner.peek());
    scanner.skipSpace();
    const ch = scanner.peek();
    if (ch === ">" || ch === "/" || ch === "?" || ch === "") return { attrs, order };
    if (!hadSpace) scanner.fail("attributes must be separated by white space");
    const namePos = scanner.pos;
    const name = scanner.readName();
    scanner.skipSpace();
    scanner.expect("=");
    scanner.skipSpace();
    const quote = scanner.peek();
    if (quote !== '"' && quote !== "'") scanner.fail("attribute value must be quoted");
    scanner.pos++;
    const valueStart = scanner.pos;
    const raw = scanner.readUntil(quote, "attribute value");
    if (raw.includes("<")) scanner.fail(`"<" is not allowed in attribute value of ${name}`, valueStart);
    if (Object.prototype.hasOwnProperty.call(attrs, name)) scanner.fail(`duplicate attribute "${name}"`, namePos);
    // Attribute-value normalization: literal white space becomes a space.
    attrs[name] = decodeEntities(scanner, raw.replace(/[\t\n\r]/g, " "), valueStart);
    order.push({ name, pos: namePos });
  }
}

/** Skips comments, processing instructions and white space between markup; returns false at a tag or end. */
function skipMisc(scanner, allowText) {
  for (;;) {
    if (!allowText) scanner.skipSpace();
    if (scanner.startsWith("<!--")) {
      scanner.pos += 4;
      const body = scanner.readUntil("-->", "comment");
      if (body.includes("--")) scanner.fail('"--" is not allowed inside a comment');
      continue;
    }
    if (scanner.startsWith("<?")) {
      const at = scanner.pos;
      scanner.pos += 2;
      const target = scanner.readName();
      if (target.toLowerCase() === "xml") scanner.fail("XML declaration is only allowed at the very start", at);
      scanner.readUntil("?>", "processing instruction");
      continue;
    }
    return;
  }
}

function parseXml(text) {
  const scanner = new Scanner(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  try {
    if (scanner.startsWith("<?xml")) {
      scanner.pos += 5;
      if (!isSpace(scanner.peek())) scanner.fail("malformed XML declaration");
      parseAttributes(scanner);
      scanner.skipSpace();
      scanner.expect("?>");
    }
    skipMisc(scanner, false);
    if (scanner.startsWith("<!DOCTYPE")) scanner.fail("DOCTYPE is not allowed in a manifest");
    if (scanner.peek() !== "<") scanner.fail("expected the root element");
    const root = parseElement(scanner, [{ xml: XML_NS, xmlns: XMLNS_NS }]);
    skipMisc(scanner, false);
    if (!scanner.done) scanner.fail("content after the root element");
    return { ok: true, root };
  } catch (err) {
    if (err instanceof XmlError) return { ok: false, error: { message: err.message, line: err.line, column: err.column } };
    throw err;
  }
}

function lookupNs(scopes, prefix) {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (Object.prototype.hasOwnProperty.call(scope, prefix)) return scope[prefix];
  }
  return undefined;
}

function parseElement(scanner, scopes) {
  const tagPos = scanner.pos;
  scanner.expect("<");
  const name = scanner.readName();
  const { attrs, order } = parseAttributes(scanner);

  // Namespace declarations on this element open a new scope for it and its descendants.
  const scope = {};
  for (const attr of order) {
    if (attr.name === "xmlns") scope[""] = attrs[attr.name];
    else if (attr.name.startsWith("xmlns:")) scope[attr.name.slice(6)] = attrs[attr.name];
  }
  const innerScopes = [...scopes, scope];

  const { prefix, local } = splitName(name);
  const ns = lookupNs(innerScopes, prefix);
  if (prefix && ns === undefined) scanner.fail(`undeclared namespace prefix "${prefix}" on <${name}>`, tagPos);
  const attrNs = {};
  for (const attr of order) {
    if (attr.name === "xmlns" || attr.name.startsWith("xmlns:")) continue;
    const split = splitName(attr.name);
    if (!split.prefix) continue; // unprefixed attributes have no namespace
    const uri = lookupNs(innerScopes, split.prefix);
    if (uri === undefined) scanner.fail(`undeclared namespace prefix "${split.prefix}" on attribute ${attr.name}`, attr.pos);
    attrNs[attr.name] = uri;
  }

  const { line, column } = scanner.where(tagPos);
  const element = { name, prefix, local, ns: ns ?? "", attrs, attrNs, children: [], text: "", line, column };

  if (scanner.startsWith("/>")) {
    scanner.pos += 2;
    return element;
  }
  scanner.expect(">");

  for (;;) {
    if (scanner.done) scanner.fail(`<${name}> is not closed`, tagPos);
    if (scanner.startsWith("</")) {
      scanner.pos += 2;
      const closePos = scanner.pos;
      const closeName = scanner.readName();
      if (closeName !== name) scanner.fail(`expected </${name}> but found </${closeName}>`, closePos);
      scanner.skipSpace();
      scanner.expect(">");
      return element;
    }
    if (scanner.startsWith("<!--") || scanner.startsWith("<?")) {
      skipMisc(scanner, true);
      continue;
    }
    if (scanner.startsWith("<![CDATA[")) {
      scanner.pos += 9;
      element.text += scanner.readUntil("]]>", "CDATA section");
      continue;
    }
    if (scanner.startsWith("<!")) scanner.fail("unexpected markup declaration");
    if (scanner.peek() === "<") {
      element.children.push(parseElement(scanner, innerScopes));
      continue;
    }
    const start = scanner.pos;
    const next = scanner.text.indexOf("<", start);
    const end = next < 0 ? scanner.text.length : next;
    const raw = scanner.text.slice(start, end);
    if (raw.includes("]]>")) scanner.fail('"]]>" is not allowed in text', start + raw.indexOf("]]>"));
    element.text += decodeEntities(scanner, raw, start);
    scanner.pos = end;
  }
}

module.exports = { parseXml };
