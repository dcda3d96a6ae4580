/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import ComposeArea from "../../src/taskpane/areas/ComposeArea";
import { ANSWERS_SETTING, CELL_SETTING } from "../../src/taskpane/compose/stored-answers";
import { createFakeWordPort } from "../helpers/fake-word-port";
import { renderArea } from "./helpers/render-area";
import { storedCell } from "./helpers/sample-cell";

const insertMinutes = () => fireEvent.click(screen.getByRole("button", { name: "Chèn biên bản vào văn bản" }));
const openPart = (name: RegExp) => fireEvent.click(screen.getByRole("button", { name }));
const field = (label: string) => screen.getByLabelText(label, { exact: false, selector: "input, select, textarea" });

async function renderWithCell() {
  const port = createFakeWordPort({ settings: { [CELL_SETTING]: storedCell } });
  renderArea(ComposeArea, port);
  await screen.findByText(/Đã điền sẵn thông tin chi bộ lưu trong văn bản này/);
  return port;
}

describe("Soạn thảo", () => {
  beforeEach(() => localStorage.clear());

  it("fills the cell remembered in the document and opens the meeting part", async () => {
    await renderWithCell();
    expect((field("Ngày họp") as HTMLInputElement).value).toBe("");
    openPart(/Thông tin chi bộ/);
    expect((field("Tên chi bộ") as HTMLInputElement).value).toBe("thôn Hòa Bình");
    openPart(/Danh sách đảng viên/);
    expect(screen.getByText(/Tổng số: 6 đảng viên \(1 dự bị\)/)).toBeTruthy();
  });

  it("refuses invalid answers with a message beside the field, and inserts nothing", async () => {
    const port = await renderWithCell();
    fireEvent.change(field("Giờ bắt đầu"), { target: { value: "21:00" } });
    fireEvent.change(field("Giờ kết thúc"), { target: { value: "19:00" } });
    insertMinutes();
    expect(await screen.findByText(/Chưa chèn biên bản: còn 2 chỗ cần sửa/)).toBeTruthy();
    // Beside each field (Fluent links the message to the input with aria-describedby).
    const date = field("Ngày họp");
    expect(document.getElementById(date.getAttribute("aria-describedby")?.split(" ")[0] ?? "")?.textContent).toContain("Chưa ghi ngày họp.");
    expect(screen.getAllByText("Giờ kết thúc (19:00) không sau giờ bắt đầu (21:00).").length).toBeGreaterThan(0);
    expect(port.inserts).toHaveLength(0);
    expect(port.document()?.paragraphs).toHaveLength(0);
  });

  it("shows a field's message once it is left, before any insert", async () => {
    await renderWithCell();
    openPart(/Danh sách đảng viên/);
    fireEvent.click(screen.getByRole("button", { name: "Thêm một đảng viên" }));
    const names = screen.getAllByLabelText(/Họ và tên/, { selector: "input" });
    const last = names[names.length - 1]!;
    expect(screen.queryByText("Đảng viên thứ 7 chưa có họ tên.")).toBeNull();
    fireEvent.blur(last);
    expect(await screen.findByText("Đảng viên thứ 7 chưa có họ tên.")).toBeTruthy();
  });

  it("inserts the biên bản into the empty document and remembers the meeting", async () => {
    const port = await renderWithCell();
    fireEvent.change(field("Ngày họp"), { target: { value: "2025-11-05" } });
    fireEvent.change(field("Giờ bắt đầu"), { target: { value: "19:30" } });
    fireEvent.change(field("Người chủ trì"), { target: { value: "Nguyễn Văn An" } });
    fireEvent.change(field("Thư ký"), { target: { value: "Lê Thị Bình" } });
    insertMinutes();
    expect(await screen.findByText("Đã chèn biên bản")).toBeTruthy();
    expect(screen.getByText(/Đã tạo biên bản trong văn bản trống/)).toBeTruthy();
    expect(port.inserts.map((i) => i.where)).toEqual(["auto"]);
    const texts = port.document()!.paragraphs.map((p) => p.text);
    expect(texts).toContain("BIÊN BẢN");
    expect(texts).toContain("Chủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ.");
    // Unanswered parts stay placeholders for later.
    expect(texts).toContain("Tự phê bình và phê bình: …");
    await waitFor(() => expect(port.settings.get(ANSWERS_SETTING)).toMatchObject({ meeting: { date: "2025-11-05" } }));
    expect(port.settings.get(CELL_SETTING)).toMatchObject({ cellName: "thôn Hòa Bình" });
    expect(JSON.parse(localStorage.getItem("bienban.cell") ?? "{}")).toMatchObject({ cellName: "thôn Hòa Bình" });
  });

  it("creates the nghị quyết from the biên bản in a new document", async () => {
    const port = await renderWithCell();
    fireEvent.change(field("Ngày họp"), { target: { value: "2025-11-05" } });
    fireEvent.click(screen.getByRole("button", { name: "Tạo nghị quyết từ biên bản" }));
    expect(await screen.findByText("Đã tạo nghị quyết")).toBeTruthy();
    expect(port.inserts).toHaveLength(1);
    expect(port.inserts[0]!.where).toBe("new-document");
    const texts = port.inserts[0]!.model.paragraphs.map((p) => p.text);
    expect(texts).toContain("NGHỊ QUYẾT");
    expect(texts).toContain("T/M CHI BỘ");
    // The open document is untouched.
    expect(port.document()?.paragraphs).toHaveLength(0);
  });

  it("fills the whole meeting back from the document, for the nghị quyết after reopening", async () => {
    const answers = { cell: storedCell, meeting: { kind: "thuong-ky", date: "2025-11-05", chair: { name: "Nguyễn Văn An" }, vote: { method: "gio-tay", yes: 4, no: 0, other: 0 } } };
    const port = createFakeWordPort({ settings: { [ANSWERS_SETTING]: answers } });
    renderArea(ComposeArea, port);
    await screen.findByText(/Đã điền lại thông tin cuộc họp/);
    expect((field("Ngày họp") as HTMLInputElement).value).toBe("2025-11-05");
    openPart(/Biểu quyết/);
    expect((field("Số tán thành") as HTMLInputElement).value).toBe("4");
  });

  it("uses the cell saved on this machine when the document has none", async () => {
    localStorage.setItem("bienban.cell", JSON.stringify(storedCell));
    renderArea(ComposeArea, createFakeWordPort());
    expect(await screen.findByText(/đã dùng lần trước trên máy này/)).toBeTruthy();
  });

  it("says why nothing was inserted when Word refuses", async () => {
    const port = await renderWithCell();
    port.insertDocument = () => Promise.reject(new Error("Không chèn được: văn bản đang ở chế độ chỉ đọc."));
    fireEvent.change(field("Ngày họp"), { target: { value: "2025-11-05" } });
    insertMinutes();
    const bar = await screen.findByText("Chưa chèn được");
    expect(within(bar.parentElement!).getByText(/chế độ chỉ đọc/)).toBeTruthy();
  });
});
