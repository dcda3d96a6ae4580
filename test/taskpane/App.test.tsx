/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { WordPort } from "../../src/word/word-port";
import { createFakeWordPort } from "../helpers/fake-word-port";
import { goodMinutes } from "./helpers/sample-docs";

const TABS = ["Soạn thảo", "Từng bước", "Kiểm tra", "Tập huấn"] as const;
const HEADINGS = ["Soạn thảo biên bản, nghị quyết", "Ghi biên bản từng bước", "Kiểm tra văn bản", "Tập huấn ghi biên bản"];

function renderApp(port: WordPort) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} />
    </FluentProvider>,
  );
}

/** The lazily loaded area has rendered (keeps React's act() warnings out of the other assertions). */
function areaHeading(name?: string) {
  return screen.findByRole("heading", { level: 2, ...(name === undefined ? {} : { name }) });
}

describe("App", () => {
  it("renders the four areas as tabs, the first one selected", async () => {
    renderApp(createFakeWordPort());
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(4);
    // In order, by accessible name (Fluent repeats the label in a hidden span that reserves bold width).
    TABS.forEach((name, i) => expect(screen.getByRole("tab", { name })).toBe(tabs[i]));
    expect(tabs[0]?.getAttribute("aria-selected")).toBe("true");
    expect(await areaHeading(HEADINGS[0])).toBeTruthy();
  });

  it("has banner and main landmarks and labels the panel by its tab", async () => {
    renderApp(createFakeWordPort());
    expect(screen.getByRole("banner")).toBeTruthy();
    expect(screen.getByRole("main")).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "Các khu vực" })).toBeTruthy();
    expect(screen.getByRole("tabpanel", { name: "Soạn thảo" })).toBeTruthy();
    await areaHeading();
  });

  it("switches areas when a tab is clicked", async () => {
    renderApp(createFakeWordPort());
    for (const [i, name] of TABS.entries()) {
      fireEvent.click(screen.getByRole("tab", { name }));
      expect(await areaHeading(HEADINGS[i])).toBeTruthy();
      expect(screen.getByRole("tab", { name }).getAttribute("aria-selected")).toBe("true");
      expect(screen.getByRole("tabpanel", { name })).toBeTruthy();
      // One area at a time.
      expect(screen.getAllByRole("heading", { level: 2 })).toHaveLength(1);
    }
  });

  it("says it runs in Word when the port is in Word with WordApi 1.3", async () => {
    const port = createFakeWordPort({ host: "word", supported: { WordApi: "1.4" } });
    renderApp(port);
    expect(screen.getByRole("status").textContent).toContain("Đang chạy trong Word");
    expect(screen.queryByText("Không chạy trong Word")).toBeNull();
    expect(port.queries).toContainEqual({ set: "WordApi", version: "1.3" });
    await areaHeading();
  });

  it("shows the outside-Word message with a port that has no host", async () => {
    renderApp(createFakeWordPort({ host: "none" }));
    expect(screen.getByText("Không chạy trong Word")).toBeTruthy();
    expect(screen.getByText(/bấm nút “Biên bản Chi bộ”/)).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
    // The areas stay visible so the user can still read what the add-in is for.
    expect(screen.getAllByRole("tab")).toHaveLength(4);
    await areaHeading();
  });

  it("warns when Word is too old for WordApi 1.3", async () => {
    renderApp(createFakeWordPort({ host: "word", supported: { WordApi: "1.2" } }));
    expect(screen.getByText("Phiên bản Word quá cũ")).toBeTruthy();
    await areaHeading();
  });
  it("embedded in a bigger page, leaves the banner and main landmarks to that page", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={createFakeWordPort({ host: "preview" })} embedded />
      </FluentProvider>,
    );
    expect(screen.queryByRole("banner")).toBeNull();
    expect(screen.queryByRole("main")).toBeNull();
    expect(screen.getByRole("region", { name: "Khu vực đang mở" })).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "Các khu vực" })).toBeTruthy();
    await areaHeading();
  });

  it("in the preview, says the document beside it stands in for Word", async () => {
    renderApp(createFakeWordPort({ host: "preview", supported: { WordApi: "1.4" } }));
    expect(screen.getByRole("status").textContent).toContain("Bản xem thử");
    await areaHeading();
  });

  it("keeps a visited area's state when another tab is shown", async () => {
    renderApp(createFakeWordPort());
    await areaHeading(HEADINGS[0]);
    const date = screen.getByLabelText("Tên chi bộ", { exact: false, selector: "input" }) as HTMLInputElement;
    fireEvent.change(date, { target: { value: "thôn Hòa Bình" } });
    fireEvent.click(screen.getByRole("tab", { name: "Tập huấn" }));
    expect(await areaHeading(HEADINGS[3])).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Soạn thảo" }));
    expect((screen.getByLabelText("Tên chi bộ", { exact: false, selector: "input" }) as HTMLInputElement).value).toBe("thôn Hòa Bình");
  });
  it("only the area on screen follows the document; a hidden one catches up when shown", async () => {
    const port = createFakeWordPort({ document: goodMinutes() });
    renderApp(port);
    fireEvent.click(screen.getByRole("tab", { name: "Từng bước" }));
    await screen.findByText(/đã có \d+\/\d+ phần\./);
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await screen.findByText("Đủ điều kiện ký");
    const reads = port.reads;
    port.edit((d) => ({ ...d }));
    await waitFor(() => expect(port.reads).toBe(reads + 1), { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 1200));
    expect(port.reads).toBe(reads + 1);
    fireEvent.click(screen.getByRole("tab", { name: "Từng bước" }));
    await waitFor(() => expect(port.reads).toBe(reads + 2));
  });

  // Arrow-key movement is Tabster's and needs real layout: test/browser/run.js checks it in Chromium.
});
