/**
 * The Office-backed port as a whole: read → check → fix round trip on the fake document, text-box
 * paragraphs mapped out of body.paragraphs, settings stored in the document, change events.
 */
import { checkDocument } from "../../src/core/engine/check-document";
import { isWordApiError } from "../../src/word/errors";
import { createWordPort } from "../../src/word/word-port";
import { flatOpc } from "../helpers/fake-word-context";
import { sampleMinutes } from "../helpers/samples";
import { fakeOfficeDocument, officePort } from "./harness";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"';
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe("the Office-backed port", () => {
  it("reads, checks and fixes a lookalike letter: the finding is gone on the next read", async () => {
    const sample = sampleMinutes().paragraphs.map((p) => ({ text: p.raw.replace("Thư ký: đồng chí Lê", "Thư ký: đồng chí Ðỗ"), ...(p.cellPos ? { table: p.cellPos.table } : {}) }));
    const secretary = sample.findIndex((p) => p.text.startsWith("Thư ký: đồng chí Ðỗ"));
    const { word, port } = officePort({ paragraphs: sample });
    const first = checkDocument(await port.readDocument(), { today: "2025-11-05" });
    const finding = first.findings.find((f) => f.elementId === "ENC.LOOKALIKE" && f.fix);
    expect(finding?.fix).toBeTruthy();
    await port.applyFix(finding!.fix!);
    expect(word.texts()[secretary]).toBe("Thư ký: đồng chí Đỗ Thị Bình.");
    expect(word.texts().filter((_, i) => i !== secretary)).toEqual(sample.filter((_, i) => i !== secretary).map((p) => p.text));
    const again = checkDocument(await port.readDocument(), { today: "2025-11-05" });
    expect(again.findings.filter((f) => f.elementId === "ENC.LOOKALIKE")).toEqual([]);
  });

  it("maps model paragraphs past a text box to body.paragraphs (text-box paragraphs are not in it)", async () => {
    // The model reads the box's paragraph right after its anchor; Word's body.paragraphs has no such item.
    const body = `<w:document ${W}><w:body>${para("Mở đầu")}<w:p><w:r><w:t>Neo</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${para("Trong hộp")}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>${para("Sau hộp: 5/11")}</w:body></w:document>`;
    const { word, port } = officePort({ paragraphs: ["Mở đầu", "Neo", "Sau hộp: 5/11"], bodyOoxml: flatOpc({ "word/document.xml": body }) });
    const model = await port.readDocument();
    expect(model.paragraphs.map((p) => [p.text, p.container])).toEqual([
      ["Mở đầu", "body"],
      ["Neo", "body"],
      ["Trong hộp", "textbox"],
      ["Sau hộp: 5/11", "body"],
    ]);
    await port.applyFix({ kind: "replace-text", paragraph: 3, ref: "p3", start: 9, end: 13, expected: "5/11", text: "05/11" });
    expect(word.texts()).toEqual(["Mở đầu", "Neo", "Sau hộp: 05/11"]);
    // Selecting the box's paragraph selects its anchor; fixing inside the box is refused.
    await port.select({ paragraph: 2, ref: "p2" });
    expect(word.state().selection?.paragraph).toBe(word.state().paragraphs[1]!.id);
    const error = await port.applyFix({ kind: "replace-text", paragraph: 2, ref: "p2", start: 0, end: 5, expected: "Trong", text: "Ngoài" }).catch((e: unknown) => e);
    expect(isWordApiError(error, "NOT_SUPPORTED")).toBe(true);
    expect(word.texts()).toEqual(["Mở đầu", "Neo", "Sau hộp: 05/11"]);
  });

  it("stores settings in the document as JSON copies and saves them", async () => {
    const office = fakeOfficeDocument({ answers: { cell: "thôn Hòa Bình" } });
    const { port } = officePort({ paragraphs: ["a"] }, "1.4", office);
    await expect(port.loadSetting("answers")).resolves.toEqual({ cell: "thôn Hòa Bình" });
    await expect(port.loadSetting("missing")).resolves.toBeUndefined();
    const value = { ignored: [{ elementId: "BB.CHAIR", reason: "có trong phụ lục" }] };
    await port.saveSetting("ignored", value);
    value.ignored.push({ elementId: "x", reason: "y" });
    expect(office.settings.saved.get("ignored")).toEqual({ ignored: [{ elementId: "BB.CHAIR", reason: "có trong phụ lục" }] });
  });

  it("a failed save puts the previous value back and says so in Vietnamese", async () => {
    const office = fakeOfficeDocument({ k: 1 });
    office.settings.failSave = true;
    const { port } = officePort({ paragraphs: ["a"] }, "1.4", office);
    const error = await port.saveSetting("k", 2).catch((e: unknown) => e);
    expect(isWordApiError(error, "HOST_ERROR")).toBe(true);
    expect((error as Error).message).toMatch(/Không lưu được cài đặt.*read-only/);
    await expect(port.loadSetting("k")).resolves.toBe(1);
  });

  it("listens to Word's selection event while subscribed, and to its own edits", async () => {
    const office = fakeOfficeDocument();
    const { port } = officePort({ paragraphs: ["Chủ trì: đồng chí An."] }, "1.4", office);
    const heard = jest.fn();
    const stop = port.onDocumentChanged(heard);
    office.fire("documentSelectionChanged");
    await port.applyFix({ kind: "replace-text", paragraph: 0, ref: "p0", start: 18, end: 20, expected: "An", text: "Ân" });
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    office.fire("documentSelectionChanged");
    expect(heard).toHaveBeenCalledTimes(2);
    expect(office.handlers.get("documentSelectionChanged")).toEqual([]);
  });
});

describe("createWordPort", () => {
  const scope = globalThis as unknown as { Office?: unknown };
  afterEach(() => {
    delete scope.Office;
  });

  it("outside Word every document action rejects with the same Vietnamese message", async () => {
    const port = createWordPort();
    for (const action of [port.readDocument(), port.select({ paragraph: 0, ref: "p0" }), port.insertDocument(new Uint8Array(), "auto"), port.addComments([]), port.loadSetting("x"), port.saveSetting("x", 1)]) {
      const error = await action.catch((e: unknown) => e);
      expect(isWordApiError(error, "NOT_IN_WORD")).toBe(true);
      expect((error as Error).message).toMatch(/không chạy trong Word/);
    }
    expect(port.onDocumentChanged(() => undefined)).toEqual(expect.any(Function));
  });

  it("inside Word gives the full port, with settings and events from Office.context.document", async () => {
    const office = fakeOfficeDocument({ a: 1 });
    scope.Office = {
      HostType: { Word: "Word" },
      EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
      context: { requirements: { isSetSupported: () => true }, document: office },
    };
    const port = createWordPort({ host: "Word" });
    expect(port.host).toBe("word");
    await expect(port.loadSetting("a")).resolves.toBe(1);
    const stop = port.onDocumentChanged(() => undefined);
    expect(office.handlers.get("documentSelectionChanged")).toHaveLength(1);
    stop();
  });
});
