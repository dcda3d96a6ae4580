/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { checkDocument } from "../../src/core/engine/check-document";
import { findingKey } from "../../src/core/report/finding-key";
import { IGNORED_SETTING } from "../../src/core/report/ignored-findings";
import CheckArea from "../../src/taskpane/areas/CheckArea";
import { CHECK_CHOICE_SETTING } from "../../src/taskpane/session/check-choice";
import { createFakeWordPort } from "../helpers/fake-word-port";
import { renderArea, TODAY } from "./helpers/render-area";
import { faultyMinutes, goodMinutes } from "./helpers/sample-docs";

const verdict = () => document.querySelector("[data-verdict]")?.getAttribute("data-verdict");
const findingCard = (text: RegExp) => screen.getByText(text, { selector: "span" }).closest("li") as HTMLElement;

describe("Kiểm tra", () => {
  it("groups findings by severity and section with counts, and lists the blockers", async () => {
    renderArea(CheckArea, createFakeWordPort({ document: faultyMinutes() }));
    expect(await screen.findByText("Chưa đủ điều kiện ký")).toBeTruthy();
    expect(screen.getByText(/^2 lỗi, 0 cảnh báo, \d+ lưu ý\.$/)).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: /Lỗi \(2\)/ })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 4, name: "Nội dung biên bản (1)" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 4, name: "Mã chữ tiếng Việt (1)" })).toBeTruthy();
    expect(verdict()).toBe("blocked");
  });

  it("selecting a finding selects its place; “Sửa” fixes it and the check runs again", async () => {
    const port = createFakeWordPort({ document: faultyMinutes() });
    renderArea(CheckArea, port);
    await screen.findByText("Chưa đủ điều kiện ký");
    const card = findingCard(/chữ “Ð\/ð”/);
    fireEvent.click(within(card).getByRole("button", { name: "Xem trong văn bản" }));
    await waitFor(() => expect(port.selections[0]).toMatchObject({ start: expect.any(Number), end: expect.any(Number) }));
    expect(within(card).getByText(/Thay “Ð” bằng “Đ”/)).toBeTruthy();
    fireEvent.click(within(card).getByRole("button", { name: "Sửa" }));
    await waitFor(() => expect(screen.queryByText(/chữ “Ð\/ð”/, { selector: "span" })).toBeNull());
    expect(port.fixes).toHaveLength(1);
    expect(screen.getByText(/^1 lỗi/)).toBeTruthy();
  });

  it("fixing every error gives “Đủ điều kiện ký”", async () => {
    const port = createFakeWordPort({ document: faultyMinutes() });
    renderArea(CheckArea, port);
    await screen.findByText("Chưa đủ điều kiện ký");
    fireEvent.click(within(findingCard(/chữ “Ð\/ð”/)).getByRole("button", { name: "Sửa" }));
    await waitFor(() => expect(screen.getByText(/^1 lỗi/)).toBeTruthy());
    // The secretary's line is inserted with a blank; the user then types the name in Word.
    fireEvent.click(within(findingCard(/chưa ghi thư ký/)).getByRole("button", { name: "Sửa" }));
    await waitFor(() => expect(screen.getByText(/Còn chỗ trống chưa điền: "Thư ký: đồng chí …"/, { selector: "span" })).toBeTruthy());
    port.edit((d) => ({ ...d, paragraphs: d.paragraphs.map((p) => (p.text === "Thư ký: đồng chí …" ? { ...p, text: "Thư ký: đồng chí Lê Thị Bình.", raw: "Thư ký: đồng chí Lê Thị Bình.", runs: [{ text: "Thư ký: đồng chí Lê Thị Bình.", format: {} }] } : p)) }));
    await waitFor(() => expect(verdict()).toBe("fit"), { timeout: 3000 });
    expect(screen.getByText("Đủ điều kiện ký")).toBeTruthy();
  });

  it("a stale fix is refused with a message, and the check is run again", async () => {
    const port = createFakeWordPort({ document: faultyMinutes() });
    renderArea(CheckArea, port);
    await screen.findByText("Chưa đủ điều kiện ký");
    const card = findingCard(/chữ “Ð\/ð”/);
    // The text changes behind the pane's back, without a change event.
    port.applyFix = () => Promise.reject(Object.assign(new Error("Nội dung đã thay đổi từ lần kiểm tra trước; hãy kiểm tra lại trước khi sửa."), { name: "StaleFixError" }));
    const reads = port.reads;
    fireEvent.click(within(card).getByRole("button", { name: "Sửa" }));
    expect(await screen.findByText(/Đã kiểm tra lại theo văn bản hiện tại/)).toBeTruthy();
    await waitFor(() => expect(port.reads).toBeGreaterThan(reads));
  });

  it("“Bỏ qua” needs a reason, is remembered in the document and leaves the verdict", async () => {
    const port = createFakeWordPort({ document: faultyMinutes() });
    renderArea(CheckArea, port);
    await screen.findByText("Chưa đủ điều kiện ký");
    const card = findingCard(/chữ “Ð\/ð”/);
    fireEvent.click(within(card).getByRole("button", { name: "Bỏ qua" }));
    fireEvent.click(within(card).getByRole("button", { name: "Lưu lý do và bỏ qua" }));
    expect(within(card).getByText("Hãy ghi lý do bỏ qua.")).toBeTruthy();
    fireEvent.change(within(card).getByLabelText(/Lý do bỏ qua/), { target: { value: "Tên riêng viết theo giấy tờ gốc" } });
    fireEvent.click(within(card).getByRole("button", { name: "Lưu lý do và bỏ qua" }));
    expect(await screen.findByRole("heading", { name: /Đã bỏ qua \(1\)/ })).toBeTruthy();
    expect(screen.getByText("Lý do bỏ qua: Tên riêng viết theo giấy tờ gốc")).toBeTruthy();
    expect(port.settings.get(IGNORED_SETTING)).toEqual([expect.objectContaining({ elementId: "ENC.LOOKALIKE", reason: "Tên riêng viết theo giấy tờ gốc", date: "2026-11-27" })]);
    // One error left open: the blocker list no longer names the ignored one.
    const blockers = document.querySelector("[data-verdict]") as HTMLElement;
    expect(within(blockers).queryByText(/Ð\/ð/)).toBeNull();
    expect(within(blockers).getByText(/chưa ghi thư ký/)).toBeTruthy();
  });

  it("reads ignored findings back from the document, dropping malformed entries", async () => {
    const doc = faultyMinutes();
    const lookalike = checkDocument(doc, { today: TODAY }).findings.find((f) => f.elementId === "ENC.LOOKALIKE")!;
    const stored = [{ key: findingKey(lookalike), elementId: "ENC.LOOKALIKE", message: lookalike.message, reason: "Đã thống nhất", date: "2026-11-01" }, { not: "valid" }, 42];
    renderArea(CheckArea, createFakeWordPort({ document: doc, settings: { [IGNORED_SETTING]: stored } }));
    expect(await screen.findByRole("heading", { name: /Đã bỏ qua \(1\)/ })).toBeTruthy();
    expect(screen.getByText("Lý do bỏ qua: Đã thống nhất")).toBeTruthy();
    expect(screen.getByText(/^1 lỗi, 0 cảnh báo/)).toBeTruthy();
  });

  it("adds one Word comment per error and warning", async () => {
    const port = createFakeWordPort({ document: faultyMinutes(), supported: { WordApi: "1.4" } });
    renderArea(CheckArea, port);
    await screen.findByText("Chưa đủ điều kiện ký");
    fireEvent.click(screen.getByRole("button", { name: "Thêm nhận xét vào văn bản" }));
    expect(await screen.findByText("Đã thêm 2 nhận xét vào văn bản.")).toBeTruthy();
    expect(port.comments.map((c) => c.text)).toEqual([expect.stringMatching(/^\[Lỗi\] .*thư ký.*\(BB\.SECRETARY; căn cứ G-HD12, G-HD16\)$/), expect.stringMatching(/^\[Lỗi\] .*Ð\/ð.*ENC\.LOOKALIKE/)]);
    expect(port.comments.every((c) => c.location !== null)).toBe(true);
  });

  it("says when this Word cannot add comments", async () => {
    renderArea(CheckArea, createFakeWordPort({ document: faultyMinutes(), supported: { WordApi: "1.3" } }));
    await screen.findByText("Chưa đủ điều kiện ký");
    expect((screen.getByRole("button", { name: "Thêm nhận xét vào văn bản" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/chưa hỗ trợ thêm nhận xét từ phần bổ trợ \(cần WordApi 1\.4/)).toBeTruthy();
  });

  it("exports the report as an HTML file, made on this machine", async () => {
    const blobs: Blob[] = [];
    const create = jest.fn((b: Blob) => {
      blobs.push(b);
      return "blob:bao-cao";
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    renderArea(CheckArea, createFakeWordPort({ document: faultyMinutes() }));
    await screen.findByText("Chưa đủ điều kiện ký");
    fireEvent.click(screen.getByRole("button", { name: "Tải báo cáo để in (HTML)" }));
    expect(click).toHaveBeenCalledTimes(1);
    // jsdom's Blob has no text(): read it as a browser would.
    const html = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(blobs[0]!.type).toBe("text/html;charset=utf-8");
    expect(html).toContain("<h1>Báo cáo kiểm tra văn bản</h1>");
    expect(html).toContain("Chưa đủ điều kiện ký");
    expect(html).not.toMatch(/<script/i);
    click.mockRestore();
  });

  it("shows the profile in use and lets it be changed, remembered in the document", async () => {
    const port = createFakeWordPort({ document: goodMinutes() });
    renderArea(CheckArea, port);
    await screen.findByText("Đủ điều kiện ký");
    expect(screen.getByText(/Hướng dẫn 42-HD\/BTCTW \(2025\); Quy định 66-QĐ\/TW/)).toBeTruthy();
    expect(screen.getByText(/G-HD42: Hướng dẫn 42-HD\/BTCTW/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Hướng dẫn sinh hoạt chi bộ/), { target: { value: "hd12" } });
    expect(await screen.findByText(/Hướng dẫn 12-HD\/BTCTW \(2018\); Quy định 66-QĐ\/TW/)).toBeTruthy();
    expect(port.settings.get(CHECK_CHOICE_SETTING)).toEqual({ contentProfile: "hd12" });
  });

  it("grades the meeting on the profile's scorecard, apart from the findings", async () => {
    renderArea(CheckArea, createFakeWordPort({ document: goodMinutes() }));
    const heading = await screen.findByRole("heading", { level: 3, name: "Đánh giá chất lượng buổi sinh hoạt" });
    const panel = heading.closest("section") as HTMLElement;
    // The minutes decide some criteria; the rest wait for the chi bộ, so no grade yet.
    expect(within(panel).getByText(/^\d+\/100 điểm \(còn \d+ điểm do chi bộ chấm\): chưa xếp loại được$/)).toBeTruthy();
    expect(within(panel).getAllByText(/: chi bộ chấm$/).length).toBeGreaterThan(0);
    expect(within(panel).getAllByText(/: \d+\/\d+$/).length).toBeGreaterThan(0);
  });

  it("records the scorecard in the biên bản where BB.QUALITY_GRADE belongs, blanks left for the chi bộ", async () => {
    const port = createFakeWordPort({ document: goodMinutes() });
    renderArea(CheckArea, port);
    const heading = await screen.findByRole("heading", { level: 3, name: "Đánh giá chất lượng buổi sinh hoạt" });
    const panel = heading.closest("section") as HTMLElement;
    fireEvent.click(within(panel).getByRole("button", { name: "Ghi bảng chấm điểm vào biên bản" }));
    await waitFor(() => expect(port.fixes).toHaveLength(1));
    const fix = port.fixes[0]!;
    expect(fix.kind).toBe("insert-paragraphs");
    if (fix.kind !== "insert-paragraphs") return;
    expect(fix.paragraphs.every((p) => p.tag === "BB.QUALITY_GRADE")).toBe(true);
    // Points the chi bộ has not given yet stay blank: the grade sentence waits for them.
    expect(fix.paragraphs.some((p) => /^Chi bộ tự đánh giá: … điểm, xếp loại …\.$/.test(p.text))).toBe(true);
    const written = (await port.readDocument()).paragraphs.map((p) => p.text);
    expect(written).toContain(fix.paragraphs[0]!.text);
  });

  it("an empty document: asks for the type instead of a verdict", async () => {
    renderArea(CheckArea, createFakeWordPort());
    expect(await screen.findByText("Chưa nhận ra loại văn bản")).toBeTruthy();
    expect(verdict()).toBeUndefined();
  });
});
