/**
 * The in-memory port behind the preview and the component tests: same refusals as Word (stale fixes,
 * comments below 1.4), insertion never over existing text, settings as copies, listeners told.
 */
import fc from "fast-check";
import { StaleFixError } from "../../src/core/model/apply-fix";
import { isDocxError } from "../../src/docx/errors";
import { readDocx } from "../../src/docx/read-docx";
import { writeDocx } from "../../src/docx/write-docx";
import { isWordApiError } from "../../src/word/errors";
import { createMemoryWordPort } from "../../src/word/memory-word-port";
import { emptyModel } from "../../src/word/model-splice";
import { makeDoc, p, table } from "../helpers/make-doc";
import { sampleMinutes } from "../helpers/samples";

const draft = writeDocx({
  blocks: [
    { type: "table", borderless: true, rows: [{ cells: [{ blocks: [{ type: "paragraph", text: "ĐẢNG BỘ XÃ" }] }, { blocks: [{ type: "paragraph", text: "ĐẢNG CỘNG SẢN VIỆT NAM" }] }] }] },
    { type: "control", tag: "HDR.TYPE_TITLE", title: "Tên loại", blocks: [{ type: "paragraph", text: "BIÊN BẢN" }] },
    { type: "paragraph", text: "Thời gian: …" },
  ],
  section: { titlePage: true, pageNumbers: true },
});
const draftTexts = ["ĐẢNG BỘ XÃ", "ĐẢNG CỘNG SẢN VIỆT NAM", "BIÊN BẢN", "Thời gian: …"];

describe("memory port", () => {
  it("is the preview host and answers requirement sets from its list", () => {
    const port = createMemoryWordPort({ supported: { WordApi: "1.3" } });
    expect(port.host).toBe("preview");
    expect(port.isSupported("WordApi", "1.3")).toBe(true);
    expect(port.isSupported("WordApi", "1.4")).toBe(false);
    expect(createMemoryWordPort().isSupported("WordApi", "1.5")).toBe(true);
  });

  it("fills a blank document with the whole file, headers included", async () => {
    const port = createMemoryWordPort();
    await expect(port.insertDocument(draft, "auto")).resolves.toEqual({ where: "replaced-empty" });
    expect(port.document().paragraphs.map((x) => x.text)).toEqual(draftTexts);
    expect(port.document().headers.some((h) => h.hasPageField)).toBe(true);
    expect(port.document().tables).toHaveLength(1);
  });

  it("property: inserting at any cursor keeps every existing paragraph's text, in order", async () => {
    const line = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== "");
    const item = fc.oneof(line, line.map((t) => table([[t], [`${t} 2`]])), line.map((t) => p(t, { tags: ["BB.CHAIR"] })));
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 12 }), fc.nat(), async (items, at) => {
        const doc = makeDoc(...items);
        const port = createMemoryWordPort({ document: doc });
        const before = doc.paragraphs.map((x) => x.text);
        await port.select({ paragraph: at % before.length, ref: "x" });
        const result = await port.insertDocument(draft, "auto");
        const after = port.document();
        expect(result.where).toBe("cursor");
        expect(after.paragraphs.map((x) => x.text).filter((_, i, all) => !isInserted(all, i, before))).toEqual(before);
        expect(after.paragraphs.map((x) => x.index)).toEqual(after.paragraphs.map((_, i) => i));
        // Tables are numbered in reading order and point back at their own paragraphs.
        after.tables.forEach((t, ti) => {
          expect(t.index).toBe(ti);
          for (const r of t.rows) for (const c of r.cells) for (const i of c.paragraphs) expect(after.paragraphs[i]?.cellPos?.table).toBe(ti);
        });
      }),
      { numRuns: 80 },
    );
    // The draft's paragraphs form one consecutive block somewhere in the document.
    function isInserted(all: string[], i: number, before: string[]): boolean {
      for (let s = 0; s + draftTexts.length <= all.length; s++) {
        const block = all.slice(s, s + draftTexts.length);
        const rest = [...all.slice(0, s), ...all.slice(s + draftTexts.length)];
        if (block.join("\u0000") === draftTexts.join("\u0000") && rest.join("\u0000") === before.join("\u0000")) return i >= s && i < s + draftTexts.length;
      }
      return false;
    }
  });

  it("inserts after the selected body paragraph; from a table or an element, at the end with a note", async () => {
    const port = createMemoryWordPort({ document: makeDoc("a", "b", p("c", { tags: ["BB.CHAIR"] })) });
    await port.select({ paragraph: 0, ref: "p0" });
    await port.insertDocument(draft, "cursor");
    expect(port.document().paragraphs.map((x) => x.text)).toEqual(["a", ...draftTexts, "b", "c"]);
    const other = createMemoryWordPort({ document: makeDoc("a", p("c", { tags: ["BB.CHAIR"] })) });
    await other.select({ paragraph: 1, ref: "p1" });
    await expect(other.insertDocument(draft, "auto")).resolves.toEqual({ where: "cursor", note: expect.stringMatching(/cuối văn bản/) });
    expect(other.document().paragraphs.map((x) => x.text)).toEqual(["a", "c", ...draftTexts]);
  });

  it("opens a new document beside the open one, which stays as it was", async () => {
    const doc = makeDoc("giữ nguyên");
    const port = createMemoryWordPort({ document: doc });
    await expect(port.insertDocument(draft, "new-document")).resolves.toEqual({ where: "new-document" });
    expect(port.document()).toBe(doc);
    expect(port.openedDocuments().map((d) => d.paragraphs.length)).toEqual([4]);
  });

  it("a file that is not a .docx is refused with the reader's Vietnamese message, nothing changed", async () => {
    const doc = makeDoc("a");
    const port = createMemoryWordPort({ document: doc });
    const error = await port.insertDocument(new TextEncoder().encode("%PDF-1.7"), "auto").catch((e: unknown) => e);
    expect(isDocxError(error)).toBe(true);
    expect(() => port.loadDocx(new Uint8Array([1, 2, 3]))).toThrow(/./);
    expect(port.document()).toBe(doc);
  });

  it("applies fixes through core's applyFix and refuses stale ones, leaving the document as it was", async () => {
    const port = createMemoryWordPort({ document: makeDoc("Thư ký: đồng chí Ðỗ Thị Bình.") });
    await port.applyFix({ kind: "replace-text", paragraph: 0, ref: "p0", start: 17, end: 18, expected: "Ð", text: "Đ" });
    expect(port.document().paragraphs[0]!.text).toBe("Thư ký: đồng chí Đỗ Thị Bình.");
    expect(port.selection()).toEqual({ paragraph: 0, ref: "p0", start: 17, end: 18 });
    const now = port.document();
    await expect(port.applyFix({ kind: "replace-text", paragraph: 0, ref: "p0", start: 17, end: 18, expected: "Ð", text: "Đ" })).rejects.toBeInstanceOf(StaleFixError);
    expect(port.document()).toBe(now);
  });

  it("gives inserted paragraphs refs no later fix can confuse", async () => {
    const port = createMemoryWordPort({ document: makeDoc("a") });
    const fix = { kind: "insert-paragraphs" as const, after: 0, ref: "p0", paragraphs: [{ text: "x", tag: "BB.CHAIR" }] };
    await port.applyFix(fix);
    await port.applyFix(fix);
    const refs = port.document().paragraphs.map((x) => x.ref);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it("keeps comments in the model (WordApi 1.4) and writes them into the exported .docx", async () => {
    const refused = await createMemoryWordPort({ supported: { WordApi: "1.3" } }).addComments([{ location: null, text: "x" }]).catch((e: unknown) => e);
    expect(isWordApiError(refused, "NOT_SUPPORTED")).toBe(true);
    const port = createMemoryWordPort({ document: sampleMinutes() });
    await port.addComments([{ location: { paragraph: 12, ref: "p12" }, text: "Thiếu số đảng viên dự bị" }, { location: null, text: "Xem lại thể thức" }]);
    expect(port.document().comments.map((c) => [c.paragraph, c.text])).toEqual([
      [12, "Thiếu số đảng viên dự bị"],
      [0, "Xem lại thể thức"],
    ]);
    const back = readDocx(port.exportDocx());
    expect(back.comments.map((c) => [c.paragraph, c.text])).toEqual([
      [12, "Thiếu số đảng viên dự bị"],
      [0, "Xem lại thể thức"],
    ]);
    // A body that ends with a table gets the empty paragraph Word requires after it.
    expect(back.paragraphs.map((x) => x.text)).toEqual([...sampleMinutes().paragraphs.map((x) => x.text), ""]);
  });

  it("stores settings as copies and forgets them when another document is opened", async () => {
    const port = createMemoryWordPort({ settings: { a: { n: 1 } } });
    const loaded = await port.loadSetting<{ n: number }>("a");
    loaded!.n = 2;
    await expect(port.loadSetting("a")).resolves.toEqual({ n: 1 });
    await port.saveSetting("b", [1, 2]);
    expect([...port.storedSettings().keys()]).toEqual(["a", "b"]);
    port.load(emptyModel());
    expect(port.storedSettings().size).toBe(0);
  });

  it("tells change listeners after every edit and state listeners after a selection", async () => {
    const port = createMemoryWordPort({ document: makeDoc("a", "b") });
    const changed = jest.fn();
    const state = jest.fn();
    const stop = port.onDocumentChanged(changed);
    port.onStateChanged(state);
    await port.select({ paragraph: 1, ref: "p1" });
    expect(changed).not.toHaveBeenCalled();
    expect(state).toHaveBeenCalledTimes(1);
    port.edit((d) => d);
    await port.insertDocument(draft, "cursor");
    expect(changed).toHaveBeenCalledTimes(2);
    stop();
    port.edit((d) => d);
    expect(changed).toHaveBeenCalledTimes(2);
    await expect(port.select({ paragraph: 99, ref: "x" })).rejects.toThrow(/Không còn tìm thấy/);
  });
});
