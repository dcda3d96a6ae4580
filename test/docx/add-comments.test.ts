import * as fs from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { DocxError, addCommentsToDocx, readDocx, writeDocx } from "../../src/docx";
import { p, rawDocx } from "../helpers/raw-docx";
import { sampleMinutesSpec } from "../helpers/sample-minutes-spec";

const now = new Date(Date.UTC(2025, 10, 6, 8, 30, 0));

function withoutComments(): Uint8Array {
  const spec = sampleMinutesSpec();
  delete spec.comments;
  return writeDocx(spec);
}

/** Removes the comment markup we insert, to compare with the original document. */
function stripAnchors(xml: string): string {
  return xml
    .replace(/<w:commentRangeStart w:id="\d+"\/>/g, "")
    .replace(/<w:commentRangeEnd w:id="\d+"\/><w:r><w:commentReference w:id="\d+"\/><\/w:r>/g, "");
}

describe("addCommentsToDocx", () => {
  it("adds a comments part with relationship and content type, anchored where the reader counts", () => {
    const original = withoutComments();
    const annotated = addCommentsToDocx(
      original,
      [
        { paragraphIndex: 3, text: "Thiếu số thứ tự.", author: "bienban" },
        { paragraphIndex: 14, text: "Bảng lồng.\nDòng hai & <ba>.", author: "Nguyễn Văn A", initials: "NVA", date: "2025-11-01T00:00:00Z" },
        { paragraphIndex: 3, text: "Ý kiến thứ hai.", author: "bienban" },
      ],
      { now },
    );
    const model = readDocx(annotated);
    expect(model.comments).toEqual([
      { author: "bienban", text: "Thiếu số thứ tự.", paragraph: 3 },
      { author: "Nguyễn Văn A", text: "Bảng lồng.\nDòng hai & <ba>.", paragraph: 14 },
      { author: "bienban", text: "Ý kiến thứ hai.", paragraph: 3 },
    ]);
    expect(model.paragraphs.map((x) => x.text)).toEqual(readDocx(original).paragraphs.map((x) => x.text));

    const before = unzipSync(original);
    const after = unzipSync(annotated);
    const rels = strFromU8(after["word/_rels/document.xml.rels"] ?? new Uint8Array());
    expect(rels).toMatch(/Type="[^"]*\/comments" Target="comments.xml"/);
    expect(strFromU8(after["[Content_Types].xml"] ?? new Uint8Array())).toContain('PartName="/word/comments.xml"');
    const comments = strFromU8(after["word/comments.xml"] ?? new Uint8Array());
    expect(comments).toContain('w:author="Nguyễn Văn A" w:date="2025-11-01T00:00:00Z" w:initials="NVA"');
    expect(comments).toContain('w:date="2025-11-06T08:30:00Z"');
    // Every other part is byte-identical; the document only gained comment markup.
    for (const [name, data] of Object.entries(before)) {
      if (name === "word/document.xml" || name === "word/_rels/document.xml.rels" || name === "[Content_Types].xml") continue;
      expect(Buffer.from(after[name] ?? new Uint8Array()).equals(Buffer.from(data))).toBe(true);
    }
    const docBefore = strFromU8(before["word/document.xml"] ?? new Uint8Array());
    const docAfter = strFromU8(after["word/document.xml"] ?? new Uint8Array());
    expect(stripAnchors(docAfter)).toBe(docBefore);
  });

  it("extends an existing comments part with fresh ids", () => {
    const annotated = addCommentsToDocx(writeDocx(sampleMinutesSpec()), [{ paragraphIndex: 0, text: "Mới.", author: "bienban" }], { now });
    const model = readDocx(annotated);
    expect(model.comments).toEqual([
      { author: "Văn phòng Đảng ủy", text: "Kiểm tra lại số đảng viên.", paragraph: 12 },
      { author: "bienban", text: "Mới.", paragraph: 0 },
    ]);
    const comments = strFromU8(unzipSync(annotated)["word/comments.xml"] ?? new Uint8Array());
    expect(comments.match(/<w:comment /g)).toHaveLength(2);
    expect(comments).toContain('<w:comment w:id="1"');
  });

  it("anchors empty self-closing paragraphs and text-box paragraphs", () => {
    const body =
      '<w:p w:rsidR="00AB"/>' +
      `<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p("hộp")}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>` +
      p("cuối");
    const annotated = addCommentsToDocx(
      rawDocx({ body }),
      [
        { paragraphIndex: 0, text: "rỗng", author: "a" },
        { paragraphIndex: 2, text: "trong hộp", author: "b" },
        { paragraphIndex: 3, text: "cuối", author: "c" },
      ],
      { now },
    );
    const model = readDocx(annotated);
    expect(model.paragraphs.map((x) => x.text)).toEqual(["", "", "hộp", "cuối"]);
    expect(model.comments.map((c) => [c.text, c.paragraph])).toEqual([
      ["rỗng", 0],
      ["trong hộp", 2],
      ["cuối", 3],
    ]);
    expect(strFromU8(unzipSync(annotated)["word/document.xml"] ?? new Uint8Array())).toContain('<w:p w:rsidR="00AB"><w:commentRangeStart');
  });

  it("annotates a file re-saved by LibreOffice", () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(__dirname, "../fixtures/docx/libreoffice-resaved.docx")));
    const index = readDocx(bytes).paragraphs.findIndex((x) => x.text === "BIÊN BẢN");
    const model = readDocx(addCommentsToDocx(bytes, [{ paragraphIndex: index, text: "Tên loại.", author: "bienban" }], { now }));
    expect(model.comments.find((c) => c.text === "Tên loại.")?.paragraph).toBe(index);
  });

  it("rejects indices outside the document and bad input", () => {
    expect(() => addCommentsToDocx(withoutComments(), [{ paragraphIndex: 999, text: "x", author: "a" }])).toThrow(RangeError);
    expect(() => addCommentsToDocx(new Uint8Array([1, 2, 3]), [])).toThrow(DocxError);
  });
});
