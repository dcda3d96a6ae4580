import { readDocx } from "../../src/docx";
import { p, rawDocx, themeXml } from "../helpers/raw-docx";

const r = (text: string, rPr = ""): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe("readDocx on hand-written WordprocessingML", () => {
  it("joins runs split mid-word and merges equal formats", () => {
    const model = readDocx(rawDocx({ body: `<w:p>${r("Đả")}${r("ng", "<w:b w:val=\"0\"/>")}${r(" viên", "<w:b/>")}</w:p>` }));
    const para = model.paragraphs[0];
    expect(para?.text).toBe("Đảng viên");
    expect(para?.runs.map((x) => [x.text, x.format.bold])).toEqual([
      ["Đảng", false],
      [" viên", true],
    ]);
  });

  it("maps tab, breaks, hyphens and symbols to characters", () => {
    const body =
      "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t><w:noBreakHyphen/>" +
      '<w:t>e</w:t><w:softHyphen/><w:t>f</w:t><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Wingdings" w:char="F0FC"/>' +
      '<w:sym w:font="Times New Roman" w:char="00E0"/></w:r></w:p>';
    expect(readDocx(rawDocx({ body })).paragraphs[0]?.raw).toBe("a\tb\nc\nd-e\u00ADf•à");
  });

  it("resolves styles through basedOn chains, character styles and toggle properties", () => {
    const styles =
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Base"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Title1"><w:basedOn w:val="Base"/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6"/></w:pBdr></w:pPr><w:rPr><w:caps/><w:sz w:val="32"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="NotBold"><w:basedOn w:val="Base"/><w:rPr><w:b w:val="false"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/><w:rPr><w:i/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>' +
      '<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Em"><w:rPr><w:i/><w:u w:val="single"/></w:rPr></w:style>';
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Title1"/></w:pPr><w:r><w:t>a</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>b</w:t></w:r>' +
      '<w:r><w:rPr><w:rStyle w:val="Strong"/><w:b/></w:rPr><w:t>c</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Em"/></w:rPr><w:t>d</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="NotBold"/></w:pPr><w:r><w:t>e</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Loop1"/></w:pPr><w:r><w:t>f</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Missing"/></w:pPr><w:r><w:rPr><w:b w:val="on"/><w:i w:val="1"/><w:caps w:val="off"/></w:rPr><w:t>g</w:t></w:r></w:p>';
    const model = readDocx(rawDocx({ body, styles }));
    const [title, notBold, loop, missing] = model.paragraphs;
    expect(model.defaultFont).toBe("Times New Roman");
    expect(model.defaultSize).toBe(14);
    expect(title).toMatchObject({ style: "Title1", alignment: "center", borderBottom: true });
    const f = title?.runs.map((x) => [x.text, x.format]);
    expect(f).toEqual([
      ["a", { font: "Times New Roman", size: 16, bold: true, italic: false, underline: false, caps: true }],
      // Strong toggles the paragraph style's bold off (ECMA-376 §17.7.3) …
      ["b", { font: "Times New Roman", size: 16, bold: false, italic: false, underline: false, caps: true }],
      // … but direct formatting is absolute.
      ["c", { font: "Times New Roman", size: 16, bold: true, italic: false, underline: false, caps: true }],
      ["d", { font: "Times New Roman", size: 16, bold: true, italic: true, underline: true, caps: true }],
    ]);
    // A child style's false overrides its parent within the basedOn chain.
    expect(notBold?.runs[0]?.format).toMatchObject({ bold: false, size: 15 });
    expect(notBold?.alignment).toBe("center");
    // A basedOn cycle ends; a missing style falls back to Normal.
    expect(loop?.runs[0]?.format.italic).toBe(true);
    expect(missing?.style).toBe("Missing");
    expect(missing?.runs[0]?.format).toEqual({ font: "Times New Roman", size: 14, bold: true, italic: true, underline: false, caps: false });
  });

  it("resolves theme fonts, and keeps a differing hAnsi font (TCVN3 .VnTime runs kept as-is)", () => {
    const styles =
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:rPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Named"><w:basedOn w:val="Heading1"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style>';
    const tcvn = "Ban ChÊp hµnh Trung \u00AD¬ng";
    const body =
      p("body") +
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${r("head")}</w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Named"/></w:pPr>${r("named")}</w:p>` +
      `<w:p>${r(tcvn, '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>')}${r("x", '<w:rFonts w:ascii="Times New Roman" w:hAnsi=".VnTimeH"/>')}</w:p>`;
    const model = readDocx(rawDocx({ body, styles, theme: themeXml("Calibri Light", "Calibri") }));
    expect(model.defaultFont).toBe("Calibri");
    expect(model.paragraphs.map((x) => x.runs[0]?.format.font)).toEqual(["Calibri", "Calibri Light", "Arial", ".VnTime"]);
    const legacy = model.paragraphs[3];
    expect(legacy?.raw.startsWith(tcvn)).toBe(true);
    expect(legacy?.runs[0]?.format.fontHAnsi).toBeUndefined();
    expect(legacy?.runs[1]?.format).toMatchObject({ font: "Times New Roman", fontHAnsi: ".VnTimeH" });
  });

  it("normalises text to NFC and keeps raw as written (NFD)", () => {
    const nfd = "Đa\u0309ng viên";
    const para = readDocx(rawDocx({ body: p(nfd) })).paragraphs[0];
    expect(para?.raw).toBe(nfd);
    expect(para?.text).toBe("Đảng viên");
    expect(para?.runs[0]?.text).toBe(nfd);
  });

  it("counts inserted text, not deleted or moved-from text", () => {
    const body =
      '<w:p>' +
      r("Có mặt ") +
      '<w:del w:id="1" w:author="A"><w:r><w:delText>15</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A"><w:r><w:t>16</w:t></w:r></w:ins>' +
      '<w:moveFrom w:id="3" w:author="A"><w:r><w:t> cũ</w:t></w:r></w:moveFrom>' +
      '<w:moveTo w:id="4" w:author="A"><w:r><w:t> đồng chí</w:t></w:r></w:moveTo>' +
      '<w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="A"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>.</w:t></w:r>' +
      "</w:p>";
    const para = readDocx(rawDocx({ body })).paragraphs[0];
    expect(para?.text).toBe("Có mặt 16 đồng chí.");
    expect(para?.runs[1]?.format).toMatchObject({ bold: true, italic: false });
  });

  it("keeps field results, not instructions (simple, complex and nested fields)", () => {
    const body =
      '<w:p><w:r><w:t>Trang </w:t></w:r><w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>4</w:t></w:r></w:fldSimple></w:p>' +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>NUMPAGES</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:instrText> > 1 "nhiều" "một"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>nhiều trang</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '<w:p><w:fldSimple w:instr="PAGEREF _Toc1"><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>';
    const model = readDocx(rawDocx({ body }));
    expect(model.paragraphs.map((x) => [x.text, x.hasPageField === true])).toEqual([
      ["Trang 4", true],
      ["7", true],
      ["nhiều trang", false],
      ["2", false],
    ]);
  });

  it("counts hyperlink, smart tag and custom XML runs", () => {
    const body =
      '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink><w:smartTag w:element="x"><w:r><w:t> thẻ</w:t></w:r></w:smartTag>' +
      '<w:customXml w:element="y"><w:r><w:t> xml</w:t></w:r></w:customXml><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="a"/></w:p>';
    expect(readDocx(rawDocx({ body })).paragraphs[0]?.text).toBe("liên kết thẻ xml");
  });

  it("reads text boxes once: mc:Choice (DrawingML) and not the VML fallback", () => {
    const txbx = (t: string): string => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const body =
      '<w:p><w:r><w:t>neo</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>' +
      `<wps:wsp><wps:txbx>${txbx("ĐẢNG CỘNG SẢN VIỆT NAM")}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox>${txbx("ĐẢNG CỘNG SẢN VIỆT NAM")}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>` +
      '<w:r><w:t> sau</w:t></w:r></w:p>' +
      `<w:p><w:r><w:pict><v:shape><v:textbox>${txbx("chỉ VML")}</v:textbox></v:shape></w:pict></w:r></w:p>` +
      `<w:p><w:r><mc:AlternateContent><mc:Fallback><w:t>dự phòng</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const model = readDocx(rawDocx({ body }));
    expect(model.paragraphs.map((x) => [x.text, x.container])).toEqual([
      ["neo sau", "body"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "textbox"],
      ["", "body"],
      ["chỉ VML", "textbox"],
      ["dự phòng", "body"],
    ]);
  });

  it("reads content controls at run and cell level, nested, with placeholders", () => {
    const sdtPr = (tag: string, extra = ""): string => `<w:sdtPr><w:alias w:val="T ${tag}"/><w:tag w:val="${tag}"/><w:id w:val="1"/>${extra}</w:sdtPr>`;
    const body =
      `<w:sdt>${sdtPr("outer")}<w:sdtContent>` +
      `<w:p>${r("Số ")}<w:sdt>${sdtPr("num", "<w:showingPlcHdr/>")}<w:sdtContent>${r("…")}</w:sdtContent></w:sdt>${r("-NQ/CB")}</w:p>` +
      "<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"nil\"/></w:tblBorders></w:tblPr><w:tr>" +
      `<w:sdt>${sdtPr("cell")}<w:sdtContent><w:tc>${p("ô")}</w:tc></w:sdtContent></w:sdt>` +
      `<w:tc>${p("")}</w:tc></w:tr></w:tbl>` +
      `</w:sdtContent></w:sdt>${p("sau")}` +
      `<w:sdt>${sdtPr("empty")}<w:sdtContent></w:sdtContent></w:sdt>` +
      `<w:p><w:sdt>${sdtPr("inline-empty")}<w:sdtContent></w:sdtContent></w:sdt></w:p>`;
    const model = readDocx(rawDocx({ body }));
    expect(model.paragraphs.map((x) => [x.text, x.controlTags])).toEqual([
      ["Số …-NQ/CB", ["outer", "num"]],
      ["ô", ["outer", "cell"]],
      ["", ["outer"]],
      ["sau", []],
      ["", ["inline-empty"]],
    ]);
    expect(model.controls).toEqual([
      { tag: "outer", title: "T outer", first: 0, last: 2, showingPlaceholder: false },
      { tag: "num", title: "T num", first: 0, last: 0, showingPlaceholder: true },
      { tag: "cell", title: "T cell", first: 1, last: 1, showingPlaceholder: false },
      { tag: "empty", title: "T empty", first: -1, last: -1, showingPlaceholder: false },
      { tag: "inline-empty", title: "T inline-empty", first: -1, last: -1, showingPlaceholder: false },
    ]);
    expect(model.tables[0]?.borderless).toBe(true);
  });

  it("decides table borders from the table, its style, row exceptions and cells", () => {
    const styles =
      '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>' +
      '<w:style w:type="table" w:styleId="TableGrid"><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single"/><w:insideH w:val="single"/></w:tblBorders></w:tblPr></w:style>';
    const table = (tblPr: string, tcPr = ""): string =>
      `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tr><w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${p("x")}</w:tc></w:tr></w:tbl>`;
    const body =
      table("") +
      table('<w:tblStyle w:val="TableGrid"/>') +
      table('<w:tblStyle w:val="TableGrid"/><w:tblBorders><w:top w:val="nil"/><w:insideH w:val="none"/></w:tblBorders>') +
      table('<w:tblBorders><w:left w:val="nil"/></w:tblBorders>', '<w:tcBorders><w:bottom w:val="single"/></w:tcBorders>') +
      table('<w:tblBorders><w:left w:val="none"/></w:tblBorders>', '<w:tcBorders><w:bottom w:val="nil"/></w:tcBorders>');
    expect(readDocx(rawDocx({ body, styles })).tables.map((t) => t.borderless)).toEqual([true, false, true, false, true]);
  });

  it("lists paragraphs by numPr directly or through the style, unless numId is 0", () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="ListNum"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>';
    const body =
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' + r("a") + "</w:p>" +
      '<w:p><w:pPr><w:pStyle w:val="ListNum"/></w:pPr>' + r("b") + "</w:p>" +
      '<w:p><w:pPr><w:pStyle w:val="ListNum"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>' + r("c") + "</w:p>" +
      p("d");
    expect(readDocx(rawDocx({ body, styles })).paragraphs.map((x) => x.listItem === true)).toEqual([true, true, false, false]);
  });

  it("reads every section, negative margins as absolute, headers and footers per section", () => {
    const body =
      `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>` +
      '<w:pgMar w:top="-1134" w:right="850" w:bottom="-1417" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:pPr>' +
      r("một") +
      "</w:p>" +
      p("hai") +
      '<w:sectPr><w:headerReference w:type="even" r:id="rIdH2"/><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>' +
      '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/><w:titlePg w:val="0"/></w:sectPr>';
    const model = readDocx(
      rawDocx({
        body,
        headers: [`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>`, p("chẵn")],
        footers: [p("chân")],
        settings: '<w:mirrorMargins/><w:evenAndOddHeaders w:val="true"/>',
      }),
    );
    expect(model.paragraphs.map((x) => x.text)).toEqual(["một", "hai"]);
    expect(model.sections).toEqual([
      {
        pageWidth: 297,
        pageHeight: 210,
        orientation: "landscape",
        margins: { top: 20, bottom: 25, left: 30, right: 15, header: 10, footer: 10 },
        headerTypes: ["default"],
        headers: [{ type: "default", paragraphs: [0] }],
      },
      {
        pageWidth: 210,
        pageHeight: 297,
        orientation: "portrait",
        margins: { top: 20, bottom: 20, left: 30, right: 15 },
        titlePage: false,
        headerTypes: ["even", "default"],
        headers: [
          { type: "even", paragraphs: [1] },
          { type: "default", paragraphs: [0] },
        ],
        footers: [{ type: "default", paragraphs: [0] }],
      },
    ]);
    expect(model.headers.map((h) => [h.ref, h.text, h.hasPageField === true])).toEqual([
      ["h0", "1", true],
      ["h1", "chẵn", false],
    ]);
    expect(model.footers.map((f) => f.ref)).toEqual(["f0"]);
    expect(model).toMatchObject({ mirrorMargins: true, evenAndOddHeaders: true });
  });

  it("reads comments with authors and anchors (range start between or inside paragraphs, or reference only)", () => {
    const body =
      '<w:commentRangeStart w:id="1"/>' + p("một") +
      `<w:p><w:commentRangeStart w:id="2"/>${r("hai")}<w:commentRangeEnd w:id="2"/><w:r><w:commentReference w:id="2"/></w:r></w:p>` +
      `<w:p>${r("ba")}<w:r><w:commentReference w:id="3"/></w:r></w:p>`;
    const comments =
      '<w:comment w:id="1" w:author="A" w:initials="A"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>dòng 1</w:t></w:r></w:p><w:p><w:r><w:t>dòng 2</w:t></w:r></w:p></w:comment>' +
      '<w:comment w:id="2" w:author="B"><w:p><w:r><w:t>hai</w:t></w:r></w:p></w:comment>' +
      '<w:comment w:id="3" w:author="C"><w:p><w:r><w:t>ba</w:t></w:r></w:p></w:comment>' +
      '<w:comment w:id="9" w:author="D"><w:p><w:r><w:t>mồ côi</w:t></w:r></w:p></w:comment>';
    expect(readDocx(rawDocx({ body, comments })).comments).toEqual([
      { author: "A", text: "dòng 1\ndòng 2", paragraph: 0 },
      { author: "B", text: "hai", paragraph: 1 },
      { author: "C", text: "ba", paragraph: 2 },
      { author: "D", text: "mồ côi" },
    ]);
  });

  it("finds the main part through _rels/.rels, case-insensitively, and tolerates a missing styles part", () => {
    const bytes = rawDocx({
      body: "",
      omit: ["word/document.xml"],
      extra: {
        "_rels/.rels":
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/Word/Main.xml"/></Relationships>',
        "word/main.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p("chính")}</w:body></w:document>`,
      },
    });
    const model = readDocx(bytes);
    expect(model.paragraphs.map((x) => x.text)).toEqual(["chính"]);
    expect(model.defaultFont).toBeUndefined();
    expect(model.paragraphs[0]?.runs[0]?.format).toEqual({ bold: false, italic: false, underline: false, caps: false });
  });

  it("reads UTF-16 parts and ignores a UTF-8 byte-order mark", () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p("Đảng")}</w:body></w:document>`;
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16[0] = 0xff;
    utf16[1] = 0xfe;
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + 2 * i] = xml.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = xml.charCodeAt(i) >> 8;
    }
    expect(readDocx(rawDocx({ body: "", extra: { "word/document.xml": utf16 } })).paragraphs[0]?.text).toBe("Đảng");
    const bom = `\uFEFF${xml.replace("UTF-16", "UTF-8")}`;
    expect(readDocx(rawDocx({ body: "", extra: { "word/document.xml": bom } })).paragraphs[0]?.text).toBe("Đảng");
  });
});
