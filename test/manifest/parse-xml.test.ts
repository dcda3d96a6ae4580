import { parseXml, type XmlElement } from "../../scripts/manifest/parse-xml";

function root(xml: string): XmlElement {
  const result = parseXml(xml);
  if (!result.ok) throw new Error(`${result.error.message} at ${result.error.line}:${result.error.column}`);
  return result.root;
}

function error(xml: string): string {
  const result = parseXml(xml);
  if (result.ok) throw new Error("expected a parse error");
  return `${result.error.line}:${result.error.column} ${result.error.message}`;
}

describe("parseXml", () => {
  it("reads elements, attributes, text, entities, CDATA and skips comments", () => {
    const r = root(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a x="1 &amp; 2" y=\'&#x41;&#66;\'><b>Biên &lt;bản&gt;</b><![CDATA[<raw>]]><?pi x?><c/></a>\n',
    );
    expect(r.name).toBe("a");
    expect(r.attrs).toEqual({ x: "1 & 2", y: "AB" });
    expect(r.children.map((c) => c.name)).toEqual(["b", "c"]);
    expect(r.children[0]?.text).toBe("Biên <bản>");
    expect(r.text).toBe("<raw>");
  });

  it("resolves namespaces of elements and prefixed attributes", () => {
    const r = root('<r xmlns="urn:a" xmlns:p="urn:p"><p:x p:k="v"/><y xmlns="urn:b"/></r>');
    expect(r.ns).toBe("urn:a");
    expect(r.children[0]).toMatchObject({ prefix: "p", local: "x", ns: "urn:p", attrNs: { "p:k": "urn:p" } });
    expect(r.children[1]?.ns).toBe("urn:b");
  });

  it("reports line and column of errors", () => {
    expect(error("<a>\n  <b></c>\n</a>")).toBe("2:8 expected </b> but found </c>");
    expect(error("<a>")).toMatch(/<a> is not closed/);
    expect(error("<a></a><b/>")).toMatch(/content after the root element/);
    expect(error('<a x="1" x="2"/>')).toMatch(/duplicate attribute "x"/);
    expect(error('<a x="1"y="2"/>')).toMatch(/separated by white space/);
    expect(error("<a x=1/>")).toMatch(/must be quoted/);
    expect(error("<a>&nbsp;</a>")).toMatch(/undefined entity "&nbsp;"/);
    expect(error("<p:a/>")).toMatch(/undeclared namespace prefix "p"/);
    expect(error('<!DOCTYPE a [<!ENTITY x "y">]><a/>')).toMatch(/DOCTYPE is not allowed/);
    expect(error("<a><!-- a -- b --></a>")).toMatch(/"--" is not allowed inside a comment/);
    expect(error("")).toMatch(/expected the root element/);
  });
});
