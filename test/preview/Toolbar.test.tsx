/** @jest-environment jsdom */
/**
 * The preview's toolbar: open a .docx (a bad file gets the reader's Vietnamese message and the open
 * document stays), start from a sample, download, and never drop unsaved changes without asking.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { writeDocx } from "../../src/docx/write-docx";
import { readDocx } from "../../src/docx/read-docx";
import { Toolbar } from "../../src/preview/Toolbar";
import { createMemoryWordPort, type MemoryWordPort } from "../../src/word/memory-word-port";
import { makeDoc } from "../helpers/make-doc";

const downloads: { name: string; bytes: Uint8Array }[] = [];
let saved: Blob | undefined;
beforeAll(() => {
  // jsdom has no Blob URLs: record what would be saved.
  URL.createObjectURL = (blob: Blob) => {
    saved = blob;
    return "blob:preview";
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    const reader = new FileReader();
    const name = this.download;
    reader.onload = () => downloads.push({ name, bytes: new Uint8Array(reader.result as ArrayBuffer) });
    reader.readAsArrayBuffer(saved as Blob);
  };
});
beforeEach(() => {
  downloads.length = 0;
});

function show(port: MemoryWordPort) {
  const files = new Map<File, ArrayBuffer>();
  const readFile = (f: File) => Promise.resolve(files.get(f) ?? new ArrayBuffer(0));
  render(
    <FluentProvider theme={webLightTheme}>
      <Toolbar port={port} readFile={readFile} />
    </FluentProvider>,
  );
  const choose = (name: string, bytes: Uint8Array) => {
    const file = new File([], name);
    files.set(file, bytes.slice().buffer);
    fireEvent.change(screen.getByLabelText("Chọn tệp .docx"), { target: { files: [file] } });
  };
  return { choose };
}

const docx = writeDocx({ blocks: [{ type: "paragraph", text: "Biên bản từ tệp" }] });

describe("Toolbar", () => {
  it("opens a .docx into the document", async () => {
    const port = createMemoryWordPort();
    const { choose } = show(port);
    choose("bb-thang-11.docx", docx);
    await waitFor(() => expect(port.document().paragraphs.map((p) => p.text)).toEqual(["Biên bản từ tệp"]));
    expect(screen.getByRole("status").textContent).toMatch(/Đã mở: bb-thang-11\.docx/);
  });

  it("refuses a file that is not a .docx with the reader's Vietnamese message, keeping the document", async () => {
    const doc = makeDoc("văn bản đang mở");
    const port = createMemoryWordPort({ document: doc });
    const { choose } = show(port);
    choose("bao-cao.pdf", new Uint8Array(Buffer.from("%PDF-1.7 ...")));
    expect(await screen.findByText(/Không mở được “bao-cao\.pdf”: .*PDF/)).toBeTruthy();
    expect(port.document()).toBe(doc);
  });

  it("starts from a sample: the faulty one has no element tags and planted faults", () => {
    const port = createMemoryWordPort();
    show(port);
    fireEvent.click(screen.getByRole("button", { name: "Biên bản nhận được (có lỗi)" }));
    const texts = port.document().paragraphs.map((p) => p.text);
    expect(texts).toContain("Hòa An, ngày 5 tháng 11 năm 2026");
    expect(texts.some((t) => t.startsWith("Thư ký:"))).toBe(false);
    expect(texts.some((t) => t.includes("Ðỗ Văn Long"))).toBe(true);
    expect(port.document().paragraphs.every((p) => p.controlTags.length === 0)).toBe(true);
  });

  it("downloads the document as a .docx that reads back the same", async () => {
    const port = createMemoryWordPort({ document: makeDoc("Chủ trì: đồng chí An.", "Thư ký: đồng chí Bình.") });
    show(port);
    fireEvent.click(screen.getByRole("button", { name: "Tải về .docx" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe("van-ban.docx");
    expect(readDocx(downloads[0]!.bytes).paragraphs.map((p) => p.text)).toEqual(["Chủ trì: đồng chí An.", "Thư ký: đồng chí Bình."]);
  });

  it("asks before replacing a changed document, and can download it first", async () => {
    const port = createMemoryWordPort({ document: makeDoc("bản nháp") });
    show(port);
    act(() => port.edit((d) => ({ ...d })));
    fireEvent.click(screen.getByRole("button", { name: "Văn bản trống" }));
    expect(port.document().paragraphs.map((p) => p.text)).toEqual(["bản nháp"]);
    fireEvent.click(screen.getByRole("button", { name: "Tải về rồi mở" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(readDocx(downloads[0]!.bytes).paragraphs.map((p) => p.text)).toEqual(["bản nháp"]);
    expect(port.document().paragraphs).toHaveLength(0);
  });

  it("lists a document the pane opened as new, to switch to or download", async () => {
    const port = createMemoryWordPort({ document: makeDoc("giữ nguyên") });
    show(port);
    await act(() => port.insertDocument(docx, "new-document"));
    fireEvent.click(screen.getByRole("button", { name: "Chuyển sang văn bản này" }));
    expect(port.document().paragraphs.map((p) => p.text)).toEqual(["Biên bản từ tệp"]);
  });
});
