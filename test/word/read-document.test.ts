/**
 * The Word adapter's read: at most two syncs whatever the document's length, nothing read before
 * it is loaded, and the same model as the .docx reader gives for the same content.
 */
import { unzipSync, strFromU8 } from "fflate";
import { readDocument } from "../../src/word/read-document";
import { readDocx } from "../../src/docx/read-docx";
import { writeDocx } from "../../src/docx/write-docx";
import { checkDocument } from "../../src/core/engine/check-document";
import { modelToDocxSpec } from "../helpers/model-to-docx";
import { sampleMinutes, minutesBody } from "../helpers/samples";
import { fakeWordRun, flatOpc } from "../helpers/fake-word-context";

/** A .docx's XML parts as Word's getOoxml() would hand them over. */
function asFlatOpc(bytes: Uint8Array, keep: (name: string) => boolean): string {
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (name.endsWith(".xml") && keep(name)) parts[name] = strFromU8(data);
  return flatOpc(parts);
}

const pageHeader = flatOpc({
  "word/document.xml":
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:body></w:document>',
});

function wordWith(pages: number) {
  const body = Array.from({ length: pages }, () => minutesBody).flat();
  const bytes = writeDocx(modelToDocxSpec(sampleMinutes(body)));
  // Word's body package holds the main part, styles and settings, not the header parts.
  const ooxml = asFlatOpc(bytes, (n) => !/header|footer/.test(n));
  return { bytes, fake: fakeWordRun({ body: ooxml, sections: [{ headers: { Primary: pageHeader } }] }) };
}

describe("readDocument (Word adapter)", () => {
  it.each([1, 40])("reads a document of %i× the sample body in exactly two syncs", async (n) => {
    const { fake } = wordWith(n);
    const model = await readDocument(fake.run);
    expect(fake.syncs()).toBe(2);
    expect(model.source).toBe("word");
    expect(model.paragraphs.length).toBeGreaterThan(n * minutesBody.length);
  });

  it("queues the body and the section list before the first sync, headers before the second", async () => {
    const { fake } = wordWith(1);
    await readDocument(fake.run);
    expect(fake.calls).toEqual([
      "body.getOoxml",
      "sections.load(items)",
      "sync",
      "sections[0].getHeader(FirstPage).getOoxml",
      "sections[0].getHeader(Primary).getOoxml",
      "sync",
    ]);
  });

  it("gives the same paragraphs, tables and page setup as the .docx reader", async () => {
    const { bytes, fake } = wordWith(1);
    const fromWord = await readDocument(fake.run);
    const fromFile = readDocx(bytes);
    expect(fromWord.paragraphs.map((p) => [p.text, p.container, p.runs])).toEqual(fromFile.paragraphs.map((p) => [p.text, p.container, p.runs]));
    expect(fromWord.tables).toEqual(fromFile.tables);
    expect(fromWord.sections[0]?.margins).toEqual(fromFile.sections[0]?.margins);
  });

  it("attaches the page-number header fetched in the second sync", async () => {
    const { fake } = wordWith(1);
    const model = await readDocument(fake.run);
    expect(model.headers.some((h) => h.hasPageField)).toBe(true);
    expect(model.sections[0]?.headers?.find((r) => r.type === "default")?.paragraphs.length).toBe(1);
  });

  it("the checker finds nothing on the correct sample read from Word", async () => {
    const { fake } = wordWith(1);
    const r = checkDocument(await readDocument(fake.run), { today: "2026-11-27" });
    expect(r.findings.map((f) => `${f.elementId}: ${f.message}`)).toEqual([]);
  });

  it("a reply that is not OOXML is a typed error with a Vietnamese message", async () => {
    const fake = fakeWordRun({ body: "<html>not a package</html>", sections: [] });
    await expect(readDocument(fake.run)).rejects.toMatchObject({ code: "NO_DOCUMENT", message: expect.stringMatching(/OOXML/) });
  });
});
