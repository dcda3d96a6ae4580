/** @jest-environment jsdom */
/**
 * The preview's document: text from the model drawn as text (never as HTML), formatting from the
 * runs, the cursor's paragraph and range marked, comments beside their paragraph, click and arrow
 * keys moving the cursor, and typing that reaches the port as an edit.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DocumentView } from "../../src/preview/DocumentView";
import { createMemoryWordPort, type MemoryWordPort } from "../../src/word/memory-word-port";
import { makeDoc, p, table } from "../helpers/make-doc";

function show(port: MemoryWordPort) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <DocumentView port={port} />
    </FluentProvider>,
  );
}

const paragraph = (i: number) => document.querySelector(`[data-paragraph="${i}"]`) as HTMLElement;

describe("DocumentView", () => {
  it("draws paragraphs and tables as text, with bold and alignment from the model", () => {
    const port = createMemoryWordPort({ document: makeDoc(table([["ĐẢNG BỘ XÃ"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]]), p("BIÊN BẢN", { format: { bold: true }, alignment: "center" }), "<b>không phải HTML</b>") });
    show(port);
    expect(screen.getByRole("table").textContent).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    const title = screen.getByText("BIÊN BẢN");
    expect(title.style.fontWeight).toBe("700");
    expect(title.closest("p")!.style.textAlign).toBe("center");
    // Document text is text: the markup shows as characters and creates no element.
    expect(screen.getByText("<b>không phải HTML</b>")).toBeTruthy();
    expect(document.querySelector("section b")).toBeNull();
  });

  it("marks the selected range after the pane selects a finding", async () => {
    const port = createMemoryWordPort({ document: makeDoc("Thư ký: đồng chí Ðỗ Thị Bình.") });
    show(port);
    await act(() => port.select({ paragraph: 0, ref: "p0", start: 17, end: 18 }));
    expect(paragraph(0).getAttribute("aria-current")).toBe("true");
    expect(document.querySelector("mark")?.textContent).toBe("Ð");
  });

  it("shows comments in the margin beside their paragraph", async () => {
    const port = createMemoryWordPort({ document: makeDoc("a", "Thư ký: …") });
    show(port);
    await act(() => port.addComments([{ location: { paragraph: 1, ref: "p1" }, text: "Thiếu họ tên thư ký" }]));
    const note = screen.getByRole("note");
    expect(note.textContent).toBe("Biên bản Chi bộ: Thiếu họ tên thư ký");
    // The note sits in the margin of the row that holds the paragraph.
    expect(note.parentElement!.parentElement!.contains(paragraph(1))).toBe(true);
    expect(note.parentElement!.parentElement!.contains(paragraph(0))).toBe(false);
  });

  it("click and arrow keys move the cursor; only the cursor's paragraph is in the tab order", () => {
    const port = createMemoryWordPort({ document: makeDoc("một", "hai", "ba") });
    show(port);
    fireEvent.click(paragraph(1));
    expect(port.selection()).toMatchObject({ paragraph: 1 });
    fireEvent.keyDown(paragraph(1), { key: "ArrowDown" });
    expect(port.selection()).toMatchObject({ paragraph: 2 });
    expect([0, 1, 2].map((i) => paragraph(i).tabIndex)).toEqual([-1, -1, 0]);
  });

  it("Enter edits a paragraph: the new text reaches the port and its listeners", () => {
    const port = createMemoryWordPort({ document: makeDoc("Thư ký: đồng chí …") });
    const changed = jest.fn();
    port.onDocumentChanged(changed);
    show(port);
    fireEvent.keyDown(paragraph(0), { key: "Enter" });
    const box = screen.getByRole("textbox", { name: /Sửa đoạn văn/ });
    fireEvent.change(box, { target: { value: "Thư ký: đồng chí Lê Thị Bình." } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(port.document().paragraphs[0]!.text).toBe("Thư ký: đồng chí Lê Thị Bình.");
    expect(changed).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it("Escape leaves the paragraph as it was", () => {
    const port = createMemoryWordPort({ document: makeDoc("giữ nguyên") });
    show(port);
    fireEvent.doubleClick(paragraph(0));
    const box = screen.getByRole("textbox");
    fireEvent.change(box, { target: { value: "khác" } });
    fireEvent.keyDown(box, { key: "Escape" });
    expect(port.document().paragraphs[0]!.text).toBe("giữ nguyên");
  });

  it("says what to do with a blank document", () => {
    show(createMemoryWordPort());
    expect(screen.getByText(/Văn bản trống/)).toBeTruthy();
  });
});
