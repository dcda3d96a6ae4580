import { DocxError } from "../../src/docx/errors";
import { decodeXmlEntities } from "../../src/docx/xml-entities";
import { XML_CLOSE, XML_EOF, XML_OPEN, XML_TEXT, XmlTokenizer } from "../../src/docx/xml-tokenizer";

function tokens(xml: string): string[] {
  const tok = new XmlTokenizer(xml);
  const out: string[] = [];
  for (let kind = tok.next(); kind !== XML_EOF; kind = tok.next()) {
    if (kind === XML_OPEN) out.push(`<${tok.name}${tok.selfClosing ? "/" : ""}>`);
    else if (kind === XML_CLOSE) out.push(`</${tok.name}>`);
    else if (kind === XML_TEXT) out.push(tok.text());
  }
  return out;
}

function malformed(xml: string): void {
  expect(() => tokens(xml)).toThrow(DocxError);
  try {
    tokens(xml);
  } catch (e) {
    expect((e as DocxError).code).toBe("MALFORMED_XML");
  }
}

describe("XmlTokenizer", () => {
  it("emits open, close, self-closing and text tokens, skipping declarations, comments and PIs", () => {
    expect(tokens('<?xml version="1.0"?>\n<a x="1"><!-- c --><b/>t<?pi x?><c>u</c></a>\n')).toEqual([
      "<a>",
      "<b/>",
      "t",
      "<c>",
      "u",
      "</c>",
      "</a>",
    ]);
  });

  it("reads attributes lazily, with either quote, spaces around = and entity decoding", () => {
    const tok = new XmlTokenizer(`<w:rFonts w:ascii = 'A &amp; B' w:hAnsi="C&#x1EA1;" w:cs="&lt;x&gt;"/>`);
    expect(tok.next()).toBe(XML_OPEN);
    expect(tok.attr("w:ascii")).toBe("A & B");
    expect(tok.attr("w:hAnsi")).toBe("Cạ");
    expect(tok.attr("w:cs")).toBe("<x>");
    expect(tok.attr("w:eastAsia")).toBeUndefined();
    expect(tok.attr("ascii")).toBeUndefined();
    const out: (string | undefined)[] = [];
    tok.attrs(["w:cs", "w:ascii", "w:none"], out);
    expect(out).toEqual(["<x>", "A & B", undefined]);
  });

  it("accepts '>' inside attribute values", () => {
    const tok = new XmlTokenizer('<a v="1 > 0"><b/></a>');
    tok.next();
    expect(tok.attr("v")).toBe("1 > 0");
    expect(tok.next()).toBe(XML_OPEN);
    expect(tok.name).toBe("b");
  });

  it("keeps CDATA verbatim and decodes only predefined and numeric references", () => {
    expect(tokens("<a><![CDATA[<b>&amp;]]></a>")).toEqual(["<a>", "<b>&amp;", "</a>"]);
    expect(decodeXmlEntities("&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&unknown;&#0;&#xD800;&")).toBe('&<>"\'AB&unknown;\uFFFD\uFFFD&');
  });

  it("skip() consumes a whole element and readText() concatenates its text", () => {
    const tok = new XmlTokenizer("<r><skip><x>1</x><y/></skip><t>a&amp;<i/>b</t><end/></r>");
    tok.next();
    tok.next();
    tok.skip();
    expect(tok.next()).toBe(XML_OPEN);
    expect(tok.readText()).toBe("a&b");
    expect(tok.next()).toBe(XML_OPEN);
    expect(tok.name).toBe("end");
  });

  it("rejects a DOCTYPE: no entity is ever expanded (billion laughs)", () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>';
    malformed(laughs);
    expect(decodeXmlEntities("&lol3;")).toBe("&lol3;");
  });

  it("rejects mismatched, unclosed, stray-close and truncated markup", () => {
    malformed("<a><b></a></b>");
    malformed("<a><b></b>");
    malformed("<a></a></b>");
    malformed('<a x="1');
    malformed("<a><b");
    malformed("<a x=1></a>");
    malformed("<a><!-- never closed</a>");
    malformed("<a><![CDATA[x</a>");
    malformed('<a x="1"y="2"></a>');
  });

  it("stays linear on pathological input", () => {
    const n = 200_000;
    const big = `<a>${"&".repeat(n)}${"<b/>".repeat(n)}<c ${Array.from({ length: 2000 }, (_, i) => `x${i}="${i}"`).join(" ")}/></a>`;
    // Quadratic behaviour would blow jest's timeout; the speed itself is measured by npm run bench.
    const tok = new XmlTokenizer(big);
    let text = "";
    for (let kind = tok.next(); kind !== XML_EOF; kind = tok.next()) {
      if (kind === XML_TEXT) text += tok.text();
      if (kind === XML_OPEN && tok.name === "c") expect(tok.attr("x1999")).toBe("1999");
    }
    expect(text.length).toBe(n);
  });
});
