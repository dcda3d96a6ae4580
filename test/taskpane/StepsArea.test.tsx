/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { applyFix } from "../../src/core/model/apply-fix";
import StepsArea from "../../src/taskpane/areas/StepsArea";
import { CHECK_CHOICE_SETTING } from "../../src/taskpane/session/check-choice";
import { createFakeWordPort } from "../helpers/fake-word-port";
import { renderArea } from "./helpers/render-area";
import { faultyMinutes, goodMinutes } from "./helpers/sample-docs";

const item = (elementId: string) => document.querySelector(`li[data-element="${elementId}"]`) as HTMLElement | null;
const stateOf = (elementId: string) => item(elementId)?.getAttribute("data-state");

describe("Từng bước", () => {
  it("lists the sections in meeting order, each with its status", async () => {
    renderArea(StepsArea, createFakeWordPort({ document: faultyMinutes() }));
    await screen.findByText(/Biên bản sinh hoạt chi bộ thường kỳ: đã có/);
    const ids = [...document.querySelectorAll("li[data-element]")].map((li) => li.getAttribute("data-element"));
    expect(ids.indexOf("BB.START_TIME")).toBeLessThan(ids.indexOf("BB.SECRETARY"));
    expect(ids.indexOf("BB.SECRETARY")).toBeLessThan(ids.indexOf("BB.CONCLUSION"));
    expect(ids.indexOf("BB.CONCLUSION")).toBeLessThan(ids.indexOf("BB.SIGN_SECRETARY"));
    expect(stateOf("BB.CHAIR")).toBe("done");
    expect(stateOf("BB.SECRETARY")).toBe("missing");
    // The look-alike letter sits in the guests' line.
    expect(stateOf("BB.GUESTS")).toBe("needs-attention");
    // Phases are headings; the status is a word, not only a colour.
    expect(screen.getByRole("heading", { name: "Khai mạc" })).toBeTruthy();
    expect(within(item("BB.SECRETARY")!).getByText("Còn thiếu")).toBeTruthy();
  });

  it("opening a step shows what to record and moves the Word selection there", async () => {
    const port = createFakeWordPort({ document: goodMinutes() });
    renderArea(StepsArea, port);
    const button = await screen.findByRole("button", { name: /Chủ trì\s*Đã có/ });
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText(/Họ tên và chức vụ người chủ trì/)).toBeTruthy();
    expect(screen.getByText("Chủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ.")).toBeTruthy();
    expect(screen.getByText(/G-HD16: Hướng dẫn 16-HD\/VPTW/)).toBeTruthy();
    const chair = port.document()!.paragraphs.find((p) => p.text.startsWith("Chủ trì:"))!;
    await waitFor(() => expect(port.selections).toEqual([expect.objectContaining({ paragraph: chair.index })]));
  });

  it("inserts a missing section in its place; the step then asks for its content", async () => {
    const port = createFakeWordPort({ document: faultyMinutes() });
    renderArea(StepsArea, port);
    fireEvent.click(await screen.findByRole("button", { name: /Thư ký\s*Còn thiếu/ }));
    fireEvent.click(screen.getByRole("button", { name: "Chèn phần “Thư ký” vào đúng chỗ" }));
    await waitFor(() => expect(stateOf("BB.SECRETARY")).toBe("needs-attention"));
    const texts = port.document()!.paragraphs.map((p) => p.text);
    expect(texts.indexOf("Thư ký: đồng chí …")).toBe(texts.findIndex((t) => t.startsWith("Chủ trì:")) + 1);
    expect(port.fixes).toHaveLength(1);
  });

  it("follows the secretary's typing with one read per pause, not one per edit", async () => {
    const port = createFakeWordPort({ document: faultyMinutes() });
    renderArea(StepsArea, port);
    await screen.findByText(/đã có/);
    await waitFor(() => expect(stateOf("BB.GUESTS")).toBe("needs-attention"));
    const before = port.reads;
    // Five quick edits: the last one fixes the look-alike letter.
    for (let i = 0; i < 4; i++) port.edit((d) => ({ ...d }));
    port.edit((d) => {
      const p = d.paragraphs.find((x) => x.raw.includes("Ð"))!;
      const at = p.raw.indexOf("Ð");
      return applyFix(d, { kind: "replace-text", paragraph: p.index, ref: p.ref, start: at, end: at + 1, expected: "Ð", text: "Đ" });
    });
    await waitFor(() => expect(stateOf("BB.GUESTS")).toBe("done"), { timeout: 3000 });
    expect(port.reads - before).toBe(1);
  });

  it("asks for the type of an empty document, and remembers the choice", async () => {
    const port = createFakeWordPort();
    renderArea(StepsArea, port);
    expect(await screen.findByText("Chọn loại văn bản")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Loại văn bản"), { target: { value: "nghi-quyet" } });
    expect(await screen.findByText(/Nghị quyết chi bộ: đã có 0\/\d+ phần, còn thiếu/)).toBeTruthy();
    expect(stateOf("NQ.TASKS")).toBe("missing");
    expect(port.settings.get(CHECK_CHOICE_SETTING)).toEqual({ type: "nghi-quyet" });
  });

  it("says so outside Word instead of showing an empty list", async () => {
    renderArea(StepsArea, createFakeWordPort({ host: "none" }));
    expect(await screen.findByText("Chưa đọc được văn bản")).toBeTruthy();
  });
});
