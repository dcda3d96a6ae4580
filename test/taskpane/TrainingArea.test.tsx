/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import TrainingArea from "../../src/taskpane/areas/TrainingArea";
import { createFakeWordPort } from "../helpers/fake-word-port";
import { renderArea } from "./helpers/render-area";

describe("Tập huấn", () => {
  it("shows the model biên bản part by part, each explained with its guidance", async () => {
    renderArea(TrainingArea, createFakeWordPort());
    const parts = await screen.findByRole("list", { name: /Các phần của biên bản/ });
    const secretary = within(parts).getByRole("heading", { name: "Thư ký" }).closest("li") as HTMLElement;
    expect(within(secretary).getByText(/Thư ký: đồng chí Nguyễn Thị Hoa/)).toBeTruthy();
    expect(within(secretary).getByText(/cử thư ký ngay khi khai mạc/)).toBeTruthy();
    expect(within(secretary).getByText(/G-HD12: Hướng dẫn 12-HD\/BTCTW/)).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: /Nghị quyết chi bộ/ }));
    expect(await screen.findByRole("heading", { name: "Thể thức đề ký" })).toBeTruthy();
  });

  it("opens a model in a new document", async () => {
    const port = createFakeWordPort();
    renderArea(TrainingArea, port);
    fireEvent.click(await screen.findByRole("button", { name: "Mở văn bản mẫu trong Word" }));
    expect(await screen.findByText("Đã mở văn bản mẫu trong một văn bản mới.")).toBeTruthy();
    expect(port.inserts.map((i) => i.where)).toEqual(["new-document"]);
    expect(port.inserts[0]!.model.paragraphs.some((p) => p.text === "BIÊN BẢN")).toBe(true);
  });

  it("practice: opens the flawed document, marks faults, shows found, missed and wrong marks", async () => {
    const port = createFakeWordPort();
    renderArea(TrainingArea, port);
    fireEvent.click(await screen.findByRole("tab", { name: "Luyện tập" }));
    fireEvent.click(screen.getByRole("button", { name: "Mở bài tập trong Word" }));
    await screen.findByText(/Đã mở bài tập trong một văn bản mới/);
    const inserted = port.inserts[0]!.model.paragraphs.map((p) => p.text);
    expect(inserted.some((t) => t.startsWith("Thư ký"))).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Đọc bài tập ngay tại đây" }));
    expect(screen.getByLabelText("Nội dung bài tập").textContent).toContain("13/13 đồng chí tán thành");
    fireEvent.click(screen.getByRole("checkbox", { name: "Thư ký" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Thời gian kết thúc" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Chủ trì" }));
    fireEvent.click(screen.getByRole("button", { name: "Xem kết quả" }));
    expect(await screen.findByText("Đồng chí tìm đúng 2/4 lỗi")).toBeTruthy();
    const missed = screen.getByRole("region", { name: "Còn bỏ sót" });
    expect(within(missed).getByText("Vắng không lý do")).toBeTruthy();
    expect(within(missed).getByText("Đảng viên dự bị không biểu quyết")).toBeTruthy();
    // The checker's own message on the practice document backs the key.
    expect(within(missed).getByText(/Bộ kiểm tra ghi: .*13 đồng chí tán thành/)).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Đánh dấu nhầm" })).getByText(/Chủ trì: phần này trong bài tập đã đúng/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Làm lại" }));
    expect((screen.getByRole("checkbox", { name: "Thư ký" }) as HTMLInputElement).checked).toBe(false);
  });

  it("all faults found and nothing else marked: full marks", async () => {
    renderArea(TrainingArea, createFakeWordPort());
    fireEvent.click(await screen.findByRole("tab", { name: "Luyện tập" }));
    fireEvent.click(screen.getByRole("radio", { name: /Bài 3/ }));
    for (const name of ["Số và ký hiệu", "Nơi nhận", "Thể thức đề ký T/M", "Nhiệm vụ có người thực hiện và thời hạn"]) fireEvent.click(screen.getByRole("checkbox", { name }));
    fireEvent.click(screen.getByRole("button", { name: "Xem kết quả" }));
    expect(await screen.findByText("Đồng chí tìm đúng 4/4 lỗi")).toBeTruthy();
    expect(screen.getByText(/Rất tốt/)).toBeTruthy();
  });
});
