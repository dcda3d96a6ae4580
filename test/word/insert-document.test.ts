/**
 * Inserting a generated .docx in Word (insertFileFromBase64): an empty document gets the whole file,
 * a non-empty one gets it after the cursor's paragraph without losing or changing any existing
 * paragraph (a property over generated documents), in two syncs whatever the length.
 */
import fc from "fast-check";
import { buildDocument } from "../../src/core/templates/build-document";
import { templateSettings } from "../../src/core/templates/template-settings";
import { renderTemplateDocx } from "../../src/docx/render-template";
import { readDocx } from "../../src/docx/read-docx";
import { isWordApiError } from "../../src/word/errors";
import type { FakeParagraphInit } from "../helpers/fake-word-context";
import { numbered, officePort } from "./harness";
import { sampleRegular as sampleAnswers } from "../core/templates/sample-answers";

const draft = renderTemplateDocx(buildDocument("bien-ban-thuong-ky", sampleAnswers, templateSettings(sampleAnswers, "2025-11-05")), { modified: new Date(0) });
const draftTexts = readDocx(draft).paragraphs.map((p) => p.raw.replace(/\n/g, "\u000b"));

describe("insertDocument in Word", () => {
  it("fills an empty document with the whole file, headers included, with WordApi 1.5", async () => {
    const { word, port } = officePort({ paragraphs: [""] }, "1.5");
    await expect(port.insertDocument(draft, "auto")).resolves.toEqual({ where: "replaced-empty" });
    expect(word.texts()).toEqual(draftTexts);
    expect(word.state().headersImported).toBe(true);
    expect(word.calls).toContain("document.insertFileFromBase64(Replace)");
    expect(word.syncs()).toBe(2);
  });

  it("keeps the content controls of the file (the element tags)", async () => {
    const { word, port } = officePort({ paragraphs: [""] }, "1.5");
    await port.insertDocument(draft, "auto");
    const s = word.state();
    const tags = new Set(s.paragraphs.flatMap((p) => p.controls.map((id) => s.controls[id]!.tag)));
    expect(tags).toEqual(new Set(readDocx(draft).controls.map((c) => c.tag)));
  });

  it("below WordApi 1.5 fills the body and says page numbers need adding", async () => {
    const { word, port } = officePort({ paragraphs: [""] }, "1.3");
    const result = await port.insertDocument(draft, "auto");
    expect(result).toEqual({ where: "replaced-empty", note: expect.stringMatching(/số trang/) });
    expect(word.texts()).toEqual(draftTexts);
    expect(word.state().headersImported).toBe(false);
    expect(word.calls).toContain("body.insertFileFromBase64(Replace)");
  });

  it.each([5, 500])("inserts after the cursor's paragraph of a %i-paragraph document in two syncs", async (n) => {
    const { word, port } = officePort({ paragraphs: numbered(n) });
    word.setSelection({ paragraph: word.state().paragraphs[2]!.id, start: 3, end: 3 });
    await expect(port.insertDocument(draft, "auto")).resolves.toEqual({ where: "cursor" });
    expect(word.syncs()).toBe(2);
    expect(word.texts()).toEqual([...numbered(n).slice(0, 3), ...draftTexts, ...numbered(n).slice(3)]);
  });

  it("with the cursor in a table, a content control or a header, goes to the end and says so", async () => {
    for (const where of ["table", "control", "header"] as const) {
      const { word, port } = officePort({ paragraphs: [{ text: "A", table: 7 }, { text: "B", controls: ["BB.CHAIR"] }, "C"] });
      const ids = word.state().paragraphs.map((p) => p.id);
      word.setSelection(where === "header" ? { paragraph: 0, start: 0, end: 0, story: "Header" } : { paragraph: where === "table" ? ids[0]! : ids[1]!, start: 0, end: 0 });
      const result = await port.insertDocument(draft, "cursor");
      expect(result).toEqual({ where: "cursor", note: expect.stringMatching(/cuối văn bản/) });
      expect(word.texts()).toEqual(["A", "B", "C", ...draftTexts]);
      // Nothing of the draft went into the user's table or the user's control.
      const [userTable, chairControl] = [word.state().paragraphs[0]!.table, word.state().paragraphs[1]!.controls[0]];
      expect(word.state().paragraphs.slice(3).some((p) => p.table === userTable || p.controls.includes(chairControl!))).toBe(false);
    }
  });

  it("property: every existing paragraph keeps its text, in order, wherever the cursor is", async () => {
    const paragraph = fc.record({
      text: fc.string({ maxLength: 30 }),
      table: fc.option(fc.constantFrom(1, 2), { nil: undefined }),
      controls: fc.option(fc.constant(["BB.CHAIR"]), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 25 }), fc.nat(), async (inits, at) => {
        // Blank documents are the other case ("replaced-empty"): keep at least one character.
        const paragraphs: FakeParagraphInit[] = inits.map((p, i) => ({ ...p, text: i === 0 && p.text.trim() === "" ? "x" : p.text }));
        const { word, port } = officePort({ paragraphs });
        const before = word.state().paragraphs;
        const cursor = before[at % before.length]!;
        word.setSelection({ paragraph: cursor.id, start: 0, end: 0 });
        await port.insertDocument(draft, "auto");
        const after = word.state().paragraphs;
        // The old paragraphs, same ids, same texts, same order; the draft's paragraphs are all new.
        const kept = after.filter((p) => before.some((b) => b.id === p.id));
        expect(kept.map((p) => [p.id, p.text, p.table])).toEqual(before.map((p) => [p.id, p.text, p.table]));
        expect(after.length).toBe(before.length + draftTexts.length);
        expect(word.syncs()).toBe(2);
      }),
      { numRuns: 60 },
    );
  });

  it("opens a new document without touching the open one (WordApi 1.3)", async () => {
    const { word, port } = officePort({ paragraphs: ["Giữ nguyên"] });
    await expect(port.insertDocument(draft, "new-document")).resolves.toEqual({ where: "new-document" });
    expect(word.texts()).toEqual(["Giữ nguyên"]);
    expect(word.state().opened).toHaveLength(1);
    expect(word.syncs()).toBe(1);
  });

  it("below WordApi 1.3 a new document is refused before any call", async () => {
    const { word, port } = officePort({ paragraphs: ["a"] }, "1.2");
    const error = await port.insertDocument(draft, "new-document").catch((e: unknown) => e);
    expect(isWordApiError(error, "NOT_SUPPORTED")).toBe(true);
    expect(word.calls).toEqual([]);
  });

  it("tells change listeners after an insertion", async () => {
    const { port } = officePort({ paragraphs: [""] });
    const heard = jest.fn();
    port.onDocumentChanged(heard);
    await port.insertDocument(draft, "auto");
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
