/** @jest-environment jsdom */
/**
 * Faults inside Word: every port action of the pane that fails (an Office.js error, wrapped by the
 * adapter into a WordApiError with a Vietnamese message; injected into the fake) shows that message
 * in an alert with "Thử lại", leaves the document as it was, and "Thử lại" does the action and
 * removes the message. The adapter's side (Office.js errors → unchanged document, WordApiError) is
 * test/word/office-errors.test.ts.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { IGNORED_SETTING } from "../../src/core/report/ignored-findings";
import CheckArea from "../../src/taskpane/areas/CheckArea";
import ComposeArea from "../../src/taskpane/areas/ComposeArea";
import StepsArea from "../../src/taskpane/areas/StepsArea";
import TrainingArea from "../../src/taskpane/areas/TrainingArea";
import { CELL_SETTING } from "../../src/taskpane/compose/stored-answers";
import { CHECK_CHOICE_SETTING } from "../../src/taskpane/session/check-choice";
import { isWordApiError } from "../../src/word/errors";
import { createFakeWordPort, injectedFault, type FakeWordPort, type FaultyMethod } from "../helpers/fake-word-port";
import { renderArea } from "./helpers/render-area";
import { storedCell } from "./helpers/sample-cell";
import { faultyMinutes, goodMinutes } from "./helpers/sample-docs";

/** The Vietnamese message the injected fault carries (what the pane must show as is). */
const messageOf = (method: FaultyMethod) => injectedFault(method).message;
const alert = () => screen.queryByRole("alert");
const retryButton = () => within(screen.getByRole("alert")).getByRole("button", { name: "Thử lại" });
const snapshot = (port: FakeWordPort) => JSON.parse(JSON.stringify({ doc: port.document() ?? null, settings: [...port.settings] })) as unknown;
const findingCard = (text: RegExp) => screen.getByText(text, { selector: "span" }).closest("li") as HTMLElement;

/** The alert shows the fault's Vietnamese message and a "Thử lại" button. */
async function expectFaultShown(method: FaultyMethod) {
  const bar = await screen.findByRole("alert");
  expect(bar.textContent).toContain(messageOf(method));
  expect(bar.textContent).toMatch(/không thành công/);
  expect(within(bar).getByRole("button", { name: "Thử lại" })).toBeTruthy();
}

describe("a failed Word call shows a Vietnamese message with “Thử lại”", () => {
  beforeEach(() => localStorage.clear());

  it("the injected fault is a WordApiError in Vietnamese that says the document is unchanged", () => {
    const e = injectedFault("applyFix");
    expect(isWordApiError(e, "HOST_ERROR")).toBe(true);
    expect(e.message).toMatch(/^Sửa văn bản không thành công: .*Văn bản chưa bị thay đổi\./);
  });

  it("Kiểm tra: reading the document", async () => {
    const port = createFakeWordPort({ document: faultyMinutes(), faults: { readDocument: 1 } });
    const before = snapshot(port);
    renderArea(CheckArea, port);
    await expectFaultShown("readDocument");
    expect(within(screen.getByRole("alert")).getByText("Chưa kiểm tra được")).toBeTruthy();
    expect(snapshot(port)).toEqual(before);
    fireEvent.click(retryButton());
    expect(await screen.findByText("Chưa đủ điều kiện ký")).toBeTruthy();
    expect(alert()).toBeNull();
    expect(port.faultsThrown).toHaveLength(1);
  });

  it("Từng bước: reading the document", async () => {
    const port = createFakeWordPort({ document: goodMinutes(), faults: { readDocument: 1 } });
    renderArea(StepsArea, port);
    await expectFaultShown("readDocument");
    expect(within(screen.getByRole("alert")).getByText("Chưa đọc được văn bản")).toBeTruthy();
    fireEvent.click(retryButton());
    await screen.findByText(/đã có \d+\/\d+ phần/);
    expect(alert()).toBeNull();
  });

  it("Kiểm tra: applying a fix (“Sửa”)", async () => {
    const port = createFakeWordPort({ document: faultyMinutes() });
    renderArea(CheckArea, port);
    await screen.findByText("Chưa đủ điều kiện ký");
    const before = snapshot(port);
    port.failNext("applyFix");
    fireEvent.click(within(findingCard(/chữ “Ð\/ð”/)).getByRole("button", { name: "Sửa" }));
    await expectFaultShown("applyFix");
    expect(port.fixes).toHaveLength(0);
    expect(snapshot(port)).toEqual(before);
    fireEvent.click(retryButton());
    await waitFor(() => expect(port.fixes).toHaveLength(1));
    await waitFor(() => expect(screen.queryByText(/chữ “Ð\/ð”/, { selector: "span" })).toBeNull());
    expect(alert()).toBeNull();
    expect(screen.getByText(/^Đã sửa: /)).toBeTruthy();
  });

  it("Kiểm tra: adding the comments", async () => {
    const port = createFakeWordPort({ document: faultyMinutes(), supported: { WordApi: "1.4" } });
    renderArea(CheckArea, port);
    await screen.findByText("Chưa đủ điều kiện ký");
    const before = snapshot(port);
    port.failNext("addComments");
    fireEvent.click(screen.getByRole("button", { name: "Thêm nhận xét vào văn bản" }));
    await expectFaultShown("addComments");
    expect(port.comments).toHaveLength(0);
    expect(snapshot(port)).toEqual(before);
    fireEvent.click(retryButton());
    expect(await screen.findByText(/^Đã thêm \d+ nhận xét vào văn bản\.$/)).toBeTruthy();
    expect(port.comments.length).toBeGreaterThan(0);
    expect(port.document()!.comments.length).toBe(port.comments.length);
    expect(alert()).toBeNull();
  });

  it("Kiểm tra: writing the scorecard into the biên bản", async () => {
    const port = createFakeWordPort({ document: goodMinutes() });
    renderArea(CheckArea, port);
    const heading = await screen.findByRole("heading", { level: 3, name: "Đánh giá chất lượng buổi sinh hoạt" });
    const panel = heading.closest("section") as HTMLElement;
    const before = snapshot(port);
    port.failNext("applyFix");
    fireEvent.click(within(panel).getByRole("button", { name: "Ghi bảng chấm điểm vào biên bản" }));
    await expectFaultShown("applyFix");
    expect(snapshot(port)).toEqual(before);
    fireEvent.click(retryButton());
    expect(await screen.findByText(/^Đã ghi bảng chấm điểm vào biên bản/)).toBeTruthy();
    expect(port.fixes).toHaveLength(1);
    expect(port.document()!.paragraphs.length).toBeGreaterThan((before as { doc: { paragraphs: unknown[] } }).doc.paragraphs.length);
    expect(alert()).toBeNull();
  });

  it("Kiểm tra: saving the chosen document type in the document", async () => {
    const port = createFakeWordPort({ document: goodMinutes() });
    renderArea(CheckArea, port);
    await screen.findByText("Đủ điều kiện ký");
    port.failNext("saveSetting");
    const picker = screen.getByLabelText("Loại văn bản", { exact: false, selector: "select" });
    fireEvent.change(picker, { target: { value: "nghi-quyet" } });
    await expectFaultShown("saveSetting");
    expect(port.settings.has(CHECK_CHOICE_SETTING)).toBe(false);
    fireEvent.click(retryButton());
    await waitFor(() => expect(port.settings.get(CHECK_CHOICE_SETTING)).toMatchObject({ type: "nghi-quyet" }));
    await waitFor(() => expect(alert()).toBeNull());
  });

  it("Từng bước: saving the chosen document type in the document", async () => {
    const port = createFakeWordPort({ document: goodMinutes() });
    renderArea(StepsArea, port);
    await screen.findByText(/đã có \d+\/\d+ phần/);
    port.failNext("saveSetting");
    const picker = screen.getByLabelText("Loại văn bản", { exact: false, selector: "select" });
    fireEvent.change(picker, { target: { value: "nghi-quyet" } });
    await expectFaultShown("saveSetting");
    expect(port.settings.has(CHECK_CHOICE_SETTING)).toBe(false);
    fireEvent.click(retryButton());
    await waitFor(() => expect(port.settings.get(CHECK_CHOICE_SETTING)).toMatchObject({ type: "nghi-quyet" }));
    await waitFor(() => expect(alert()).toBeNull());
  });

  it("Kiểm tra: saving an ignored finding with its reason", async () => {
    const port = createFakeWordPort({ document: faultyMinutes() });
    renderArea(CheckArea, port);
    await screen.findByText("Chưa đủ điều kiện ký");
    port.failNext("saveSetting");
    const card = findingCard(/chữ “Ð\/ð”/);
    fireEvent.click(within(card).getByRole("button", { name: "Bỏ qua" }));
    fireEvent.change(within(card).getByRole("textbox"), { target: { value: "Tên riêng viết như vậy" } });
    fireEvent.click(within(card).getByRole("button", { name: "Lưu lý do và bỏ qua" }));
    await expectFaultShown("saveSetting");
    expect(port.settings.has(IGNORED_SETTING)).toBe(false);
    fireEvent.click(retryButton());
    await waitFor(() => expect(port.settings.get(IGNORED_SETTING)).toEqual([expect.objectContaining({ reason: "Tên riêng viết như vậy" })]));
    expect(await screen.findByText("Đã bỏ qua và lưu lý do vào văn bản.")).toBeTruthy();
    expect(alert()).toBeNull();
  });

  it("Từng bước: inserting a missing section", async () => {
    const port = createFakeWordPort({ document: faultyMinutes() });
    renderArea(StepsArea, port);
    fireEvent.click(await screen.findByRole("button", { name: /Thư ký\s*Còn thiếu/ }));
    const before = snapshot(port);
    port.failNext("applyFix");
    fireEvent.click(screen.getByRole("button", { name: "Chèn phần “Thư ký” vào đúng chỗ" }));
    await expectFaultShown("applyFix");
    expect(snapshot(port)).toEqual(before);
    fireEvent.click(retryButton());
    await waitFor(() => expect(port.fixes).toHaveLength(1));
    expect(port.document()!.paragraphs.map((p) => p.text)).toContain("Thư ký: đồng chí …");
    expect(alert()).toBeNull();
  });

  describe("Soạn thảo", () => {
    const field = (label: string) => screen.getByLabelText(label, { exact: false, selector: "input, select, textarea" });
    async function renderWithCell(port = createFakeWordPort({ settings: { [CELL_SETTING]: storedCell } })) {
      renderArea(ComposeArea, port);
      await screen.findByText(/Đã điền sẵn thông tin chi bộ lưu trong văn bản này/);
      return port;
    }

    it("inserting the drafted biên bản", async () => {
      const port = await renderWithCell();
      fireEvent.change(field("Ngày họp"), { target: { value: "2025-11-05" } });
      const before = snapshot(port);
      port.failNext("insertDocument");
      fireEvent.click(screen.getByRole("button", { name: "Chèn biên bản vào văn bản" }));
      await expectFaultShown("insertDocument");
      expect(within(screen.getByRole("alert")).getByText("Chưa chèn được")).toBeTruthy();
      expect(port.inserts).toHaveLength(0);
      expect(snapshot(port)).toEqual(before);
      fireEvent.click(retryButton());
      expect(await screen.findByText("Đã chèn biên bản")).toBeTruthy();
      expect(port.inserts).toHaveLength(1);
      expect(port.document()!.paragraphs.map((p) => p.text)).toContain("BIÊN BẢN");
      expect(alert()).toBeNull();
    });

    it("creating the nghị quyết in a new document", async () => {
      const port = await renderWithCell();
      fireEvent.change(field("Ngày họp"), { target: { value: "2025-11-05" } });
      port.failNext("insertDocument");
      fireEvent.click(screen.getByRole("button", { name: "Tạo nghị quyết từ biên bản" }));
      await expectFaultShown("insertDocument");
      expect(port.inserts).toHaveLength(0);
      fireEvent.click(retryButton());
      expect(await screen.findByText("Đã tạo nghị quyết")).toBeTruthy();
      expect(port.inserts.map((i) => i.where)).toEqual(["new-document"]);
      expect(alert()).toBeNull();
    });

    it("saving the cell in the document", async () => {
      const port = await renderWithCell(createFakeWordPort({ settings: { [CELL_SETTING]: { ...storedCell, cellName: "thôn Cũ" } } }));
      port.failNext("saveSetting");
      fireEvent.click(screen.getByRole("button", { name: "Lưu thông tin chi bộ" }));
      await expectFaultShown("saveSetting");
      expect(port.settings.get(CELL_SETTING)).toMatchObject({ cellName: "thôn Cũ" });
      fireEvent.click(retryButton());
      expect(await screen.findByText(/^Đã lưu thông tin chi bộ vào văn bản/)).toBeTruthy();
      expect(port.settings.get(CELL_SETTING)).toMatchObject({ cellName: "thôn Cũ", upperCommittee: storedCell.upperCommittee });
      expect(alert()).toBeNull();
    });

    it("reading what the document remembers", async () => {
      const port = createFakeWordPort({ settings: { [CELL_SETTING]: storedCell }, faults: { loadSetting: 1 } });
      renderArea(ComposeArea, port);
      await expectFaultShown("loadSetting");
      expect(within(screen.getByRole("alert")).getByText("Chưa đọc được thông tin đã lưu")).toBeTruthy();
      fireEvent.click(retryButton());
      expect(await screen.findByText(/Đã điền sẵn thông tin chi bộ lưu trong văn bản này/)).toBeTruthy();
      expect(alert()).toBeNull();
    });
  });

  describe("Tập huấn: “open in Word”", () => {
    it("the model document", async () => {
      const port = createFakeWordPort();
      renderArea(TrainingArea, port);
      port.failNext("insertDocument");
      fireEvent.click(await screen.findByRole("button", { name: "Mở văn bản mẫu trong Word" }));
      await expectFaultShown("insertDocument");
      expect(port.inserts).toHaveLength(0);
      fireEvent.click(retryButton());
      expect(await screen.findByText("Đã mở văn bản mẫu trong một văn bản mới.")).toBeTruthy();
      expect(port.inserts.map((i) => i.where)).toEqual(["new-document"]);
      expect(alert()).toBeNull();
    });

    it("the practice document", async () => {
      const port = createFakeWordPort();
      renderArea(TrainingArea, port);
      fireEvent.click(await screen.findByRole("tab", { name: "Luyện tập" }));
      port.failNext("insertDocument");
      fireEvent.click(screen.getByRole("button", { name: "Mở bài tập trong Word" }));
      await expectFaultShown("insertDocument");
      expect(port.inserts).toHaveLength(0);
      fireEvent.click(retryButton());
      expect(await screen.findByText(/^Đã mở bài tập trong một văn bản mới/)).toBeTruthy();
      expect(port.inserts).toHaveLength(1);
      expect(alert()).toBeNull();
    });
  });
});
